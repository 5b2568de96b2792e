"""Events: sentence facts, hard negatives, rule segmentation into drafts, the event stages."""

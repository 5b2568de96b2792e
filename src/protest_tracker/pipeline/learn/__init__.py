"""Learned components of the pipeline: trained models over rule candidates, stored as JSON."""

"""Places: the gazetteer, name forms and the place rules around it."""

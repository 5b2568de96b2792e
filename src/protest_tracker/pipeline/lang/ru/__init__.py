"""Language pack: Russian (Cyrillic).

Every slot of :data:`protest_tracker.pipeline.lang.SLOTS` is defined in one of this package's
modules (:data:`protest_tracker.pipeline.lang.PARTS`; :func:`~protest_tracker.pipeline.lang.pack`
merges them); an empty value is a gap, listed with its reason in
:data:`protest_tracker.pipeline.lang.KNOWN_GAPS`.
"""

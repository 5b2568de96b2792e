"""Export writers: ACLED-compatible CSV, our CSV, JSON, GeoJSON, Parquet and a Frictionless data package,
plus ``gold`` (:mod:`protest_tracker.export.gold`): analysts' reviewed events as a gold-format
training file, one article per line (internal only, written apart from ``package.FORMATS``).

Pure of Django: every writer takes an iterable of *event records* (plain dicts, see
:mod:`protest_tracker.export.fields`) and a metadata dict, streams them to disk and reports
progress through an optional callback. The web app builds the records (and applies the privacy
rules); the CLI wires the two together.
"""

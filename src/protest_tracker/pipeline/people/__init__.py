"""People's names in extracted events: detection (patterns in every language, natasha for
Russian) and the ``events.people@1`` stage. Names are sensitive: the store records them as
``Person`` rows and every public output withholds them (``web/privacy.py``)."""

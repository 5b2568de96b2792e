"""``python -m protest_tracker.cli`` is the ``protest-tracker`` command."""

from protest_tracker.cli.main import run

run()

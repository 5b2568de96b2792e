"""The ``protest-tracker`` command line: a thin Typer layer over importable functions."""

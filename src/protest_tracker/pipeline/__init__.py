"""The extraction pipeline: ``Article`` in, ``Article`` with ``EventCandidate`` values out.

Pure Python: no Django, no network, no file reads except the shipped data
loaded by explicit loader functions. Build the default pipeline with
:func:`protest_tracker.pipeline.config.default_pipeline` and run it with
:func:`protest_tracker.pipeline.runner.process_articles`.
"""

"""Linking: reports into events (coreference), events into campaigns, campaign traction.

Pure Python over :mod:`protest_tracker.model` (no Django, no I/O). Entry points:

* :func:`protest_tracker.linking.service.link_records` — extract output -> linked events + campaigns;
* :func:`protest_tracker.linking.coref.cluster_reports` — the coreference step alone;
* :func:`protest_tracker.linking.campaigns.cluster_campaigns` — events -> campaigns;
* :func:`protest_tracker.linking.traction.compute_traction` — a campaign's traction metrics.

Rules and thresholds: ``docs/linking.md``; metric definitions: ``docs/traction.md``.
"""

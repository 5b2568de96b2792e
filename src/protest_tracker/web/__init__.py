"""The public site: dashboard, event and campaign pages, REST API (Django app)."""

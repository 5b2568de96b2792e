"""WSGI entry point (used by ``protest-tracker serve`` and any WSGI server)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "protest_tracker.settings")
application = get_wsgi_application()

"""WSGI entry point for production servers (and `runserver`, through WSGI_APPLICATION)."""

import os

from django.core.wsgi import get_wsgi_application

from victimsdb.web.startup import ready_for_requests

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "victimsdb.web.settings")
application = get_wsgi_application()
ready_for_requests()  # transliterators built, start-up frozen, collections tuned (startup.py)

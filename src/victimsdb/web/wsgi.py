"""WSGI entry point for production servers (and `runserver`, through WSGI_APPLICATION)."""

import os

from django.core.wsgi import get_wsgi_application

from victimsdb.core.names.transliterate import prepare

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "victimsdb.web.settings")
application = get_wsgi_application()
prepare()  # ICU's transliterators built at start, not in the first searches in each script

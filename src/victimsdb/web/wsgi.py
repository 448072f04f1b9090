"""WSGI entry point for production servers (and `runserver`, through WSGI_APPLICATION)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

from victimsdb.core.names.transliterate import prepare

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "victimsdb.web.settings")
application = get_wsgi_application()
prepare()  # ICU's transliterators built at start, not in the first searches in each script
# What start-up made (Django, the libraries, about 100,000 objects) lives as long as the
# process: frozen, each full garbage collection skips it (about 30 ms less each).
gc.collect()
gc.freeze()

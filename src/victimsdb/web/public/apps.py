from django.apps import AppConfig


class PublicConfig(AppConfig):
    """The public site: home, list of entries, entry pages."""

    name = "victimsdb.web.public"
    label = "public"

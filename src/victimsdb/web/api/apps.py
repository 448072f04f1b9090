from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The public read-only JSON API, version 1, described by OpenAPI."""

    name = "victimsdb.web.api"
    label = "api"

from django.apps import AppConfig


class RecordsConfig(AppConfig):
    """The domain records: persons, names, places, events, sources, claims."""

    name = "victimsdb.web.records"
    label = "records"
    verbose_name = "Records"

    def ready(self) -> None:
        from victimsdb.web.records import signals  # noqa: F401

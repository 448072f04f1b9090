from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The name search index: phonetic keys of every name, kept in step with edits."""

    name = "victimsdb.web.search"
    label = "search"

    def ready(self) -> None:
        from victimsdb.web.search import lookups, signals  # noqa: F401

from django.apps import AppConfig


class BackupsConfig(AppConfig):
    """`victimsdb backup` and `victimsdb restore`."""

    name = "victimsdb.web.backups"
    label = "backups"
    verbose_name = "Backups"

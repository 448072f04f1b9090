from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    """Evidence records, their admin, the logged download and `victimsdb verify-evidence`."""

    name = "victimsdb.web.evidence"
    label = "evidence"
    verbose_name = "Evidence"

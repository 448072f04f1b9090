"""Evidence: one stored original (by SHA-256) attached to a person, testimony or source.

Confidential and unpublished by default. Who collected it, when and how are
fixed at upload (they are also in the store's custody record, which never
changes); the original itself is never changed or deleted, and deleting an
Evidence record is soft like every other record.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from victimsdb.core.vocabulary import Disclosure, Publication, Visibility
from victimsdb.web.records.fields import enum_field
from victimsdb.web.records.models import Curated, Person, Source, Testimony


class Evidence(Curated):
    """A photo, ID scan, PDF, audio or video kept as evidence, with its chain of custody."""

    sha256 = models.CharField("SHA-256", max_length=64, editable=False, db_index=True)
    media_type = models.CharField(max_length=100, editable=False)
    size = models.PositiveBigIntegerField("size in bytes", editable=False)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="evidence"
    )
    testimony = models.ForeignKey(
        Testimony, null=True, blank=True, on_delete=models.PROTECT, related_name="evidence"
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="evidence"
    )
    description = models.TextField(blank=True, help_text="What it shows. Staff only.")
    collected_by = models.CharField(max_length=200, help_text="Who collected it.")
    collected_at = models.DateTimeField(help_text="When it was collected.")
    how = models.TextField(help_text="How it was collected: where, from whom, on what device.")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    visibility = enum_field(Visibility, Visibility.CONFIDENTIAL)
    disclosure = enum_field(Disclosure, Disclosure.ANONYMOUS)
    publication = enum_field(Publication, Publication.DRAFT)

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["-collected_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False)
                | Q(testimony__isnull=False)
                | Q(source__isnull=False),
                name="evidence_is_attached",
                violation_error_message="Attach the evidence to a person, testimony or source.",
            )
        ]
        permissions = [("download_original", "Can download evidence originals (logged)")]

    def __str__(self) -> str:
        return f"evidence {self.sha256[:12]} ({self.media_type})"

"""Reports from the public, files that came with them, the review log, the rate limiter.

A report is never public: it becomes public information only through an
entry that staff draft from it, verify and publish (see workflow.py). The
reporter's name and contact are confidential and encrypted at rest
(victimsdb.web.vault): ciphertext in the table and its history, never searchable.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from victimsdb.core.intake.workflow import ReportState
from victimsdb.core.intake.workflow import Step as StepKind
from victimsdb.core.vocabulary import Ethnicity, Gender
from victimsdb.web.records.fields import enum_field
from victimsdb.web.records.models import Person, Source, Testimony
from victimsdb.web.vault.fields import EncryptedTextField


class Report(models.Model):
    """A report of a detained or missing person, sent through the public form or API."""

    receipt_digest = models.CharField(max_length=64, unique=True, editable=False)
    state = enum_field(ReportState, ReportState.SUBMITTED)
    submitted_at = models.DateTimeField(default=timezone.now, editable=False)
    language = models.CharField(max_length=16, blank=True, help_text="the site's language")
    channel = models.CharField(max_length=8, default="form")  # form or api
    names = models.JSONField(default=list)
    gender = enum_field(Gender, Gender.UNKNOWN)
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    ethnicity = enum_field(Ethnicity, Ethnicity.UNKNOWN)
    hometown = models.CharField(max_length=300, blank=True)
    what_happened = models.TextField()
    when_happened = models.CharField(max_length=100, blank=True)
    where_happened = models.CharField(max_length=300, blank=True)
    reporter_name = EncryptedTextField(blank=True)
    reporter_relation = models.CharField(max_length=300, blank=True)
    reporter_contact = EncryptedTextField(blank=True)
    consent_publish_name = models.BooleanField(default=False)
    consent_publish_photo = models.BooleanField(default=False)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    source = models.OneToOneField(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="report"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-submitted_at", "-id"]
        permissions = [
            ("triage_report", "Can triage reports (accept, reject, reopen)"),
            ("draft_report", "Can draft an entry from a report or link it to an entry"),
        ]

    def __str__(self) -> str:
        return f"report {self.pk} ({self.state})"


class StoredFile(models.Model):
    """A file kept in the evidence store (by SHA-256), as it came in."""

    sha256 = models.CharField(max_length=64)
    media_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    name = models.CharField(max_length=200, help_text="the uploaded name, made safe; confidential")
    received_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.media_type} {self.sha256[:12]}"


class ReportFile(StoredFile):
    """A photo, ID scan or PDF sent with a report; confidential like the report."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="files")


class TestimonyFile(StoredFile):
    """A photo, document, recording or video brought to a testimony at intake."""

    testimony = models.ForeignKey(Testimony, on_delete=models.CASCADE, related_name="files")


class Step(models.Model):
    """One step of the review workflow: who did what to which report or entry, when, why."""

    action = enum_field(StepKind)
    report = models.ForeignKey(
        Report, null=True, blank=True, on_delete=models.CASCADE, related_name="steps"
    )
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="review_steps"
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    at = models.DateTimeField(default=timezone.now, editable=False)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]
        permissions = [
            ("record_testimony", "Can record a testimony at intake"),
            ("verify_entry", "Can verify an entry (compute its grade, send it to publish)"),
            ("publish_entry", "Can publish a verified entry"),
            ("withdraw_entry", "Can withdraw an entry or take its names down"),
        ]

    def __str__(self) -> str:
        return f"{self.action} at {self.at:%Y-%m-%d %H:%M}"


class Hit(models.Model):
    """One request counted by the rate limiter: a bucket, a keyed hash of the client, a time.

    The client's address itself is never stored (it can identify a reporter).
    """

    bucket = models.CharField(max_length=32)
    client = models.CharField(max_length=64)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["bucket", "client", "at"])]

    def __str__(self) -> str:
        return f"{self.bucket} {self.at:%H:%M:%S}"

"""The access log of confidential data, and the permissions that are not about one model."""

from __future__ import annotations

from typing import Any, NoReturn

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class AppendOnly(Exception):
    """Raised on any attempt to change or delete an access-log entry."""


class AccessLogQuerySet(models.QuerySet["AccessLog"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnly("access-log entries are never changed")

    def delete(self) -> NoReturn:
        raise AppendOnly("access-log entries are never deleted")


class AccessLog(models.Model):
    """One view or download of confidential data by a member of staff.

    Records who, when, what object, which fields (names only, never values) and
    from where. Append-only: the model, its queryset and the admin refuse
    changes and deletions, and a database trigger refuses updates (and, on
    PostgreSQL, deletions); see the migration.
    """

    class Action(models.TextChoices):
        VIEW = "view"
        DOWNLOAD = "download"
        EXPORT = "export"

    at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    # PROTECT: a staff account with logged accesses is deactivated, never deleted.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", editable=False
    )
    username = models.CharField(max_length=150, editable=False)
    action = models.CharField(max_length=16, choices=Action.choices, editable=False)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, related_name="+", editable=False
    )
    object_id = models.CharField(max_length=64, editable=False)
    fields = models.JSONField(default=list, editable=False)
    visibility = models.CharField(max_length=16, blank=True, editable=False)
    ip_address = models.GenericIPAddressField(null=True, blank=True, editable=False)
    path = models.CharField(max_length=500, blank=True, editable=False)

    objects = AccessLogQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = "access to confidential data"
        verbose_name_plural = "access log (confidential data)"
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.username} {self.action} {self.content_type.app_label}.{self.content_type.model} {self.object_id}"  # noqa: E501

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnly("access-log entries are never changed")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnly("access-log entries are never deleted")


class Clearance(models.Model):
    """Holds the permissions that are not about one model; never stored.

    `security.view_confidential`: see confidential records, contacts and staff
    notes. `security.publish`: verify, publish, withdraw, merge, and edit
    records the public can see.
    """

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_confidential", "Can see confidential records, contacts and staff notes"),
            ("publish", "Can verify, publish, withdraw and merge, and edit published records"),
        ]

    def __str__(self) -> str:
        return "clearance"

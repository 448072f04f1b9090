"""The access log in the admin: admins read it; nobody adds, changes or deletes an entry."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from victimsdb.web.security.models import AccessLog


@admin.register(AccessLog)
class AccessLogAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("at", "username", "action", "content_type", "object_id", "field_names")
    list_filter = ("action", "content_type", "visibility")
    search_fields = ("username", "=object_id", "=ip_address")
    date_hierarchy = "at"
    fields = (
        "at", "username", "action", "content_type", "object_id", "fields", "visibility",
        "ip_address", "path",
    )  # fmt: skip
    readonly_fields = fields
    actions = None

    @admin.display(description="fields")
    def field_names(self, entry: AccessLog) -> str:
        return ", ".join(entry.fields) or "(the record)"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

"""Admin mixins that enforce clearance and publishing rights, and log confidential views.

`StaffAccessAdmin` (for a ModelAdmin, before SimpleHistoryAdmin) and
`StaffAccessInline` (for inlines):
- staff without `security.view_confidential` never see confidential records
  (lists, change pages, history, autocomplete, foreign-key choices) nor the
  confidential fields of a stored record (the admin's `confidential_fields` and
  every encrypted field of the model; they may fill them in when adding one: a
  volunteer types the contact a testifier gives);
- staff without `security.publish` see publishing fields read-only and cannot
  change what the public can see;
- opening a record whose `confidential_fields` or `logged_fields` hold
  something, or a record that is not public, writes an AccessLog entry; the
  history list never shows those fields' values (open a version: logged).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied
from django.db.models import ForeignKey
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters
from simple_history.template_utils import HistoricalRecordContextHelper

from victimsdb.core.vocabulary import Visibility
from victimsdb.web.security import clearance
from victimsdb.web.security.audit import log_access
from victimsdb.web.vault.admin import encrypted_field_names

MASKED = "(not shown here; open this version to see it)"


class MaskedHistoryHelper(HistoricalRecordContextHelper):  # type: ignore[misc]
    """Shows that a confidential field changed, never its old or new value."""

    def __init__(self, model: Any, record: Any, masked: frozenset[str]) -> None:
        super().__init__(model, record)
        self.masked = masked

    def format_delta_change(self, change: Any) -> Any:
        formatted = super().format_delta_change(change)
        if change.field in self.masked:
            return dataclasses.replace(formatted, old=MASKED, new=MASKED)
        return formatted


def restricted_choices(db_field: ForeignKey[Any, Any], request: HttpRequest, kwargs: Any) -> None:
    """Foreign-key choices without confidential records for staff not cleared for them."""
    related = db_field.related_model
    if (
        "queryset" not in kwargs
        and clearance.has_field(related, "visibility")  # type: ignore[arg-type]
        and not clearance.can_see_confidential(request.user)
    ):
        manager = related._default_manager  # type: ignore[union-attr]
        kwargs["queryset"] = clearance.hide_confidential(manager.all(), request.user)


def publishing_readonly(model: Any, request: HttpRequest, readonly: Any) -> tuple[str, ...]:
    """The read-only fields, plus the publishing fields for non-publishers."""
    readonly = tuple(readonly)
    if clearance.can_publish(request.user):
        return readonly
    extra = [
        name
        for name in clearance.PUBLISHING_FIELDS
        if clearance.has_field(model, name) and name not in readonly
    ]
    return (*readonly, *extra)


class StaffAccessAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    confidential_fields: tuple[str, ...] = ()
    logged_fields: tuple[str, ...] = ()
    object_history_list_template = "security/history_list.html"

    def visible_to(self, request: HttpRequest, queryset: Any) -> Any:
        """The records of the queryset this request's user is cleared to see."""
        return clearance.hide_confidential(queryset, request.user)

    def get_queryset(self, request: HttpRequest) -> Any:
        return self.visible_to(request, super().get_queryset(request))

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_view_permission(request, obj) and clearance.may_see(request.user, obj)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return (
            super().has_change_permission(request, obj)
            and clearance.may_see(request.user, obj)
            and clearance.may_edit(request.user, obj)
        )

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return (
            super().has_delete_permission(request, obj)
            and clearance.may_see(request.user, obj)
            and clearance.may_edit(request.user, obj)
        )

    def confidential(self) -> tuple[str, ...]:
        """The admin's confidential fields and every encrypted field of the model."""
        encrypted = sorted(encrypted_field_names(self.model) - set(self.confidential_fields))
        return (*self.confidential_fields, *encrypted)

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or clearance.can_see_confidential(request.user):
            return fieldsets
        return without_fields(fieldsets, set(self.confidential()))

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return publishing_readonly(self.model, request, super().get_readonly_fields(request, obj))

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        restricted_choices(db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if change and not clearance.can_publish(request.user):
            clearance.keep_publishing_fields(obj)
        super().save_model(request, obj, form, change)

    # Error reports (and mails to ADMINS, if configured) never carry what was typed.
    @method_decorator(sensitive_post_parameters())
    def changeform_view(self, *args: Any, **kwargs: Any) -> Any:
        return super().changeform_view(*args, **kwargs)

    def render_change_form(
        self, request: HttpRequest, context: Any, add: bool = False, change: bool = False,
        form_url: str = "", obj: Any = None,
    ) -> Any:  # fmt: skip
        if change and obj is not None and request.method == "GET":
            self.log_view(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def log_view(self, request: HttpRequest, obj: Any) -> None:
        """Log the confidential fields this page shows with a value, and any non-public record."""
        shown = set(flatten_fieldsets(self.get_fieldsets(request, obj)))
        watched = (*self.confidential(), *self.logged_fields)
        fields = [name for name in watched if name in shown and getattr(obj, name, None)]
        visibility = getattr(obj, "visibility", Visibility.PUBLIC)
        if fields or visibility != Visibility.PUBLIC:
            log_access(request, obj, fields)

    # History: the current record must be visible to this user, a revert is a change,
    # and the list of changes never shows the values of confidential fields.
    def _visible_or_404(self, request: HttpRequest, object_id: str) -> Any:
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        return obj

    def history_view(self, request: HttpRequest, object_id: str, extra_context: Any = None) -> Any:
        self._visible_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    @method_decorator(sensitive_post_parameters())
    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: Any = None
    ) -> Any:
        obj = self._visible_or_404(request, object_id)
        if request.method == "POST" and not self.has_change_permission(request, obj):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)  # type: ignore[misc]

    def render_history_view(
        self, request: HttpRequest, template: str, context: Any, **kwargs: Any
    ) -> HttpResponse:
        version = context.get("original")
        if version is not None and request.method == "GET":
            self.log_view(request, version)
        return super().render_history_view(request, template, context, **kwargs)  # type: ignore[misc]

    def get_historical_record_context_helper(self, request: HttpRequest, record: Any) -> Any:
        masked = frozenset((*self.confidential(), *self.logged_fields))
        return MaskedHistoryHelper(self.model, record, masked)


class StaffAccessInline(admin.options.InlineModelAdmin):  # type: ignore[type-arg]
    """Inline rows follow the same rules; `obj` is the parent record."""

    def get_queryset(self, request: HttpRequest) -> Any:
        return clearance.hide_confidential(super().get_queryset(request), request.user)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_add_permission(request, obj) and clearance.may_edit(request.user, obj)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        allowed = super().has_change_permission(request, obj)
        return allowed and clearance.may_edit(request.user, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        allowed = super().has_delete_permission(request, obj)
        return allowed and clearance.may_edit(request.user, obj)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return publishing_readonly(self.model, request, super().get_readonly_fields(request, obj))

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        restricted_choices(db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


def without_fields(fieldsets: Any, hidden: set[str]) -> list[tuple[Any, dict[str, Any]]]:
    """Fieldsets with these fields removed (also from rows of fields), empty sets dropped."""
    result = []
    for title, options in fieldsets:
        rows = []
        for row in options.get("fields", ()):
            if isinstance(row, (list, tuple)):
                kept = tuple(name for name in row if name not in hidden)
                if kept:
                    rows.append(kept)
            elif row not in hidden:
                rows.append(row)
        if rows:
            result.append((title, {**options, "fields": tuple(rows)}))
    return result

"""Admin safeguards for encrypted fields: shown on change pages to permitted staff only.

:class:`ConfidentialFieldsAdmin` is mixed into every curated admin (and may be
into inlines): staff without ``records.view_confidential`` never get encrypted
fields in a form, so they neither see nor overwrite them. History pages never
show their old and new values in the change list. The system check
``vault.E001`` (checks.py) keeps them out of lists, search and filters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from simple_history.template_utils import HistoricalRecordContextHelper

from victimsdb.web.vault.fields import EncryptedTextField
from victimsdb.web.vault.signals import confidential_fields_viewed

CONFIDENTIAL_PERMISSION = "records.view_confidential"
MASK = "(encrypted; changed)"


def encrypted_field_names(model: type[Model]) -> frozenset[str]:
    """The names of a model's encrypted fields."""
    return frozenset(
        field.name for field in model._meta.get_fields() if isinstance(field, EncryptedTextField)
    )


def may_see_confidential(request: HttpRequest) -> bool:
    """Whether this user may see decrypted contacts and precise locations."""
    return bool(request.user.has_perm(CONFIDENTIAL_PERMISSION))


def without(fieldsets: Any, hidden: frozenset[str]) -> list[tuple[Any, dict[str, Any]]]:
    """Fieldsets with the ``hidden`` fields taken out (and fieldsets left empty dropped)."""
    kept = []
    for name, options in fieldsets:
        fields = [_strip(entry, hidden) for entry in options.get("fields", ())]
        fields = [entry for entry in fields if entry]
        if fields:
            kept.append((name, {**options, "fields": fields}))
    return kept


def _strip(entry: str | Sequence[str], hidden: frozenset[str]) -> Any:
    if isinstance(entry, str):
        return None if entry in hidden else entry
    remaining = tuple(name for name in entry if name not in hidden)
    return remaining or None


class MaskedHistoryHelper(HistoricalRecordContextHelper):  # type: ignore[misc]
    """History change lists say an encrypted field changed, never from what to what."""

    def prepare_delta_change_value(self, change: Any, value: Any) -> Any:
        if change.field in encrypted_field_names(self.model):
            return MASK
        return super().prepare_delta_change_value(change, value)


class ConfidentialFieldsAdmin:
    """Mixin for ModelAdmin and InlineModelAdmin classes."""

    model: Any

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        fieldsets = super().get_fieldsets(request, obj)  # type: ignore[misc]
        hidden = encrypted_field_names(self.model)
        if not hidden or may_see_confidential(request):
            return fieldsets
        return without(fieldsets, hidden)

    def get_historical_record_context_helper(
        self, request: HttpRequest, historical_record: Any
    ) -> HistoricalRecordContextHelper:
        return MaskedHistoryHelper(self.model, historical_record)

    def change_view(
        self, request: HttpRequest, object_id: str, *args: Any, **kwargs: Any
    ) -> HttpResponse:
        self._announce_view(request, object_id)
        return super().change_view(request, object_id, *args, **kwargs)  # type: ignore[misc]

    def history_form_view(
        self, request: HttpRequest, object_id: str, *args: Any, **kwargs: Any
    ) -> HttpResponse:
        self._announce_view(request, object_id)
        return super().history_form_view(request, object_id, *args, **kwargs)  # type: ignore[misc]

    def _announce_view(self, request: HttpRequest, object_id: str) -> None:
        fields = encrypted_field_names(self.model)
        if fields and request.method == "GET" and may_see_confidential(request):
            confidential_fields_viewed.send(
                sender=self.model, request=request, object_id=object_id, fields=sorted(fields)
            )

"""System checks: encrypted fields stay out of admin lists, search and filters; keys load.

``vault.E001``: an admin lists, searches, filters, orders or edits-in-list by
an encrypted field (directly or across a relation), which would either show
decrypted values on list pages or query ciphertext.
``vault.E002``: the field keys cannot be loaded (also stops a production start).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.contrib import admin
from django.core.checks import CheckMessage, Error, Tags, register
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model

from victimsdb.core.crypto import FieldKeyError
from victimsdb.web.vault.fields import EncryptedTextField
from victimsdb.web.vault.keyring import field_cipher

LIST_OPTIONS = (
    "list_display",
    "list_display_links",
    "list_editable",
    "list_filter",
    "search_fields",
    "ordering",
    "sortable_by",
)


@register(Tags.security)
def check_keys(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """The field keys load."""
    try:
        field_cipher()
    except FieldKeyError as error:
        return [Error(str(error), id="vault.E002")]
    return []


@register(Tags.admin, Tags.security)
def check_admin_exposure(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """No admin lists, searches, filters or orders by an encrypted field."""
    return exposures(admin.site)


def exposures(site: admin.AdminSite) -> list[CheckMessage]:
    """Every place where an admin of ``site`` would list, search or filter encrypted values."""
    errors: list[CheckMessage] = []
    for model_admin in site._registry.values():
        for owner in [model_admin, *_inlines(model_admin)]:
            errors += [
                Error(
                    f"{type(owner).__name__}.{option} uses the encrypted field {path!r}",
                    hint="Encrypted fields may appear on change pages only.",
                    obj=type(owner),
                    id="vault.E001",
                )
                for option, path in _paths(owner)
                if _reaches_encrypted(owner.model, path)
            ]
    return errors


def _inlines(model_admin: Any) -> Iterator[Any]:
    for inline_class in getattr(model_admin, "inlines", ()):
        yield inline_class(model_admin.model, model_admin.admin_site)


def _paths(owner: Any) -> Iterator[tuple[str, str]]:
    for option in LIST_OPTIONS:
        for entry in _entries(getattr(owner, option, None) or ()):
            yield option, entry.lstrip("-^=@")
    hierarchy = getattr(owner, "date_hierarchy", None)
    if hierarchy:
        yield "date_hierarchy", hierarchy


def _entries(values: Iterable[Any]) -> Iterator[str]:
    for value in values:
        if isinstance(value, (list, tuple)) and value:
            value = value[0]  # list_filter's (field, FilterClass)
        if isinstance(value, str):
            yield value


def _reaches_encrypted(model: type[Model], path: str) -> bool:
    current: Any = model
    for part in path.split("__"):
        try:
            field = current._meta.get_field(part)
        except (FieldDoesNotExist, AttributeError):
            return False  # an admin method or a lookup name: nothing to follow
        if isinstance(field, EncryptedTextField):
            return True
        current = field.related_model
        if current is None:
            return False
    return False

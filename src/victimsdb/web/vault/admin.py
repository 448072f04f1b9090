"""Which fields of a model are encrypted, for the admin's safeguards.

The admin's clearance rules (victimsdb.web.security.admin_access) treat every
encrypted field as confidential: shown on change pages only to staff cleared
for confidential data, each view logged, never in history lists. The system
check ``vault.E001`` (checks.py) keeps them out of lists, search and filters.
"""

from __future__ import annotations

from django.db.models import Model

from victimsdb.web.vault.fields import EncryptedTextField


def encrypted_field_names(model: type[Model]) -> frozenset[str]:
    """The names of a model's encrypted fields."""
    return frozenset(
        field.name for field in model._meta.get_fields() if isinstance(field, EncryptedTextField)
    )

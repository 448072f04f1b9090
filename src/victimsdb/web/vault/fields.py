"""EncryptedTextField: text stored as ciphertext, read as plaintext, never searchable.

Stable import path: ``victimsdb.web.vault.fields.EncryptedTextField``. Use it
like a ``TextField`` (``blank=True`` is typical). What it does:

* On save, a non-empty value is encrypted with the first field key
  (``enc1:<key id>:<Fernet token>``); empty strings and NULL are stored as
  they are, so that "has a contact" stays answerable.
* On load, the value is decrypted with the key it names. A missing key or an
  altered value raises :class:`victimsdb.core.crypto.FieldKeyError`, whose
  message names the field and key id but never the value; the middleware turns
  it into a plain 503 page.
* django-simple-history copies the field into historical models, so history
  tables hold ciphertext too.
* Serialization (``dumpdata``, backups) writes ciphertext; deserialization
  decrypts it (and the save re-encrypts with the current key).
* No lookup but ``isnull`` and ``exact`` with an empty string: searching,
  filtering or ordering by ciphertext is meaningless, so it fails loudly.
  The admin check (``vault.E001``) keeps these fields out of admin lists,
  search and filters; change pages show them only to staff cleared for
  confidential data (``security.view_confidential``), and log each view.

Every field of this class in every model is found by ``victimsdb rotate-key``.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import FieldError
from django.db import models
from django.db.models.lookups import Exact

from victimsdb.core.crypto import is_ciphertext
from victimsdb.web.vault.keyring import field_cipher


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """A TextField whose non-empty values are encrypted at rest."""

    description = "Text encrypted at rest (Fernet; keys from the environment)"

    def where(self) -> str:
        """The field's name for messages: ``records.Person.contact``."""
        model = getattr(self, "model", None)
        return f"{model._meta.label}.{self.name}" if model else f"field {self.name}"

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if not value:
            return value
        return field_cipher().decrypt(value, self.where())

    def to_python(self, value: Any) -> Any:
        value = super().to_python(value)
        if isinstance(value, str) and is_ciphertext(value):
            return field_cipher().decrypt(value, self.where())  # from a serialized dump
        return value

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if not value:
            return value
        return field_cipher().encrypt(str(value))

    def value_to_string(self, obj: Any) -> str:
        """The ciphertext, so that serialized dumps never hold plaintext."""
        value = self.value_from_object(obj)
        return field_cipher().encrypt(value) if value else (value or "")

    def get_lookup(self, lookup_name: str) -> Any:
        if lookup_name == "exact":
            return EmptyOnlyExact
        if lookup_name == "isnull":
            return super().get_lookup(lookup_name)
        return None

    def get_transform(self, lookup_name: str) -> Any:
        return None


class EmptyOnlyExact(Exact):  # type: ignore[type-arg]
    """``field=""`` works; comparing with any other value would compare ciphertexts."""

    def get_prep_lookup(self) -> Any:
        if self.rhs not in ("", None):
            raise FieldError(
                f"{self.lhs.target.name} is encrypted: it can only be compared with an empty string"
            )
        return super().get_prep_lookup()

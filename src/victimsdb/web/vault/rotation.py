"""Re-encrypting every encrypted field with the first key (``victimsdb rotate-key``).

Fields are found by class in every installed model, historical models
included, so fields added later are rotated too. Values are read raw (cast to
text, never decrypted by the field), in batches by primary key; a value
already under the primary key is left alone, so a second run changes nothing.
Values written before a field was encrypted are encrypted. Rows are updated
without ``save()``: no history entry, no ``updated_at`` change, no signal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db import transaction
from django.db.models import Field, Model, TextField, Value
from django.db.models.functions import Cast

from victimsdb.core.crypto import FieldCipher, key_id_in
from victimsdb.web.vault.fields import EncryptedTextField
from victimsdb.web.vault.keyring import field_cipher

BATCH_SIZE = 500
PLAINTEXT = "plaintext"


@dataclass
class FieldReport:
    """What rotation found and did in one field: values per key id before, values rewritten."""

    label: str
    before: Counter[str] = field(default_factory=Counter)
    rewritten: int = 0

    def __str__(self) -> str:
        found = ", ".join(f"{n} under {key}" for key, n in sorted(self.before.items()))
        return f"{self.label}: {found or 'no values'}; {self.rewritten} re-encrypted"


def encrypted_fields() -> Iterator[tuple[type[Model], Field[Any, Any]]]:
    """Every (model, field) whose field is encrypted, in every installed model."""
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        for model_field in model._meta.local_concrete_fields:
            if isinstance(model_field, EncryptedTextField):
                yield model, model_field


def rotate_all(batch_size: int = BATCH_SIZE, dry_run: bool = False) -> list[FieldReport]:
    """Re-encrypt every encrypted value not under the primary key, in one transaction."""
    cipher = field_cipher()
    with transaction.atomic():
        return [
            rotate_field(model, model_field, cipher, batch_size, dry_run)
            for model, model_field in encrypted_fields()
        ]


def rotate_field(
    model: type[Model],
    model_field: Field[Any, Any],
    cipher: FieldCipher,
    batch_size: int = BATCH_SIZE,
    dry_run: bool = False,
) -> FieldReport:
    """Re-encrypt one field's values that are not under the primary key (or are plaintext)."""
    report = FieldReport(f"{model._meta.label}.{model_field.name}")
    where = report.label
    current = _raw(model, model_field).filter(_raw__startswith=cipher.current_prefix).count()
    if current:
        report.before[cipher.keyring.primary.key_id] = current
    for batch in _stale_batches(model, model_field, cipher, batch_size):
        rows = []
        for pk, raw in batch:
            report.before[key_id_in(raw) or PLAINTEXT] += 1
            rows.append(model(pk=pk, **{model_field.attname: cipher.decrypt(raw, where)}))
        if not dry_run:
            model._base_manager.bulk_update(rows, [model_field.name])  # the field encrypts
            report.rewritten += len(rows)
    return report


def decrypt_field(model: type[Model], model_field: Field[Any, Any], cipher: FieldCipher) -> int:
    """Write every value of a field back as plaintext (undoing encryption in a migration)."""
    count = 0
    for batch in _batches(_raw(model, model_field), BATCH_SIZE):
        for pk, raw in batch:
            where = f"{model._meta.label}.{model_field.name}"
            plain = Value(cipher.decrypt(raw, where), output_field=TextField())
            model._base_manager.filter(pk=pk).update(**{model_field.attname: plain})
            count += 1
    return count


def _raw(model: type[Model], model_field: Field[Any, Any]) -> Any:
    """Rows with their stored value, cast to text so that the field does not decrypt it."""
    return (
        model._base_manager.annotate(_raw=Cast(model_field.attname, output_field=TextField()))
        .exclude(_raw__isnull=True)
        .exclude(_raw="")
    )


def _stale_batches(
    model: type[Model], model_field: Field[Any, Any], cipher: FieldCipher, batch_size: int
) -> Iterator[list[tuple[Any, str]]]:
    stale = _raw(model, model_field).exclude(_raw__startswith=cipher.current_prefix)
    return _batches(stale, batch_size)


def _batches(queryset: Any, batch_size: int) -> Iterator[list[tuple[Any, str]]]:
    """(pk, raw value) pairs in primary-key order, ``batch_size`` at a time."""
    last = None
    while True:
        page = queryset if last is None else queryset.filter(pk__gt=last)
        batch = list(page.order_by("pk").values_list("pk", "_raw")[:batch_size])
        if not batch:
            return
        yield batch
        last = batch[-1][0]

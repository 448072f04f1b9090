"""What a migration that makes fields encrypted runs on the rows already there.

    forward, backward = encrypting("records", [("Person", "contact"), ...])
    migrations.RunPython(forward, backward)

`forward` encrypts every plaintext value of those fields (history models
included, if listed); `backward` writes them back as plaintext before the
fields stop being encrypted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Operation = Callable[[Any, Any], None]


def encrypting(app_label: str, fields: Sequence[tuple[str, str]]) -> tuple[Operation, Operation]:
    """The forward and backward functions for `RunPython` over these (model, field) pairs."""

    def forward(apps: Any, schema_editor: Any) -> None:
        from victimsdb.web.vault.keyring import field_cipher
        from victimsdb.web.vault.rotation import rotate_field

        for model, field in _holding_values(apps, app_label, fields):
            rotate_field(model, field, field_cipher())

    def backward(apps: Any, schema_editor: Any) -> None:
        from victimsdb.web.vault.keyring import field_cipher
        from victimsdb.web.vault.rotation import decrypt_field

        for model, field in _holding_values(apps, app_label, fields):
            decrypt_field(model, field, field_cipher())

    return forward, backward


def _holding_values(
    apps: Any, app_label: str, fields: Sequence[tuple[str, str]]
) -> list[tuple[Any, Any]]:
    found = []
    for model_name, field_name in fields:
        model = apps.get_model(app_label, model_name)
        if model._base_manager.exclude(**{field_name: ""}).exists():
            found.append((model, model._meta.get_field(field_name)))
    return found

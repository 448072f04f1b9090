"""What can go wrong with field encryption, each with a message safe to show and to log.

No message ever quotes a key, a plaintext or a ciphertext: they name the
field (``records.Person.contact``) and the key id at most.
"""

from __future__ import annotations


class FieldKeyError(Exception):
    """Encrypted fields cannot be read or written: keys missing, malformed or wrong."""


class KeyringError(FieldKeyError):
    """The field keys are not configured, or are configured wrongly."""


class _KeyedError(FieldKeyError):
    """A problem with one stored value, named by its field and key id only."""

    template = ""

    def __init__(self, key_id: str, where: str) -> None:
        self.key_id = key_id
        super().__init__(self.template.format(key_id=key_id, where=where))


class MissingKey(_KeyedError):
    """A value was encrypted with a key that is not configured."""

    template = (
        "A value of {where} is encrypted with field key {key_id}, which is not"
        " configured: add it to VICTIMSDB_FIELD_KEYS (after the current key) or to"
        " the key file. Nothing was changed."
    )


class CorruptValue(_KeyedError):
    """A stored ciphertext fails authentication: altered, truncated or the key is wrong."""

    template = (
        "A value of {where} fails authentication with field key {key_id}: the"
        " stored value was altered or the key is not the one that encrypted it."
        " Nothing was changed."
    )

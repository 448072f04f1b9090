"""Encryption at rest of the most sensitive fields (contacts, precise locations).

:class:`FieldCipher` encrypts text with the first key of a :class:`Keyring`
and decrypts with whichever configured key a value names; :func:`load_keyring`
reads the keys from the environment or a key file (never the database).
Pure Python plus ``cryptography``; never imports Django.
"""

from __future__ import annotations

from victimsdb.core.crypto.cipher import FieldCipher, is_ciphertext, key_id_in
from victimsdb.core.crypto.errors import CorruptValue, FieldKeyError, KeyringError, MissingKey
from victimsdb.core.crypto.keys import (
    KEY_FILE_VARIABLE,
    KEYS_VARIABLE,
    FieldKey,
    Keyring,
    ensure_key_file,
    generate_key,
    load_keyring,
    parse_keys,
    read_key_file,
)

__all__ = [
    "KEYS_VARIABLE",
    "KEY_FILE_VARIABLE",
    "CorruptValue",
    "FieldCipher",
    "FieldKey",
    "FieldKeyError",
    "Keyring",
    "KeyringError",
    "MissingKey",
    "ensure_key_file",
    "generate_key",
    "is_ciphertext",
    "key_id_in",
    "load_keyring",
    "parse_keys",
    "read_key_file",
]

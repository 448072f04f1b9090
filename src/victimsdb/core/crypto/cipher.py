"""Encrypting one text value with the keyring: ``enc1:<key id>:<Fernet token>``.

Fernet (AES-128-CBC with HMAC-SHA256, from the ``cryptography`` package) is
authenticated: an altered value fails to decrypt rather than decrypting to
something else. The key id in front says which key decrypts a value, so that
a missing key is named in the error and rotation can skip values that are
already under the primary key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cryptography.fernet import InvalidToken

from victimsdb.core.crypto.errors import CorruptValue
from victimsdb.core.crypto.keys import KEY_ID_LENGTH, Keyring

PREFIX = "enc1"
_CIPHERTEXT = re.compile(rf"^{PREFIX}:([0-9a-f]{{{KEY_ID_LENGTH}}}):([A-Za-z0-9_\-]+=*)$")


def key_id_in(stored: str) -> str | None:
    """The key id of a ciphertext, or None when ``stored`` is not one."""
    match = _CIPHERTEXT.match(stored)
    return match.group(1) if match else None


def is_ciphertext(stored: str) -> bool:
    """Whether ``stored`` has the form of a value this module encrypted."""
    return key_id_in(stored) is not None


@dataclass(frozen=True)
class FieldCipher:
    """Encrypts with the keyring's primary key, decrypts with whichever key a value names."""

    keyring: Keyring

    def encrypt(self, plaintext: str) -> str:
        """The ciphertext of ``plaintext`` under the primary key."""
        key = self.keyring.primary
        token = key.fernet.encrypt(plaintext.encode("utf-8")).decode("ascii")
        return f"{PREFIX}:{key.key_id}:{token}"

    def decrypt(self, stored: str, where: str = "an encrypted field") -> str:
        """The plaintext of a ciphertext; text that is not a ciphertext is returned as it is.

        Raises :class:`MissingKey` or :class:`CorruptValue`, naming ``where``.
        """
        match = _CIPHERTEXT.match(stored)
        if match is None:
            return stored  # written before the field was encrypted: rotate-key encrypts it
        key_id, token = match.groups()
        key = self.keyring.get(key_id, where)
        try:
            return key.fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeDecodeError):
            raise CorruptValue(key_id, where) from None

    @property
    def current_prefix(self) -> str:
        """How every value encrypted with the primary key begins."""
        return f"{PREFIX}:{self.keyring.primary.key_id}:"

    def is_current(self, stored: str) -> bool:
        """Whether ``stored`` is already encrypted with the primary key."""
        return key_id_in(stored) == self.keyring.primary.key_id

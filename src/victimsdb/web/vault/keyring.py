"""The process's field cipher, loaded once from the environment (see core.crypto.keys).

Keys are read from the environment or a key file at first use, never from
settings or the database, so that no settings dump or debug page can show
them. Outside production a key file is generated in the data directory.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from django.conf import settings

from victimsdb.core.crypto import FieldCipher, Keyring, ensure_key_file, load_keyring
from victimsdb.core.crypto.keys import KEY_FILE_VARIABLE, KEYS_VARIABLE

log = logging.getLogger(__name__)
_lock = threading.Lock()
_cipher: FieldCipher | None = None


def default_key_file() -> Path:
    """Where the development key file lives: ``$VICTIMSDB_DATA_DIR/field-keys``."""
    return Path(settings.DATA_DIR) / "field-keys"


def field_cipher() -> FieldCipher:
    """The cipher for encrypted fields (raises :class:`KeyringError` when misconfigured)."""
    global _cipher
    with _lock:
        if _cipher is None:
            _cipher = FieldCipher(_keyring())
        return _cipher


def reset_field_cipher() -> None:
    """Forget the loaded keys, so that the next use reads the environment again."""
    global _cipher
    with _lock:
        _cipher = None


def _keyring() -> Keyring:
    path = default_key_file()
    configured = os.environ.get(KEYS_VARIABLE, "").strip() or os.environ.get(KEY_FILE_VARIABLE)
    if not configured and not settings.PRODUCTION and ensure_key_file(path):
        log.warning("generated a development field key file at %s: back it up", path)
    return load_keyring(os.environ, path, settings.PRODUCTION)

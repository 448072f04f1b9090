"""Field keys: Fernet keys from the environment or a key file, each known by a key id.

The first key encrypts; every key decrypts, so that a new key can be put first
and the old one kept until ``victimsdb rotate-key`` has re-encrypted every
value. Keys are never stored in the database. Sources, in order:

* ``VICTIMSDB_FIELD_KEYS``: keys separated by commas;
* ``VICTIMSDB_FIELD_KEY_FILE``: a file with one key per line (``#`` comments),
  readable by its owner only;
* otherwise, outside production only, a key file generated on first use
  (``$VICTIMSDB_DATA_DIR/field-keys``, mode 0600); in production the absence
  of keys is an error, so the site refuses to start.

A key id is the first 12 hex digits of the key's SHA-256: it names a key in
ciphertexts and messages without revealing it.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.fernet import Fernet

from victimsdb.core.crypto.errors import KeyringError, MissingKey

KEYS_VARIABLE = "VICTIMSDB_FIELD_KEYS"
KEY_FILE_VARIABLE = "VICTIMSDB_FIELD_KEY_FILE"
KEY_ID_LENGTH = 12
_FILE_HEADER = (
    "# victimsdb field keys: one Fernet key per line; the first encrypts, all decrypt.\n"
    "# Generated for development. Back it up apart from the database: without it,\n"
    "# encrypted fields cannot be read. Never commit it.\n"
)


@dataclass(frozen=True)
class FieldKey:
    """One Fernet key and its id (the key itself is never printed)."""

    key_id: str
    fernet: Fernet = field(repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str, position: int = 1) -> FieldKey:
        """Read a key written as url-safe base64 (raises :class:`KeyringError`)."""
        raw = text.strip().encode("ascii", errors="replace")
        try:
            fernet = Fernet(raw)
        except ValueError:
            message = f"field key number {position} is not a Fernet key (32 url-safe base64 bytes)"
            raise KeyringError(message) from None
        return cls(key_id=key_id_of(raw), fernet=fernet)


def key_id_of(raw: bytes) -> str:
    """The public id of a key: the first hex digits of its SHA-256."""
    return hashlib.sha256(raw).hexdigest()[:KEY_ID_LENGTH]


@dataclass(frozen=True)
class Keyring:
    """The configured keys, the encrypting (primary) one first."""

    keys: tuple[FieldKey, ...]

    def __post_init__(self) -> None:
        if not self.keys:
            raise KeyringError("no field key is configured")
        ids = [key.key_id for key in self.keys]
        if len(set(ids)) != len(ids):
            raise KeyringError("the same field key is configured twice")

    @property
    def primary(self) -> FieldKey:
        """The key that encrypts."""
        return self.keys[0]

    @property
    def ids(self) -> tuple[str, ...]:
        """Every key id, the primary one first."""
        return tuple(key.key_id for key in self.keys)

    def get(self, key_id: str, where: str) -> FieldKey:
        """The key with this id (raises :class:`MissingKey`, naming ``where`` it was needed)."""
        for key in self.keys:
            if key.key_id == key_id:
                return key
        raise MissingKey(key_id, where)


def parse_keys(texts: list[str]) -> Keyring:
    """A keyring from key texts, blank ones and ``#`` comments skipped."""
    wanted = [text.strip() for text in texts]
    wanted = [text for text in wanted if text and not text.startswith("#")]
    return Keyring(tuple(FieldKey.from_text(text, n) for n, text in enumerate(wanted, start=1)))


def read_key_file(path: Path) -> Keyring:
    """The keys in a key file, one per line; refuses a file other users may read."""
    try:
        mode = path.stat().st_mode
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise KeyringError(f"cannot read the field key file {path}: {error.strerror}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyringError(f"the field key file {path} is readable by other users: chmod 600 it")
    return parse_keys(lines)


def generate_key() -> str:
    """A new random field key, as text."""
    return Fernet.generate_key().decode("ascii")


def ensure_key_file(path: Path) -> bool:
    """Create a key file holding one new key (mode 0600) unless it exists; True if created.

    Safe when several processes start at once: the file is written under a
    temporary name and linked into place, so nobody reads a half-written file.
    """
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(_FILE_HEADER + generate_key() + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.link(partial, path)
    except FileExistsError:
        return False
    finally:
        partial.unlink(missing_ok=True)
    return True


def load_keyring(environ: Mapping[str, str], default_file: Path, production: bool) -> Keyring:
    """The keyring configured in ``environ`` (see the module's docstring for the order)."""
    listed, named = environ.get(KEYS_VARIABLE, "").strip(), environ.get(KEY_FILE_VARIABLE, "")
    if listed and named.strip():
        raise KeyringError(f"set {KEYS_VARIABLE} or {KEY_FILE_VARIABLE}, not both")
    if listed:
        return parse_keys(listed.split(","))
    if named.strip():
        return read_key_file(Path(named.strip()))
    if production:
        raise KeyringError(
            f"no field key in production: set {KEYS_VARIABLE} or {KEY_FILE_VARIABLE}"
            " (make a key with `victimsdb new-field-key`)"
        )
    ensure_key_file(default_file)
    return read_key_file(default_file)

"""The age keys of backups: recipients encrypt, identities decrypt.

Backups are encrypted to age X25519 recipients (``age1...``), so the server
that makes backups holds only public keys; the identity (``AGE-SECRET-KEY-1...``)
that restores them is kept offline. Files use the formats of ``age-keygen``
(``#`` comments, one key a line), so the standard ``age`` tool can decrypt a
backup too. Recipients come from ``--recipient``, ``VICTIMSDB_BACKUP_RECIPIENTS``
(comma-separated) or ``VICTIMSDB_BACKUP_RECIPIENTS_FILE``; identities from
``--identity FILE`` or ``VICTIMSDB_BACKUP_IDENTITY_FILE``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pyrage import IdentityError, RecipientError, x25519

from victimsdb.core.backup.errors import BackupError

RECIPIENTS_VARIABLE = "VICTIMSDB_BACKUP_RECIPIENTS"
RECIPIENTS_FILE_VARIABLE = "VICTIMSDB_BACKUP_RECIPIENTS_FILE"
IDENTITY_FILE_VARIABLE = "VICTIMSDB_BACKUP_IDENTITY_FILE"


def recipients(given: Sequence[str], environ: Mapping[str, str]) -> list[Any]:
    """The recipients to encrypt to: those given, else those configured; at least one."""
    texts = list(given) or _split(environ.get(RECIPIENTS_VARIABLE, ""))
    listed = environ.get(RECIPIENTS_FILE_VARIABLE, "").strip()
    if not texts and listed:
        texts = _lines(_read(Path(listed), "recipients file"))
    if not texts:
        raise BackupError(
            f"no backup recipient: set {RECIPIENTS_VARIABLE} or {RECIPIENTS_FILE_VARIABLE}"
            " or pass --recipient (make a key pair with `victimsdb backup-keygen FILE`)."
            " A backup is never written unencrypted."
        )
    return [_recipient(text, n) for n, text in enumerate(texts, start=1)]


def identities(given: str | None, environ: Mapping[str, str]) -> list[Any]:
    """The identities to decrypt with, from ``given`` (a file) or the configured file."""
    name = given or environ.get(IDENTITY_FILE_VARIABLE, "").strip()
    if not name:
        raise BackupError(
            f"no backup identity: pass --identity FILE or set {IDENTITY_FILE_VARIABLE}"
        )
    path = Path(name)
    texts = _lines(_read(path, "identity file"))
    if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise BackupError(f"the identity file {path} is readable by other users: chmod 600 it")
    if not texts:
        raise BackupError(f"the identity file {path} holds no identity")
    return [_identity(text, n) for n, text in enumerate(texts, start=1)]


def generate_identity(path: Path) -> str:
    """Write a new identity file (mode 0600, never over an existing file); return its recipient."""
    identity = x25519.Identity.generate()
    public = str(identity.to_public())
    created = datetime.now(UTC).replace(microsecond=0).isoformat()
    text = f"# created: {created}\n# public key: {public}\n{identity}\n"
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise BackupError(f"{path} exists: choose another file name") from None
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(text)
    return public


def _recipient(text: str, position: int) -> Any:
    try:
        return x25519.Recipient.from_str(text)
    except RecipientError:
        raise BackupError(f"backup recipient number {position} is not an age1... key") from None


def _identity(text: str, position: int) -> Any:
    try:
        return x25519.Identity.from_str(text)
    except IdentityError:
        message = f"identity number {position} is not an AGE-SECRET-KEY-1... key"
        raise BackupError(message) from None


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise BackupError(f"cannot read the {what} {path}: {error.strerror}") from None


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]

"""``victimsdb backup-keygen FILE``: make an age identity for backups (no Django needed).

Writes the identity (the secret that restores) to FILE with mode 0600 and
prints its public key, the recipient to put in VICTIMSDB_BACKUP_RECIPIENTS.
Keep FILE off the server, with the field keys: whoever holds both can read
every backup.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from victimsdb.core.backup.errors import BackupError
from victimsdb.core.backup.keys import generate_identity


def main(argv: list[str], out: TextIO | None = None) -> int:
    """Run ``backup-keygen`` with ``argv`` (without the program name); return the exit code."""
    if len(argv) != 1 or argv[0].startswith("-"):
        print("usage: victimsdb backup-keygen FILE", file=sys.stderr)
        return 2
    try:
        public = generate_identity(Path(argv[0]))
    except BackupError as error:
        print(f"backup-keygen: {error}", file=sys.stderr)
        return 1
    print(public, file=out or sys.stdout)
    print(
        f"identity written to {argv[0]}: keep it offline; the line above is the recipient.",
        file=sys.stderr,
    )
    return 0

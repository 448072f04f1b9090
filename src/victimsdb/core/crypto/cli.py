"""``victimsdb new-field-key``: print a new field key and its id (no Django, no database).

To rotate: put the new key first in ``VICTIMSDB_FIELD_KEYS`` (or the key
file), keep the old ones after it, run ``victimsdb rotate-key``, then remove
the old keys.
"""

from __future__ import annotations

import sys
from typing import TextIO

from victimsdb.core.crypto.keys import FieldKey, generate_key


def main(argv: list[str], out: TextIO | None = None) -> int:
    """Print a new key on the first line, its id and what to do with it on stderr."""
    if argv:
        print("usage: victimsdb new-field-key", file=sys.stderr)
        return 2
    key = generate_key()
    print(key, file=out or sys.stdout)
    print(
        f"key id {FieldKey.from_text(key).key_id}: put it first in VICTIMSDB_FIELD_KEYS,"
        " keep the old keys after it, then run `victimsdb rotate-key`.",
        file=sys.stderr,
    )
    return 0

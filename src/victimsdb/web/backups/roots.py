"""The file roots a backup holds beside the database: uploads (MEDIA_ROOT) and evidence.

The evidence store's ``tmp/`` (uploads being received) is transient and left
out. Field keys and backup identities live elsewhere and are never backed up.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from django.conf import settings


class Root(NamedTuple):
    """A folder of files, named inside the backup (``files/<name>/...``)."""

    name: str
    path: Path
    skip: frozenset[str]


def file_roots() -> list[Root]:
    """Every file root of this instance."""
    return [
        Root("media", Path(settings.MEDIA_ROOT), frozenset()),
        Root("evidence", Path(settings.EVIDENCE_ROOT), frozenset({"tmp"})),
    ]

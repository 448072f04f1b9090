"""Backups: one age-encrypted file holding the database and every file, with a manifest.

The core knows the file format (:mod:`.archive`), age keys (:mod:`.keys`),
streaming encryption (:mod:`.streams`) and file roots (:mod:`.trees`); the
Django edge (``victimsdb.web.backups``) adds the database. Pure Python plus
``pyrage``; never imports Django.
"""

from __future__ import annotations

from victimsdb.core.backup.archive import ArchiveReader, ArchiveWriter, Entry, Member
from victimsdb.core.backup.errors import BackupError
from victimsdb.core.backup.keys import generate_identity, identities, recipients
from victimsdb.core.backup.streams import decrypting, encrypting
from victimsdb.core.backup.trees import Staging, files_under, has_files, swap_in

__all__ = [
    "ArchiveReader",
    "ArchiveWriter",
    "BackupError",
    "Entry",
    "Member",
    "Staging",
    "decrypting",
    "encrypting",
    "files_under",
    "generate_identity",
    "has_files",
    "identities",
    "recipients",
    "swap_in",
]

"""What verify-evidence checks beyond the store: the records that point into it.

Every Evidence record (deleted ones too) must name an item that is in the
store with the same size and type; every source's archived copy must still
hash to the SHA-256 taken when it was attached. Items in the store that no
Evidence record links are counted, not failed: an abandoned upload or a file
kept by another part of the site (public reports) is not a broken chain.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from victimsdb.core.evidence import EvidenceStore, Mismatch, UnknownEvidence
from victimsdb.web.evidence.models import Evidence
from victimsdb.web.records.models import Source


def record_mismatches(store: EvidenceStore) -> list[Mismatch]:
    """Every Evidence record or source archive that does not match what is on disk."""
    return [*_evidence_problems(store), *_source_problems()]


def unlinked_items(store: EvidenceStore) -> int:
    """How many stored items no Evidence record links."""
    linked = set(Evidence.all_objects.values_list("sha256", flat=True))
    return sum(1 for item in store.items() if item.sha256 not in linked)


def _evidence_problems(store: EvidenceStore) -> Iterator[Mismatch]:
    for evidence in Evidence.all_objects.order_by("pk").iterator():
        try:
            item = store.record(evidence.sha256)
        except UnknownEvidence:
            yield Mismatch(evidence.sha256, f"evidence record {evidence.pk}: not in the store")
            continue
        if (item.size, item.media.mime) != (evidence.size, evidence.media_type):
            yield Mismatch(evidence.sha256, f"evidence record {evidence.pk}: size or type differ")


def _source_problems() -> Iterator[Mismatch]:
    for source in Source.all_objects.exclude(archive="").order_by("pk").iterator():
        try:
            with source.archive.open("rb") as archived:
                digest = hashlib.file_digest(archived, "sha256").hexdigest()
        except FileNotFoundError:
            yield Mismatch(source.sha256 or None, f"source {source.pk}: archived copy missing")
            continue
        if digest != source.sha256:
            yield Mismatch(source.sha256 or None, f"source {source.pk}: archived copy altered")

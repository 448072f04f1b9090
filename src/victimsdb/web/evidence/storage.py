"""The evidence store of this instance, and the one function that keeps an upload in it.

``keep_upload(upload, collected_by=..., how=...)`` is what every upload path
calls (the admin here; public report forms and volunteer intake too): the
content is sniffed (never the name), checked against the per-type size
limits while streaming, stored read-only under its SHA-256 with its custody
record, and the collection is appended to the hash-chained custody log. It
raises :class:`~victimsdb.core.evidence.EvidenceRejected` (mislabelled,
unaccepted, empty or too large: the message is safe to show the uploader and
nothing was stored) or :class:`~victimsdb.core.evidence.CustodyError` (who,
when or how missing). The uploaded file's name is kept for display only,
reduced by ``safe_name``; it never becomes a path.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils import timezone

from victimsdb.core.evidence import EvidenceStore, StoredItem


def evidence_store() -> EvidenceStore:
    """The store at ``settings.EVIDENCE_ROOT``."""
    return EvidenceStore(Path(settings.EVIDENCE_ROOT))


def keep_upload(
    upload: Any, *, collected_by: str, how: str, collected_at: datetime | None = None
) -> StoredItem:
    """Keep an uploaded file (a Django ``UploadedFile`` or any binary stream with ``name``)."""
    name = getattr(upload, "name", "") or ""
    declared_type = getattr(upload, "content_type", "") or ""
    if hasattr(upload, "seek"):
        upload.seek(0)
    return evidence_store().put(
        upload, name, declared_type, collected_by, collected_at or timezone.now(), how
    )

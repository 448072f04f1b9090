"""Evidence custody (Berkeley Protocol): originals kept by SHA-256, published copies cleaned.

* :class:`EvidenceStore` keeps uploads (photos, ID scans, PDFs, audio, video)
  content-addressed by SHA-256, with who collected them, when and how, and an
  append-only, hash-chained custody log of every collection, view, published
  copy and verification. Originals are confidential.
* Uploads are checked by content (:func:`sniff`), never by name; mislabelled,
  unaccepted, empty and oversized uploads are refused with a clear message
  (:class:`EvidenceRejected`) and nothing is stored.
* :meth:`EvidenceStore.publish` makes a copy safe to publish: photos and PDFs
  without EXIF, GPS, XMP, document information or comments. Audio and video
  are not published (:class:`PublishingUnsupported`).
* :meth:`EvidenceStore.verify_all` (the ``verify-evidence`` command) rechecks
  every hash.
* :func:`safe_name` reduces any uploaded file name to a display-safe base name.

Pure Python plus Pillow and pypdf; never imports Django.
"""

from __future__ import annotations

from victimsdb.core.evidence.custody import CustodyEvent, CustodyLog, Event
from victimsdb.core.evidence.errors import (
    CustodyError,
    EvidenceRejected,
    PublishingFailed,
    PublishingUnsupported,
    Rejection,
    UnknownEvidence,
)
from victimsdb.core.evidence.filenames import safe_name
from victimsdb.core.evidence.limits import DEFAULT_LIMITS, Limits
from victimsdb.core.evidence.media import ACCEPTED, Kind, MediaType
from victimsdb.core.evidence.records import Collection, StoredItem
from victimsdb.core.evidence.sniff import check_claims, sniff
from victimsdb.core.evidence.store import EvidenceStore
from victimsdb.core.evidence.strip import PublicCopy, public_copy
from victimsdb.core.evidence.verify import Mismatch

__all__ = [
    "ACCEPTED",
    "DEFAULT_LIMITS",
    "Collection",
    "CustodyError",
    "CustodyEvent",
    "CustodyLog",
    "Event",
    "EvidenceRejected",
    "EvidenceStore",
    "Kind",
    "Limits",
    "MediaType",
    "Mismatch",
    "PublicCopy",
    "PublishingFailed",
    "PublishingUnsupported",
    "Rejection",
    "StoredItem",
    "UnknownEvidence",
    "check_claims",
    "public_copy",
    "safe_name",
    "sniff",
]

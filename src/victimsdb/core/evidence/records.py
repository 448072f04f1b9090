"""Custody records: what is known about one stored item (Berkeley Protocol: who, when, how).

Each original has one record beside it, written once when first collected and
never changed. Later collections of the same content, views, published copies
and verifications go to the custody log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from victimsdb.core.evidence.errors import CustodyError
from victimsdb.core.evidence.media import BY_MIME, MediaType

MAX_BY_LENGTH = 200
MAX_HOW_LENGTH = 2_000


@dataclass(frozen=True)
class Collection:
    """Who collected a file, when (time-zone aware) and how."""

    collected_by: str
    collected_at: datetime
    how: str

    def __post_init__(self) -> None:
        _require_text(self.collected_by, "who collected it", MAX_BY_LENGTH)
        _require_text(self.how, "how it was collected", MAX_HOW_LENGTH)
        if not isinstance(self.collected_at, datetime) or self.collected_at.utcoffset() is None:
            raise CustodyError("when it was collected must be a time with its time zone")


@dataclass(frozen=True)
class StoredItem:
    """One original in the store and its custody record."""

    sha256: str
    size: int
    media: MediaType
    original_name: str
    declared_type: str
    collection: Collection
    stored_at: datetime

    def to_json(self) -> str:
        """The custody record as JSON (UTC times, ISO 8601)."""
        return json.dumps(_record(self), ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> StoredItem:
        """Read a custody record written by :meth:`to_json`."""
        record = json.loads(text)
        return cls(
            sha256=record["sha256"],
            size=record["size"],
            media=BY_MIME[record["media_type"]],
            original_name=record["original_name"],
            declared_type=record["declared_type"],
            collection=Collection(
                record["collected_by"],
                datetime.fromisoformat(record["collected_at"]),
                record["how"],
            ),
            stored_at=datetime.fromisoformat(record["stored_at"]),
        )


def _record(item: StoredItem) -> dict[str, Any]:
    return {
        "sha256": item.sha256,
        "size": item.size,
        "media_type": item.media.mime,
        "kind": item.media.kind.value,
        "original_name": item.original_name,
        "declared_type": item.declared_type,
        "collected_by": item.collection.collected_by,
        "collected_at": item.collection.collected_at.astimezone(UTC).isoformat(),
        "how": item.collection.how,
        "stored_at": item.stored_at.astimezone(UTC).isoformat(),
    }


def _require_text(value: str, what: str, max_length: int) -> None:
    if not isinstance(value, str) or not value.strip():
        raise CustodyError(f"{what} is required")
    if len(value) > max_length:
        raise CustodyError(f"{what} is longer than {max_length} characters")

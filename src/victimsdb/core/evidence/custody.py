"""The custody log: an append-only, hash-chained record of everything done to evidence.

One JSON object per line: ``seq`` (1, 2, 3, ...), ``at`` (UTC), ``event``,
``sha256`` (the item, or null for store-wide events), ``by``, ``details`` and
``prev``, the SHA-256 of the previous line (64 zeros for the first). Changing,
removing or reordering any line breaks the chain, which :meth:`CustodyLog.check`
reports. Removing lines from the end cannot be seen from the log alone: keep
:meth:`CustodyLog.head` somewhere else (``verify-evidence`` prints it) to catch that.
Appends take an exclusive ``flock`` so that concurrent writers keep the chain.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from victimsdb.core.evidence.errors import CustodyError

Detail = str | int | bool | None
GENESIS = "0" * 64
_TAIL_BYTES = 65_536


class Event(StrEnum):
    """What happened to an item."""

    COLLECTED = "collected"
    VIEWED = "viewed"
    PUBLISHED = "published copy made"
    VERIFIED = "verified"


@dataclass(frozen=True)
class CustodyEvent:
    """One line of the custody log."""

    seq: int
    at: datetime
    event: Event
    sha256: str | None
    by: str
    details: Mapping[str, Detail] = field(default_factory=dict)


def utc_now() -> datetime:
    """The current time in UTC (the log's default clock)."""
    return datetime.now(UTC)


class CustodyLog:
    """An append-only custody log in one file."""

    def __init__(self, path: Path, clock: Callable[[], datetime] = utc_now) -> None:
        self.path = path
        self._clock = clock

    def append(
        self, event: Event, sha256: str | None, by: str, details: Mapping[str, Detail] | None = None
    ) -> CustodyEvent:
        """Add one event at the end of the log and return it (``by`` is required)."""
        if not isinstance(by, str) or not by.strip():
            raise CustodyError("who did it is required for the custody log")
        with open(self.path, "a+b") as log:
            fcntl.flock(log, fcntl.LOCK_EX)
            seq, prev = _last_link(log.name)
            entry = CustodyEvent(seq + 1, self._clock(), event, sha256, by, dict(details or {}))
            log.write(_encode(entry, prev) + b"\n")
            log.flush()
            os.fsync(log.fileno())
        return entry

    def events(self, sha256: str | None = None) -> Iterator[CustodyEvent]:
        """Every event in order, or only those about the item ``sha256``."""
        for line in self._lines():
            entry = _decode(line)
            if sha256 is None or entry.sha256 == sha256:
                yield entry

    def collected(self) -> set[str]:
        """The items with at least one readable ``collected`` event."""
        found: set[str] = set()
        for line in self._lines():
            with contextlib.suppress(ValueError, KeyError, TypeError):
                entry = _decode(line)
                if entry.event is Event.COLLECTED and entry.sha256:
                    found.add(entry.sha256)
        return found

    def check(self) -> list[str]:
        """Every break in the chain (altered, removed, reordered or unreadable lines)."""
        problems: list[str] = []
        prev, expected_seq = GENESIS, 1
        for number, line in enumerate(self._lines(), start=1):
            problem = _link_problem(line, prev, expected_seq)
            if problem:
                problems.append(f"custody log line {number}: {problem}")
            prev, expected_seq = _digest(line), expected_seq + 1
        return problems

    def head(self) -> tuple[int, str]:
        """The number of events and the SHA-256 of the last line (anchor it elsewhere)."""
        return _last_link(str(self.path))

    def _lines(self) -> Iterator[bytes]:
        if not self.path.exists():
            return
        with open(self.path, "rb") as log:
            for line in log:
                if line.strip():
                    yield line.rstrip(b"\n")


def _last_link(path: str) -> tuple[int, str]:
    """The sequence number and hash of the last line, read from the file's tail."""
    if not os.path.exists(path):
        return 0, GENESIS
    with open(path, "rb") as log:
        size = log.seek(0, os.SEEK_END)
        log.seek(max(0, size - _TAIL_BYTES))
        lines = [line for line in log.read().split(b"\n") if line.strip()]
    if not lines:
        return 0, GENESIS
    try:
        return int(json.loads(lines[-1])["seq"]), _digest(lines[-1])
    except (ValueError, KeyError, TypeError) as error:
        message = "the custody log's last line is unreadable (an interrupted write?): repair it"
        raise CustodyError(message) from error


def _link_problem(line: bytes, prev: str, expected_seq: int) -> str:
    try:
        record = json.loads(line)
    except ValueError:
        return "not readable JSON"
    if not isinstance(record, dict) or record.get("prev") != prev:
        return "does not follow the line before it (altered, removed or reordered)"
    if record.get("seq") != expected_seq:
        return f"sequence number {record.get('seq')!r}, expected {expected_seq}"
    return ""


def _encode(entry: CustodyEvent, prev: str) -> bytes:
    record = {
        "seq": entry.seq,
        "at": entry.at.astimezone(UTC).isoformat(),
        "event": entry.event.value,
        "sha256": entry.sha256,
        "by": entry.by,
        "details": dict(entry.details),
        "prev": prev,
    }
    return json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _decode(line: bytes) -> CustodyEvent:
    record = json.loads(line)
    return CustodyEvent(
        seq=record["seq"],
        at=datetime.fromisoformat(record["at"]),
        event=Event(record["event"]),
        sha256=record["sha256"],
        by=record["by"],
        details=record["details"],
    )


def _digest(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()

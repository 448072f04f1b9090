"""Checking the whole store: every hash recomputed, every record and the log's chain checked.

A :class:`Mismatch` is reported when an original's content no longer hashes
to its name (altered), an original or its custody record is missing, a record
disagrees with its file, an item was never logged as collected, a file that
should not be there is found among the items, or the custody log's chain is
broken.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from victimsdb.core.evidence.custody import CustodyLog
from victimsdb.core.evidence.layout import RECORD_SUFFIX, Layout, is_sha256
from victimsdb.core.evidence.records import StoredItem


@dataclass(frozen=True)
class Mismatch:
    """A problem found by verification: the item it concerns (None for the log) and what."""

    sha256: str | None
    problem: str

    def __str__(self) -> str:
        return f"{self.sha256 or 'custody log'}: {self.problem}"


def find_mismatches(layout: Layout, log: CustodyLog) -> list[Mismatch]:
    """Every problem in the store at ``layout`` and in its custody ``log``."""
    items, strays = _items_on_disk(layout)
    collected = log.collected()
    found = [Mismatch(None, f"unexpected file {path.relative_to(layout.root)}") for path in strays]
    for sha256, names in sorted(items.items()):
        found += [Mismatch(sha256, problem) for problem in _problems(layout, sha256, names)]
        if sha256 not in collected:
            found.append(Mismatch(sha256, "the custody log has no collection of it"))
    found += [Mismatch(None, problem) for problem in log.check()]
    return found


def sha256_of_file(path: Path) -> str:
    """The SHA-256 of a file's content, read in chunks."""
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _items_on_disk(layout: Layout) -> tuple[dict[str, set[str]], list[Path]]:
    items: dict[str, set[str]] = {}
    strays: list[Path] = []
    for path in layout.files():
        sha256 = path.name.removesuffix(RECORD_SUFFIX)
        if is_sha256(sha256) and path.is_file() and layout.folder(sha256) == path.parent:
            items.setdefault(sha256, set()).add(path.name)
        else:
            strays.append(path)
    return items, strays


def _problems(layout: Layout, sha256: str, names: set[str]) -> Iterable[str]:
    if sha256 not in names:
        yield "the original is missing (its custody record remains)"
        return
    actual = sha256_of_file(layout.original(sha256))
    if actual != sha256:
        yield f"the original was altered: its content now has SHA-256 {actual}"
    if sha256 + RECORD_SUFFIX not in names:
        yield "the custody record is missing"
        return
    yield from _record_problems(layout, sha256)


def _record_problems(layout: Layout, sha256: str) -> Iterable[str]:
    try:
        item = StoredItem.from_json(layout.record(sha256).read_text(encoding="utf-8"))
    except (ValueError, KeyError, TypeError):
        yield "the custody record is unreadable"
        return
    if item.sha256 != sha256:
        yield "the custody record names another SHA-256"
    size = layout.original(sha256).stat().st_size
    if item.size != size:
        yield f"the original has {size} bytes, its custody record says {item.size}"

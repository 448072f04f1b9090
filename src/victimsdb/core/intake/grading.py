"""Verification grades from the sources behind an entry (the rules of docs/methodology.md).

Each source that asserts something about the person is a :class:`Support`:
its kind, its origin (sources sharing an origin count once: an outlet
repeating another's interview, or all reports from the anonymous public
form, which nobody can show to be independent) and whether it is first-hand
(a testimony taken on record from the person, a relative or a witness).

* documented: an official document, court verdict or leaked record;
* corroborated: two or more independent origins (a government statement does
  not corroborate: a state denial is recorded as a disputing claim);
* testimony: a first-hand account on record;
* reported: anything less, e.g. one public report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from victimsdb.core.vocabulary import SourceKind, Verification

DOCUMENTING = frozenset(
    {SourceKind.OFFICIAL_DOCUMENT, SourceKind.COURT_VERDICT, SourceKind.LEAKED_DOCUMENT}
)
FIRST_HAND_KINDS = frozenset({SourceKind.INTERVIEW, SourceKind.VIDEO_TESTIMONY})
NOT_CORROBORATING = frozenset({SourceKind.GOVERNMENT_STATEMENT})
PUBLIC_REPORTS = "public reports"
"""The one origin shared by every report sent through the public form."""


@dataclass(frozen=True)
class Support:
    """One source asserting something about the person."""

    kind: SourceKind
    origin: str
    first_hand: bool = False


@dataclass(frozen=True)
class Grade:
    """The strongest grade the sources support, and why."""

    verification: Verification
    reason: str


def grade(supports: Iterable[Support]) -> Grade:
    """Apply the methodology's rules to the sources behind an entry."""
    supports = list(supports)
    documenting = sorted({s.kind.value for s in supports if s.kind in DOCUMENTING})
    if documenting:
        kinds = ", ".join(kind.replace("_", " ") for kind in documenting)
        return Grade(Verification.DOCUMENTED, f"confirmed by a document ({kinds})")
    origins = {s.origin for s in supports if s.kind not in NOT_CORROBORATING}
    if len(origins) >= 2:
        return Grade(Verification.CORROBORATED, f"{len(origins)} independent sources agree")
    if any(s.first_hand for s in supports):
        return Grade(Verification.TESTIMONY, "a first-hand testimony on record")
    if supports:
        return Grade(Verification.REPORTED, "one second-hand or unconfirmed source")
    return Grade(Verification.REPORTED, "no source yet")


def is_first_hand(kind: SourceKind, has_testifier: bool) -> bool:
    """A source is first-hand when it is an interview or video testimony, or when a
    testimony with a known testifier (taken on record) cites it."""
    return kind in FIRST_HAND_KINDS or has_testifier

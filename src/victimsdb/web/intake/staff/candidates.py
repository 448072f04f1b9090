"""Existing entries a name may belong to, for linking a report or a testimony to them."""

from __future__ import annotations

from typing import Any

from victimsdb.core.vocabulary import CASE_ROLES
from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.query import search_names
from victimsdb.web.security.clearance import hide_confidential

LIMIT = 10


def candidates(texts: list[str], user: Any, limit: int = LIMIT) -> list[Any]:
    """The best hits across all the names (every case entry, published or not), among the
    entries and names this staff member is cleared to see."""
    persons = Person.objects.filter(role__in=list(CASE_ROLES), merged_into__isnull=True)
    persons = hide_confidential(persons, user)
    names = hide_confidential(Name.objects.all(), user)
    best: dict[int, Any] = {}
    for text in texts:
        for hit in search_names(text, persons, names, limit=limit):
            known = best.get(hit.person.pk)
            if known is None or hit.score > known.score:
                best[hit.person.pk] = hit
    return sorted(best.values(), key=lambda hit: (-hit.score, hit.person.entry_no))[:limit]

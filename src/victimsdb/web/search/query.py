"""Finding persons by a name in any spelling or script.

Two steps, as record linkage does: blocking, then scoring. Blocking asks the
key index for persons sharing the query's phonetic keys (then, if too few,
their prefixes, which catches misspellings that change a key); scoring
compares the query with each candidate's names using the core's `compare`
and keeps the best name per person. Only the persons and names the caller
passes in are ever touched, so public search sees public data only.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, QuerySet

from victimsdb.core.names import compare, name_keys
from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.models import PREFIX_LENGTH, NameKey

CANDIDATES = 300
MIN_SCORE = 0.7  # below this a hit shares too little with the query to show


@dataclass(frozen=True)
class Hit:
    person: Person
    score: float
    matched_name: str
    explanation: str


def search_names(
    text: str, persons: QuerySet[Person], names: QuerySet[Name], limit: int | None = None
) -> list[Hit]:
    """Persons whose names match `text`, best first (score, then entry number)."""
    keys = name_keys(text)
    if not keys:
        return []
    candidates = _candidates(keys, persons, names)
    hits = _score(text, candidates, names)
    hits.sort(key=lambda hit: (-hit.score, hit.person.entry_no))
    return hits[:limit] if limit else hits


def _candidates(keys: list[str], persons: QuerySet[Person], names: QuerySet[Name]) -> list[int]:
    rows = NameKey.objects.filter(person__in=persons, name__in=names)
    found = _ranked(rows.filter(key__in=keys))
    if len(found) < CANDIDATES:
        prefixes = {key[:PREFIX_LENGTH] for key in keys}
        more = _ranked(rows.filter(prefix__in=prefixes).exclude(person_id__in=found))
        found += more[: CANDIDATES - len(found)]
    return found


def _ranked(rows: QuerySet[NameKey]) -> list[int]:
    """Person ids, those sharing the most keys first."""
    counted = rows.values("person_id").annotate(shared=Count("key", distinct=True))
    return [row["person_id"] for row in counted.order_by("-shared", "person_id")[:CANDIDATES]]


def _score(text: str, candidates: list[int], names: QuerySet[Name]) -> list[Hit]:
    best: dict[int, tuple[float, str, str]] = {}
    for name in names.filter(person_id__in=candidates).only("person_id", "text"):
        verdict = compare(text, name.text)
        if verdict.score >= MIN_SCORE and verdict.score > best.get(name.person_id, (0.0,))[0]:
            best[name.person_id] = (verdict.score, name.text, verdict.explanation)
    persons = Person.all_objects.in_bulk(list(best))
    return [Hit(persons[pk], score, matched, why) for pk, (score, matched, why) in best.items()]

"""The curated fixture dataset (fixtures/seeds.json): reading and checking it.

The dataset is plain JSON (shape in fixtures/README.md). `check_dataset`
returns every problem at once so a curator can fix the file in one pass:
unknown keys, values outside the vocabularies, malformed dates, and quotes
that are not verbatim in the cited source's archived text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

from victimsdb.core.dates import DateFormatError, parse_fuzzy_date
from victimsdb.core.vocabulary import (
    ClaimField,
    Disclosure,
    Ethnicity,
    EventType,
    FacilityKind,
    Gender,
    NameKind,
    PlaceKind,
    Publication,
    RelationKind,
    Role,
    Script,
    SourceKind,
    Stance,
    Verification,
    Visibility,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS = FIXTURES / "seeds.json"

Dataset = dict[str, list[dict[str, Any]]]


def read_dataset(path: Path = SEEDS) -> Dataset:
    """The dataset as parsed JSON, with every section present."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for section in ("sources", "places", "facilities", "persons", "relationships", "testimonies"):
        data.setdefault(section, [])
    return data  # type: ignore[no-any-return]


def archive_text(source: dict[str, Any], base: Path = FIXTURES) -> str:
    """The archived text of a source, or '' when it has none."""
    name = source.get("archive_file")
    return (base / "seeds" / name).read_text(encoding="utf-8") if name else ""


def check_dataset(data: Dataset, base: Path = FIXTURES) -> list[str]:
    """Every problem in the dataset, as readable messages; empty when it is sound."""
    return list(_problems(data, base))


def _problems(data: Dataset, base: Path) -> Iterator[str]:
    keys = {
        section: _keys(data[section]) for section in ("sources", "places", "facilities", "persons")
    }
    for section, items in data.items():
        if section in keys and len(keys[section]) != len(items):
            yield f"{section}: duplicate or missing keys"
    texts = {source["key"]: archive_text(source, base) for source in data["sources"]}
    for source in data["sources"]:
        yield from _enum(source, "kind", SourceKind, f"source {source.get('key')}")
        yield from _date(source.get("published"), None, f"source {source.get('key')}")
    for place in data["places"]:
        where = f"place {place.get('key')}"
        yield from _enum(place, "kind", PlaceKind, where)
        yield from _ref(place.get("parent"), keys["places"], where, "parent")
    for facility in data["facilities"]:
        where = f"facility {facility.get('key')}"
        yield from _enum(facility, "kind", FacilityKind, where)
        yield from _ref(facility.get("place"), keys["places"], where, "place")
    for person in data["persons"]:
        yield from _person(person, keys, texts)
    for item in data["relationships"]:
        where = f"relationship {item.get('person')}-{item.get('other')}"
        yield from _enum(item, "relation", RelationKind, where)
        yield from _ref(item.get("person"), keys["persons"], where, "person")
        yield from _ref(item.get("other"), keys["persons"], where, "other")
        yield from _cite(item, keys, texts, where)
    for item in data["testimonies"]:
        where = f"testimony {item.get('testifier')}->{item.get('victim')}"
        yield from _ref(item.get("testifier"), keys["persons"], where, "testifier")
        yield from _ref(item.get("victim"), keys["persons"], where, "victim")
        yield from _ref(item.get("source"), keys["sources"], where, "source")
        yield from _enum(item, "visibility", Visibility, where)
        yield from _enum(item, "disclosure", Disclosure, where)
        yield from _date(item.get("date"), None, where)
        yield from _verbatim(item.get("transcript"), item.get("source"), texts, where)


def _person(
    person: dict[str, Any], keys: dict[str, set[str]], texts: dict[str, str]
) -> Iterator[str]:
    where = f"person {person.get('key')}"
    for field, enum in (
        ("role", Role),
        ("gender", Gender),
        ("ethnicity", Ethnicity),
        ("visibility", Visibility),
        ("disclosure", Disclosure),
        ("verification", Verification),
        ("publication", Publication),
    ):
        yield from _enum(person, field, enum, where)
    yield from _ref(person.get("hometown"), keys["places"], where, "hometown")
    if not person.get("names"):
        yield f"{where}: has no names"
    for name in person.get("names", []):
        yield from _enum(name, "script", Script, f"{where} name {name.get('text')}")
        yield from _enum(name, "kind", NameKind, f"{where} name {name.get('text')}")
        yield from _cite(name, keys, texts, f"{where} name {name.get('text')}")
    for claim in person.get("claims", []):
        yield from _enum(claim, "field", ClaimField, where)
        yield from _enum(claim, "stance", Stance, where)
        yield from _cite(claim, keys, texts, f"{where} claim {claim.get('field')}")
    for event in person.get("events", []):
        here = f"{where} event {event.get('type')}"
        yield from _enum(event, "type", EventType, here)
        yield from _date(event.get("start"), event.get("start_qualifier"), here)
        yield from _date(event.get("end"), event.get("end_qualifier"), here)
        yield from _ref(event.get("place"), keys["places"], here, "place")
        yield from _ref(event.get("facility"), keys["facilities"], here, "facility")
        if not event.get("claims"):
            yield f"{here}: has no claim citing a source"
        for claim in event.get("claims", []):
            yield from _enum(claim, "stance", Stance, here)
            yield from _cite(claim, keys, texts, here)


def _keys(items: list[dict[str, Any]]) -> set[str]:
    return {item["key"] for item in items if item.get("key")}


def _enum(item: dict[str, Any], field: str, enum: type[StrEnum], where: str) -> Iterator[str]:
    value = item.get(field)
    if value not in (None, "") and value not in {member.value for member in enum}:
        yield f"{where}: {field} {value!r} is not one of {[m.value for m in enum]}"


def _ref(value: str | None, known: set[str], where: str, field: str) -> Iterator[str]:
    if value and value not in known:
        yield f"{where}: {field} {value!r} is not a known key"


def _date(value: str | None, qualifier: str | None, where: str) -> Iterator[str]:
    if value:
        try:
            parse_fuzzy_date(value, qualifier)
        except DateFormatError as error:
            yield f"{where}: {error}"


def _cite(
    item: dict[str, Any], keys: dict[str, set[str]], texts: dict[str, str], where: str
) -> Iterator[str]:
    if item.get("source") is None:
        return
    yield from _ref(item["source"], keys["sources"], where, "source")
    yield from _verbatim(item.get("quote"), item["source"], texts, where)


def _verbatim(
    quote: str | None, source: str | None, texts: dict[str, str], where: str
) -> Iterator[str]:
    text = texts.get(source or "")
    if quote and text and quote not in text:
        yield f"{where}: quote is not verbatim in source {source}: {quote[:80]!r}"

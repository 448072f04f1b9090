"""Writing the curated dataset (core.dataset) into the database.

Idempotent: every top-level record has a `key`; a record whose key exists is
left as it is (a curator may have edited it since), and a person's names,
events and claims are written only when the person is created. Running it
twice gives the same database as running it once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from victimsdb.core.dataset import Dataset, archive_text
from victimsdb.core.dates import parse_fuzzy_date
from victimsdb.core.vocabulary import ClaimField, DatePrecision
from victimsdb.web.records.models import (
    Claim,
    Event,
    Facility,
    FacilityName,
    Person,
    Place,
    PlaceName,
    Relationship,
    Source,
    Testimony,
)

CURATION = ("visibility", "disclosure", "verification", "publication")


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    def __str__(self) -> str:
        if not self.created:
            return "nothing new: the dataset was already loaded"
        return ", ".join(f"{n} {kind}" for kind, n in sorted(self.created.items())) + " created"


@transaction.atomic
def load_dataset(data: Dataset, collected_by: str = "victimsdb demo") -> LoadReport:
    """Create every record of the dataset that is not in the database yet."""
    report = LoadReport()
    sources = {s["key"]: _source(s, collected_by, report) for s in data["sources"]}
    places: dict[str, Place] = {}
    for item in data["places"]:
        places[item["key"]] = _place(item, places, report)
    facilities = {f["key"]: _facility(f, places, report) for f in data["facilities"]}
    refs = _Refs(sources, places, facilities)
    persons = {p["key"]: _person(p, refs, report) for p in data["persons"]}
    for item in data["relationships"]:
        _relationship(item, persons, sources, report)
    for item in data["testimonies"]:
        _testimony(item, persons, sources, report)
    return report


@dataclass
class _Refs:
    sources: dict[str, Source]
    places: dict[str, Place]
    facilities: dict[str, Facility]


def _curation(item: dict[str, Any]) -> dict[str, Any]:
    return {name: item[name] for name in CURATION if item.get(name)}


def _day(value: str | None, qualifier: str | None = None) -> tuple[date | None, str, str]:
    if not value:
        return None, "", "exact"
    fuzzy = parse_fuzzy_date(value, qualifier)
    return fuzzy.start, fuzzy.precision.value, fuzzy.qualifier.value


def _source(item: dict[str, Any], collected_by: str, report: LoadReport) -> Source:
    existing = Source.all_objects.filter(key=item["key"]).first()
    if existing:
        return existing
    published, precision, _ = _day(item.get("published"))
    source = Source(
        key=item["key"],
        kind=item.get("kind", "news_article"),
        title=item.get("title", ""),
        outlet=item.get("outlet") or "",
        author=item.get("author") or "",
        published_date=published,
        published_precision=precision,
        language=item.get("language") or "",
        url=item.get("url") or "",
        reliability=item.get("reliability") or "",
        collected_by=collected_by,
        **_curation(item),
    )
    text = archive_text(item)
    if text:
        content = text.encode("utf-8")
        source.sha256 = hashlib.sha256(content).hexdigest()
        source.archived_at = timezone.now()
        source.archive.save(f"{source.sha256}.txt", ContentFile(content), save=False)
    source.save()
    report.count("sources")
    return source


def _place(item: dict[str, Any], places: dict[str, Place], report: LoadReport) -> Place:
    existing = Place.all_objects.filter(key=item["key"]).first()
    if existing:
        return existing
    place = Place.objects.create(
        key=item["key"],
        kind=item.get("kind") or "",
        parent=places.get(item.get("parent") or ""),
        latitude=item.get("lat"),
        longitude=item.get("lon"),
    )
    for name in item.get("names", []):
        PlaceName.objects.create(place=place, text=name["text"], language=name.get("lang", ""))
    report.count("places")
    return place


def _facility(item: dict[str, Any], places: dict[str, Place], report: LoadReport) -> Facility:
    existing = Facility.all_objects.filter(key=item["key"]).first()
    if existing:
        return existing
    facility = Facility.objects.create(
        key=item["key"],
        kind=item.get("kind") or "other",
        place=places.get(item.get("place") or ""),
    )
    for name in item.get("names", []):
        FacilityName.objects.create(
            facility=facility, text=name["text"], language=name.get("lang", "")
        )
    report.count("facilities")
    return facility


def _person(item: dict[str, Any], refs: _Refs, report: LoadReport) -> Person:
    existing = Person.all_objects.filter(key=item["key"]).first()
    if existing:
        return existing
    person = Person.objects.create(
        key=item["key"],
        role=item["role"],
        gender=item.get("gender") or "unknown",
        birth_year=item.get("birth_year"),
        birth_year_approximate=bool(item.get("birth_year_approximate")),
        ethnicity=item.get("ethnicity") or "unknown",
        citizenships=item.get("citizenships") or [],
        hometown=refs.places.get(item.get("hometown") or ""),
        occupation=item.get("occupation") or "",
        summary=item.get("summary") or "",
        **_curation(item),
    )
    for name in item.get("names", []):
        _name(person, name, refs)
    for claim in item.get("claims", []):
        _claim(person, claim, refs, field=claim.get("field", "other"), value=claim.get("value"))
    for event in item.get("events", []):
        _event(person, event, refs)
    report.count("persons")
    return person


def _name(person: Person, item: dict[str, Any], refs: _Refs) -> None:
    source = refs.sources.get(item.get("source") or "")
    name = person.names.create(
        text=item["text"],
        script=item.get("script") or "",
        language=item.get("lang") or "",
        kind=item.get("kind") or "alias",
        source=source,
    )
    if source is not None:
        Claim.objects.create(
            person=person,
            source=source,
            field=ClaimField.NAME,
            value=name.text,
            name=name,
            quote=item.get("quote") or "",
        )


def _claim(person: Person, item: dict[str, Any], refs: _Refs, **fields: Any) -> None:
    Claim.objects.create(
        person=person,
        source=refs.sources[item["source"]],
        quote=item.get("quote") or "",
        stance=item.get("stance") or "asserts",
        **{key: value if value is not None else "" for key, value in fields.items()},
    )


def _event(person: Person, item: dict[str, Any], refs: _Refs) -> None:
    start, start_precision, start_qualifier = _day(item.get("start"), item.get("start_qualifier"))
    end, end_precision, end_qualifier = _day(item.get("end"), item.get("end_qualifier"))
    event = Event.objects.create(
        person=person,
        type=item["type"],
        start_date=start,
        start_precision=start_precision,
        start_qualifier=start_qualifier,
        end_date=end,
        end_precision=end_precision,
        end_qualifier=end_qualifier,
        place=refs.places.get(item.get("place") or ""),
        facility=refs.facilities.get(item.get("facility") or ""),
        charge=item.get("charge") or "",
        sentence_years=item.get("sentence_years"),
        description=item.get("description") or "",
        **_curation(item),
    )
    for claim in item.get("claims", []):
        _claim(person, claim, refs, field=ClaimField.EVENT, event=event, value=None)


def _relationship(
    item: dict[str, Any], persons: dict[str, Person], sources: dict[str, Source], report: LoadReport
) -> None:
    person, other = persons[item["person"]], persons[item["other"]]
    if Relationship.all_objects.filter(person=person, other=other).exists():
        return
    source = sources.get(item.get("source") or "")
    Relationship.objects.create(person=person, other=other, kind=item["relation"], source=source)
    if source is not None and item.get("quote"):
        Claim.objects.create(
            person=person,
            source=source,
            field=ClaimField.RELATIONSHIP,
            value=item["relation"],
            quote=item["quote"],
        )
    report.count("relationships")


def _testimony(
    item: dict[str, Any], persons: dict[str, Person], sources: dict[str, Source], report: LoadReport
) -> None:
    victim, testifier = persons[item["victim"]], persons[item["testifier"]]
    source = sources.get(item.get("source") or "")
    if Testimony.all_objects.filter(victim=victim, testifier=testifier, source=source).exists():
        return
    day, precision, _ = _day(item.get("date"))
    Testimony.objects.create(
        victim=victim,
        testifier=testifier,
        relation=item.get("relation") or "",
        date=day,
        date_precision=precision or DatePrecision.DAY.value if day else "",
        language=item.get("language") or "",
        summary=item.get("summary") or "",
        transcript=item.get("transcript") or "",
        source=source,
        consent_publish_name=item.get("disclosure") == "full",
        **_curation(item),
    )
    report.count("testimonies")

"""The public document of an entry: one source of truth for its page and its JSON.

Built only from records that `policy` lets through. When an entry's
disclosure is not "full", nothing that could name the person leaves here:
no names, no summary, no quotes or transcripts, no source titles or links,
only structured facts under a neutral label.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, prefetch_related_objects

from victimsdb.core.dates import FuzzyDate
from victimsdb.core.disclosure import Identity, public_label, shows_names
from victimsdb.core.intake.granularity import coarsen
from victimsdb.core.vocabulary import (
    DatePrecision,
    DateQualifier,
    Disclosure,
    Ethnicity,
    Gender,
    NameKind,
    PlaceGranularity,
    Publication,
    Stance,
    Visibility,
)
from victimsdb.web.public.policy import is_public, public_related
from victimsdb.web.records.models import Claim, Event, Facility, Name, Person, Place, Source

Document = dict[str, Any]


def entry_summary(person: Person, match: Document | None = None) -> Document:
    """The short form of an entry used in lists and search results (with how it matched)."""
    return entry_summaries([person], [match])[0]


def entry_summaries(
    persons: Sequence[Person], matches: Sequence[Document | None] | None = None
) -> list[Document]:
    """The short forms of many entries, their public names, places and sources read at once
    (a page of a list costs a handful of queries, not a handful per entry)."""
    loaded = _Loaded.of(persons)
    return [
        _summary(person, loaded, match)
        for person, match in zip(persons, matches or [None] * len(persons), strict=True)
    ]


def _summary(person: Person, loaded: _Loaded, match: Document | None) -> Document:
    identifying = shows_names(Disclosure(person.disclosure))
    names = loaded.names.get(person.pk, [])
    hometown = _coarse(loaded.places.get(person.hometown_id or 0), person)
    summary = {
        "entry_no": person.entry_no,
        "label": _label_of(person, names, hometown),
        "names": [_name(name) for name in names] if identifying else [],
        "gender": person.gender,
        "birth_year": person.birth_year,
        "ethnicity": person.ethnicity,
        "status": person.status,
        "verification": person.verification,
        "hometown": _place(hometown),
        "sources": [_source(source, identifying) for source in loaded.cited.get(person.pk, [])],
    }
    if match is not None:
        summary["match"] = match
    return summary


@dataclass(frozen=True)
class _Loaded:
    """What the summaries of some persons show, read in a few queries."""

    names: dict[int, list[Name]]
    places: dict[int, Place]
    cited: dict[int, list[Source]]

    @classmethod
    def of(cls, persons: Sequence[Person]) -> _Loaded:
        ids = [person.pk for person in persons]
        names: dict[int, list[Name]] = defaultdict(list)
        for name in public_related(Name.objects.filter(person_id__in=ids)).order_by("pk"):
            names[name.person_id].append(name)
        places = _with_lineage({p.hometown_id for p in persons if p.hometown_id is not None})
        return cls(names, places, _cited(ids))


_LINEAGE = ["parent", "parent__parent", "parent__parent__parent", "parent__parent__parent__parent"]


def _with_lineage(ids: set[int]) -> dict[int, Place]:
    """Places with their ancestors and every one's names loaded (two queries)."""
    if not ids:
        return {}
    places = Place.objects.select_related(*_LINEAGE).in_bulk(ids)
    # Every instance: select_related builds one per chain, even for the same place.
    prefetch_related_objects(
        [node for place in places.values() for node in place.lineage()], "names"
    )
    return places


def _cited(person_ids: list[int]) -> dict[int, list[Source]]:
    """Per person, the public sources their public claims cite (on public events, or none)."""
    public_event = Q(
        event__visibility=Visibility.PUBLIC,
        event__publication=Publication.PUBLISHED,
        event__deleted_at__isnull=True,
    )
    claims = public_related(Claim.objects.filter(person_id__in=person_ids)).filter(
        Q(event__isnull=True) | public_event
    )
    pairs = set(claims.values_list("person_id", "source_id"))
    sources = public_related(Source.objects.filter(pk__in={source for _, source in pairs}))
    found = sources.in_bulk()
    cited: dict[int, list[Source]] = defaultdict(list)
    for person_id, source_id in pairs:
        if source_id in found:
            cited[person_id].append(found[source_id])
    return {person: _ordered({s.pk: s for s in listed}) for person, listed in cited.items()}


def entry_document(person: Person) -> Document:
    """Everything the public may know of an entry."""
    identifying = shows_names(Disclosure(person.disclosure))
    document = entry_summary(person)
    sources: dict[int, Source] = {}
    document.update(
        citizenships=person.citizenships,
        occupation=person.occupation,
        summary=person.summary if identifying else "",
        events=[_event(event, identifying, sources) for event in _events(person)],
        claims=[
            _claim(claim, identifying, sources)
            for claim in public_related(person.claims.filter(event__isnull=True)).select_related(
                "source", "name"
            )
            if is_public(claim.source) and (claim.name is None or identifying)
        ],
        testimonies=[_testimony(t, identifying, sources) for t in _testimonies(person)],
    )
    document["sources"] = [_source(source, identifying) for source in _ordered(sources)]
    return document


def _label_of(person: Person, names: list[Name], hometown: Place | None) -> str:
    identity = Identity(
        primary_name=_primary_of(names),
        gender=Gender(person.gender or Gender.UNKNOWN),
        ethnicity=Ethnicity(person.ethnicity or Ethnicity.UNKNOWN),
        birth_year=person.birth_year,
        place=str(hometown) if hometown else None,
    )
    return public_label(identity, Disclosure(person.disclosure))


def _primary_name(person: Person) -> str:
    return _primary_of(list(public_related(person.names.all())))


def _primary_of(names: list[Name]) -> str:
    primary = [name for name in names if name.kind == NameKind.PRIMARY]
    chosen = primary or names
    return chosen[0].text if chosen else ""


def _name(name: Name) -> Document:
    return {"text": name.text, "script": name.script, "language": name.language, "kind": name.kind}


def _events(person: Person) -> list[Event]:
    events = public_related(person.events.all()).select_related("place", "facility")
    return sorted(events, key=lambda event: (event.start_date is None, event.start_date, event.pk))


def _testimonies(person: Person) -> list[Any]:
    return list(public_related(person.testimonies.all()).select_related("testifier", "source"))


def _fuzzy(day: Any, precision: str, qualifier: str) -> Document | None:
    if day is None:
        return None
    fuzzy = FuzzyDate(
        day,
        DatePrecision(precision or DatePrecision.DAY),
        DateQualifier(qualifier or DateQualifier.EXACT),
    )
    return {"date": fuzzy.iso(), "qualifier": fuzzy.qualifier.value, "label": fuzzy.label()}


def _place(place: Place | None) -> Document | None:
    if place is None or not is_public(place):
        return None
    lineage = [node for node in place.lineage() if is_public(node)]
    return {"name": str(place), "within": [str(node) for node in lineage[1:]]}


def _coarse(place: Place | None, person: Person) -> Place | None:
    """The place as precisely as the person's consent allows (and only if public)."""
    if place is None:
        return None
    granularity = PlaceGranularity(person.place_granularity or PlaceGranularity.COUNTY)
    lineage = [node for node in place.lineage() if is_public(node)]
    return coarsen(lineage, lambda node: node.kind, granularity)


def _facility(facility: Facility | None) -> Document | None:
    if facility is None or not is_public(facility):
        return None
    return {"name": str(facility), "kind": facility.kind, "place": _place(facility.place)}


def _event(event: Event, identifying: bool, sources: dict[int, Source]) -> Document:
    claims = public_related(event.claims.all()).select_related("source")
    return {
        "type": event.type,
        "start": _fuzzy(event.start_date, event.start_precision, event.start_qualifier),
        "end": _fuzzy(event.end_date, event.end_precision, event.end_qualifier),
        "place": _place(_coarse(event.place, event.person)),
        "facility": _facility(event.facility),
        "charge": event.charge,
        "sentence_years": float(event.sentence_years) if event.sentence_years else None,
        "description": event.description if identifying else "",
        "disputed": any(claim.stance == Stance.DISPUTES for claim in claims),
        "claims": [_claim(c, identifying, sources) for c in claims if is_public(c.source)],
    }


def _claim(claim: Any, identifying: bool, sources: dict[int, Source]) -> Document:
    sources[claim.source.pk] = claim.source
    return {
        "field": claim.field,
        "value": claim.value if identifying or claim.name_id is None else "",
        "stance": claim.stance,
        "quote": claim.quote if identifying else "",
        "source": claim.source.pk,
    }


def _testimony(testimony: Any, identifying: bool, sources: dict[int, Source]) -> Document:
    if testimony.source is not None and is_public(testimony.source):
        sources[testimony.source.pk] = testimony.source
    testifier = testimony.testifier
    named = (
        identifying
        and testimony.disclosure == Disclosure.FULL
        and testifier is not None
        and testifier.visibility == Visibility.PUBLIC
        and testifier.disclosure == Disclosure.FULL
    )
    return {
        "testifier": _primary_name(testifier) if named else "anonymous",
        "relation": testimony.relation,
        "date": _fuzzy(testimony.date, testimony.date_precision, DateQualifier.EXACT),
        "language": testimony.language,
        "summary": testimony.summary if identifying else "",
        "transcript": testimony.transcript if identifying else "",
        "source": testimony.source.pk if testimony.source and is_public(testimony.source) else None,
    }


def _source(source: Source, identifying: bool) -> Document:
    return {
        "id": source.pk,
        "kind": source.kind,
        "title": source.title if identifying else "",
        "outlet": source.outlet,
        "author": source.author if identifying else "",
        "published": _fuzzy(source.published_date, source.published_precision, DateQualifier.EXACT),
        "url": source.url if identifying else "",
        "sha256": source.sha256 if identifying else "",
    }


def _ordered(sources: dict[int, Source]) -> list[Source]:
    return sorted(
        sources.values(), key=lambda s: (s.published_date is None, s.published_date, s.pk)
    )

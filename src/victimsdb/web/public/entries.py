"""The public document of an entry: one source of truth for its page and its JSON.

Built only from records that `policy` lets through. When an entry's
disclosure is not "full", nothing that could name the person leaves here:
no names, no summary, no occupation, no quotes or testimonies' words, no
source titles or links, no testifier's name, only structured facts under a
neutral label. Places are as coarse as the person's consent asks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from victimsdb.core.dates import FuzzyDate
from victimsdb.core.disclosure import Identity, byline, public_label, shows_names
from victimsdb.core.intake.granularity import coarsen
from victimsdb.core.vocabulary import (
    DatePrecision,
    DateQualifier,
    Disclosure,
    Ethnicity,
    Gender,
    NameKind,
    PlaceGranularity,
    Stance,
)
from victimsdb.web.public.placetree import PlaceNode, Tree, place_tree, public_place
from victimsdb.web.public.policy import (
    claim_shows,
    facility_shown,
    is_public,
    public_claims,
    public_related,
    shows_testimony_words,
    testifier_disclosure,
)
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
    hometown = public_place(loaded.places, person.hometown_id, person.place_granularity)
    summary = {
        "entry_no": person.entry_no,
        "label": _label_of(person, names, hometown[0].label if hometown else None),
        "names": [_name(name) for name in names] if identifying else [],
        "gender": person.gender,
        "birth_year": person.birth_year,
        "ethnicity": person.ethnicity,
        "status": person.status,
        "verification": person.verification,
        "hometown": _place_of(hometown),
        "sources": [
            {**_source(source, identifying), **({} if identifying else {"id": number})}
            for number, source in enumerate(loaded.cited.get(person.pk, []), 1)
        ],
    }
    if match is not None:
        summary["match"] = match
    return summary


@dataclass(frozen=True)
class _Loaded:
    """What the summaries of some persons show, read in a few queries."""

    names: dict[int, list[Name]]
    places: Tree
    cited: dict[int, list[Source]]

    @classmethod
    def of(cls, persons: Sequence[Person]) -> _Loaded:
        ids = [person.pk for person in persons]
        names: dict[int, list[Name]] = defaultdict(list)
        for name in public_related(Name.objects.filter(person_id__in=ids)).order_by("pk"):
            names[name.person_id].append(name)
        places = place_tree()
        return cls(names, places, _cited(persons, places))


def _place_of(shown: list[PlaceNode]) -> Document | None:
    """A place shown (its public lineage, as coarse as consent asks) as the documents give it."""
    if not shown:
        return None
    return {"name": shown[0].label, "within": [node.label for node in shown[1:]]}


def _cited(persons: Sequence[Person], places: Tree) -> dict[int, list[Source]]:
    """Per person, the sources of the claims their entry document shows (policy decides)."""
    by_id = {person.pk: person for person in persons}
    claims = public_claims(Claim.objects.filter(person_id__in=list(by_id)))
    pairs = set()
    for person_id, source_id, field in claims.values_list("person_id", "source_id", "field"):
        person = by_id[person_id]
        shown = public_place(places, person.hometown_id, person.place_granularity)
        as_recorded = bool(shown) and shown[0].id == person.hometown_id
        shows = claim_shows(Claim(field=field), Disclosure(person.disclosure), as_recorded)
        if any(shows):
            pairs.add((person_id, source_id))
    found = Source.objects.in_bulk({source for _, source in pairs})
    cited: dict[int, dict[int, Source]] = defaultdict(dict)
    for person_id, source_id in pairs:
        cited[person_id][source_id] = found[source_id]
    return {person: _ordered(sources) for person, sources in cited.items()}


def entry_document(person: Person) -> Document:
    """Everything the public may know of an entry."""
    shown = _Shown(person)
    document = entry_summary(person)
    claims = public_claims(person.claims.filter(event__isnull=True)).select_related("source")
    document.update(
        citizenships=person.citizenships,
        occupation=person.occupation if shown.names else "",
        summary=person.summary if shown.names else "",
        events=[_event(event, shown) for event in _events(person)],
        claims=[_claim(claim, shown) for claim in claims if claim.name_id is None or shown.names],
        testimonies=[_testimony(t, shown) for t in _testimonies(person)],
    )
    document["sources"] = [_source(source, shown.names) for source in _ordered(shown.sources)]
    return document if shown.names else _renumbered(document)


def _renumbered(document: Document) -> Document:
    """An entry without names numbers its sources 1, 2, 3... instead of by their ids: an id
    seen again on a named entry citing the same article would say whose entry this is."""
    local = {source["id"]: number for number, source in enumerate(document["sources"], 1)}
    for source in document["sources"]:
        source["id"] = local[source["id"]]
    cited = [*document["claims"], *document["testimonies"]]
    cited += [claim for event in document["events"] for claim in event["claims"]]
    for item in cited:
        item["source"] = local.get(item["source"])
    return document


class _Shown:
    """What one entry's document may show, and the sources it cites so far."""

    def __init__(self, person: Person):
        self.disclosure = Disclosure(person.disclosure)
        self.names = shows_names(self.disclosure)
        hometown = person.hometown  # claims about an unplaced hometown may say anything
        self.hometown_as_recorded = hometown is not None and _coarse(hometown, person) == hometown
        self.sources: dict[int, Source] = {}


def _label_of(person: Person, names: list[Name], hometown: str | None) -> str:
    identity = Identity(
        primary_name=_primary_of(names),
        gender=Gender(person.gender or Gender.UNKNOWN),
        ethnicity=Ethnicity(person.ethnicity or Ethnicity.UNKNOWN),
        birth_year=person.birth_year,
        place=hometown,
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
    events = public_related(person.events.all()).select_related(
        "place", "facility__place", "person"
    )
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


def _facility(facility: Facility | None, person: Person) -> Document | None:
    """A facility as the entry's consent lets it show: named only when its place is no
    more precise than the consent allows, else its kind and the allowed place."""
    if facility is None or not is_public(facility):
        return None
    place = _place(_coarse(facility.place, person))
    if not facility_shown(facility, person.place_granularity):
        return {"name": "", "kind": facility.kind, "place": place}
    return {"name": str(facility), "kind": facility.kind, "place": place}


def _event(event: Event, shown: _Shown) -> Document:
    claims = public_claims(event.claims.all()).select_related("source")
    return {
        "type": event.type,
        "start": _fuzzy(event.start_date, event.start_precision, event.start_qualifier),
        "end": _fuzzy(event.end_date, event.end_precision, event.end_qualifier),
        "place": _place(_coarse(event.place, event.person)),
        "facility": _facility(event.facility, event.person),
        "charge": event.charge,
        "sentence_years": float(event.sentence_years) if event.sentence_years else None,
        "description": event.description if shown.names else "",
        "disputed": any(claim.stance == Stance.DISPUTES for claim in claims),
        "claims": [_claim(claim, shown) for claim in claims],
    }


def _claim(claim: Any, shown: _Shown) -> Document:
    value, quote = claim_shows(claim, shown.disclosure, shown.hometown_as_recorded)
    if value or quote:  # a claim that shows nothing cites nothing (its source may place)
        shown.sources[claim.source.pk] = claim.source
    return {
        "field": claim.field,
        "value": claim.value if value else "",
        "stance": claim.stance,
        "quote": claim.quote if quote else "",
        "source": claim.source.pk if value or quote else None,
    }


def _testimony(testimony: Any, shown: _Shown) -> Document:
    words = shows_testimony_words(testimony, shown.disclosure)
    source = testimony.source if words and is_public(testimony.source) else None
    if source is not None:
        shown.sources[source.pk] = source
    testifier = testimony.testifier
    named = testifier_disclosure(testimony, shown.disclosure)
    return {
        "testifier": byline(_primary_name(testifier) if testifier else "", named),
        "relation": testimony.relation,
        "date": _fuzzy(testimony.date, testimony.date_precision, DateQualifier.EXACT),
        "language": testimony.language,
        "summary": testimony.summary if words else "",
        "transcript": testimony.transcript if words else "",
        "translation": testimony.translation if words else "",
        "source": source.pk if source else None,
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

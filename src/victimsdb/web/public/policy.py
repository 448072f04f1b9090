"""What the public may see. Every public page and API response goes through here.

A person is public when they are a case subject (victim, at risk, persecuted
abroad), visible to the public, published, not deleted and not merged into
another entry. A record attached to a public person (a name, an event, a
claim, a testimony, a source) is shown only when it is itself public and
published; a claim also needs its source, and the name or event it is about,
to be public (a claim about a withheld name would repeat it).

Testifiers are never entries. A testimony names its testifier only when the
testifier consented (`consent_publish_name`) and is a public person, and then
no more than the strictest of the entry's, the testimony's and the
testifier's own disclosure allows. The testifier's words (summary, transcript,
translation) and the testimony's source are shown only with that consent and
only on an entry that shows names: a verbatim account points at its speaker
as surely as a name.

Places follow the person's consent (`place_granularity`): the hometown and
event places are coarsened (`entries`), and a claim about the hometown shows
only where the hometown shows as recorded. Free text a curator publishes on
an entry that shows names (its summary, event descriptions, quotes) is the
curator's to word; on an entry without names none of it is shown, nor the
occupation, nor any claim's quote, nor the value of a claim that is not a
year, a country or a vocabulary word.

Contact details, precise locations, staff notes, photos (no public output
shows one; `consent_publish_photo` will decide when one does), relationships,
advocacy actions, evidence and reports never leave staff pages.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from victimsdb.core.disclosure import strictest
from victimsdb.core.intake.granularity import consents_to
from victimsdb.core.vocabulary import (
    CASE_ROLES,
    ClaimField,
    Disclosure,
    PlaceKind,
    Publication,
    Visibility,
)
from victimsdb.web.records.models import Claim, Name, Person, Testimony

_PUBLIC_FIELDS: dict[str, object] = {
    "visibility": Visibility.PUBLIC,
    "publication": Publication.PUBLISHED,
    "deleted_at__isnull": True,
}
PUBLIC = Q(**_PUBLIC_FIELDS)
PUBLIC_ENTRY = PUBLIC & Q(merged_into__isnull=True, role__in=sorted(CASE_ROLES))
"""A public entry; it also reads a person's history rows (when an entry became public)."""


def public_persons() -> QuerySet[Person]:
    """The entries anyone may see."""
    return Person.objects.filter(PUBLIC_ENTRY)


def is_withdrawn(entry_no: int) -> bool:
    """Whether this entry number was public once and is now withdrawn (410 Gone).

    Only once public: a 410 for an entry nobody ever saw would tell a visitor that
    a case exists under that number (404 says nothing)."""
    person = Person.objects.filter(
        entry_no=entry_no, publication=Publication.WITHDRAWN, role__in=list(CASE_ROLES)
    ).first()
    return person is not None and person.history.filter(PUBLIC_ENTRY).exists()


def public_related(queryset: QuerySet[Any]) -> QuerySet[Any]:
    """Only the public, published, live records of a related queryset."""
    return queryset.filter(PUBLIC)


def public_through(relation: str) -> Q:
    """The records whose `relation` (a foreign key) points at a public record."""
    return Q(**{f"{relation}__{field}": value for field, value in _PUBLIC_FIELDS.items()})


def public_claims(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """The public claims whose source is public, and whose name or event, if any, too."""
    return public_related(claims).filter(
        public_through("source"),
        Q(name__isnull=True) | public_through("name"),
        Q(event__isnull=True) | public_through("event"),
    )


STRUCTURED_CLAIMS = frozenset(
    {
        ClaimField.GENDER,
        ClaimField.BIRTH_YEAR,
        ClaimField.ETHNICITY,
        ClaimField.CITIZENSHIP,
        ClaimField.STATUS,
    }
)
"""Claims whose value is a vocabulary word, a country code or a year: they name nobody."""


def claim_shows(claim: Claim, entry: Disclosure, hometown_as_recorded: bool) -> tuple[bool, bool]:
    """Whether a public claim's value, and its quote, may show on this entry.

    An entry without names shows only the values of structured claims and no
    quote. A claim about the hometown shows nothing unless the entry shows
    the hometown as precisely as it is recorded: its words may place the
    person more precisely than the consent allows.
    """
    if claim.field == ClaimField.HOMETOWN and not hometown_as_recorded:
        return False, False
    if entry is Disclosure.FULL:
        return True, True
    return claim.field in STRUCTURED_CLAIMS, False


def testifier_disclosure(testimony: Testimony, entry: Disclosure) -> Disclosure:
    """How a public testimony may name its testifier (see the module's docstring)."""
    testifier = testimony.testifier
    if not testimony.consent_publish_name or testifier is None or not is_public(testifier):
        return Disclosure.ANONYMOUS
    return strictest(entry, Disclosure(testimony.disclosure), Disclosure(testifier.disclosure))


def shows_testimony_words(testimony: Testimony, entry: Disclosure) -> bool:
    """Whether a public testimony's summary, transcript, translation and source may show."""
    return entry is Disclosure.FULL and testimony.consent_publish_name


def is_public(record: Any) -> bool:
    """Whether one already-loaded record may be shown publicly."""
    return bool(
        record is not None
        and record.visibility == Visibility.PUBLIC
        and record.publication == Publication.PUBLISHED
        and record.deleted_at is None
    )


def searchable_by_public(person: Person, name: Name) -> bool:
    """Whether public search may find this person by this name: both are public, and the
    entry's disclosure lets its names be shown (an anonymous entry is never found by name)."""
    return (
        is_public(person)
        and is_public(name)
        and person.merged_into_id is None
        and person.role in CASE_ROLES
        and person.disclosure == Disclosure.FULL
    )


def facility_shown(facility: Any, granularity: str) -> bool:
    """Whether an entry whose consent places it at this granularity may name a facility it
    was held in: the facility's place must be no more precise than the consent allows
    (a camp in a township names the township). A facility nobody has placed shows."""
    place = facility.place if facility is not None else None
    return place is None or (granularity or "") in consents_to(place.kind)


def consented_facilities() -> Q:
    """The events (of public entries) whose facility the person's consent lets a public
    count or filter name: `facility_shown` as a query."""
    allowed = Q(facility__place__isnull=True)
    for kind in [*(kind.value for kind in PlaceKind), ""]:
        allowed |= Q(
            facility__place__kind=kind, person__place_granularity__in=sorted(consents_to(kind))
        )
    return allowed

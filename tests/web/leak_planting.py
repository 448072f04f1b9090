"""What the leak test plants: a secret in every confidential field and every non-public record.

`plant(make_curator)` adds, next to the demo dataset:

- **a public entry** (the host) whose confidential fields hold secrets
  (contact, precise location, staff notes, photo file name, a change reason)
  and which carries non-public records: restricted, confidential, draft and
  deleted names, events, claims and testimonies; a claim about a withheld
  name; a claim citing a restricted source; an event at a restricted place
  and facility; a hometown village, and an event there, that its consent
  (county) does not let us show;
  evidence, advocacy, a relationship to a relative; a testimony recorded at
  intake (confidential testifier, contact, relationship, interview source);
  a public testimony whose testifier did not consent; and a report linked to
  it, whose additions are drafts;
- **entries that are not public**, one for every way an entry stops being
  public (tests/web/hiding.py), plus one withdrawn through the workflow and
  one drafted from a report: names in two scripts, summary, occupation,
  notes, event, claim, testimony, a village;
- **entries that are public without names** (anonymous, taken down through
  the workflow, and initials): names, summary, occupation, quotes, their
  own sources' titles, authors and links, testimonies, a village and an
  event there (consent: prefecture);
- **reports** from the public API with every field secret, one untouched
  (with a file), one drafted into an entry, one linked to the host;
- staff: the curator's user name and the reasons of their steps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.test import Client
from django.utils import timezone

from victimsdb.core.intake.workflow import Step
from victimsdb.core.vocabulary import Disclosure, EventType, PlaceGranularity
from victimsdb.web.evidence.models import Evidence
from victimsdb.web.intake import review
from victimsdb.web.intake.drafting import draft_entry, link_entry
from victimsdb.web.intake.models import Report, ReportFile, TestimonyFile
from victimsdb.web.intake.recording import Sitting, record_testimony
from victimsdb.web.records.models import (
    AdvocacyAction,
    Claim,
    Event,
    Facility,
    Name,
    Person,
    Place,
    Relationship,
    Source,
    Testimony,
)

from .hiding import HIDING, hide
from .leak_secrets import Secrets

FAKE_SHA256 = "0" * 64


@dataclass
class Planted:
    """The secrets, and the entries the public must not reach."""

    secrets: Secrets
    host: Person
    hidden: dict[int, str] = field(default_factory=dict)  # entry number -> how it is hidden
    withdrawn: set[int] = field(default_factory=set)

    def hide(self, person: Person, how: str) -> None:
        self.hidden[person.entry_no] = how
        if how == "withdrawn":
            self.withdrawn.add(person.entry_no)


def plant(make_curator: Callable[[str], Any]) -> Planted:
    """Plant every secret (see the module's docstring); return what was planted.
    `make_curator(username)` makes the curator who works the workflow."""
    secrets = Secrets()
    curator = make_curator(secrets.sentinel("staff user name"))
    tekes = Place.objects.get(key="cn-tekes")
    source = Source.objects.create(title="A public article", outlet="Public Outlet")
    host = _host(secrets, tekes, source)
    planted = Planted(secrets, host)
    _host_records(secrets, host, tekes, source)
    _intake(secrets, host, curator)
    for how in HIDING:
        hidden = _entry(secrets, f"hidden {how}", source)
        hide(hidden, how)
        planted.hide(hidden, how)
    withdrawn = _entry(secrets, "withdrawn through the workflow", source)
    review.withdraw(withdrawn, curator, secrets.sentinel("step.reason (withdrawal)"))
    planted.hide(withdrawn, "withdrawn")
    anonymised = _entry(secrets, "taken down", source, own_source=True)
    review.anonymise(anonymised, curator, secrets.sentinel("step.reason (names taken down)"))
    for disclosure in (Disclosure.ANONYMOUS, Disclosure.INITIALS):
        _entry(secrets, f"shown {disclosure.value}", source, own_source=True, disclosure=disclosure)
    drafted = _reports(secrets, host, curator)
    planted.hide(drafted, "drafted from a report")
    return planted


def _host(secrets: Secrets, tekes: Place, source: Source) -> Person:
    village = Place.objects.create(kind="village", parent=tekes)
    village.names.create(text=secrets.sentinel("host: hometown village (consent: county)"))
    host = Person.objects.create(
        publication="published",
        gender="female",
        ethnicity="kazakh",
        birth_year=1975,
        hometown=village,
        place_granularity=PlaceGranularity.COUNTY,
        contact=secrets.sentinel("person.contact"),
        location_detail=secrets.sentinel("person.location_detail"),
        notes=secrets.sentinel("person.notes"),
        photo=f"photos/{secrets.sentinel('person.photo (no consent)')}.jpg",
    )
    host.names.create(text="Hostbek Publiculy", kind="primary", source=source)
    Event.objects.create(person=host, type="disappearance", place=village)  # shown as Tekes
    host._change_reason = secrets.sentinel("history: change reason")  # type: ignore[attr-defined]
    host.save()
    return host


def _host_records(secrets: Secrets, host: Person, tekes: Place, source: Source) -> None:
    _withheld_names(secrets, host, source)
    _withheld_events(secrets, host, tekes)
    _withheld_claims(secrets, host, source)
    _withheld_testimonies(secrets, host)
    _staff_records(secrets, host)


def _withheld_names(secrets: Secrets, host: Person, source: Source) -> None:
    for state in ({"visibility": "restricted"}, {"visibility": "confidential"}):
        name = host.names.create(
            text=secrets.name(f"host: {state['visibility']} name"), source=source, **state
        )
        Claim.objects.create(  # public, but about a withheld name: it would repeat it
            person=host,
            source=source,
            field="name",
            name=name,
            value=name.text,
            quote=secrets.sentinel(f"claim quote about a {state['visibility']} name"),
        )
    host.names.create(text=secrets.name("host: draft name"), publication="draft")
    host.names.create(text=secrets.name("host: deleted name")).soft_delete("test")


def _withheld_events(secrets: Secrets, host: Person, tekes: Place) -> None:
    township = Place.objects.create(kind="township", parent=tekes, visibility="restricted")
    township.names.create(text=secrets.sentinel("place.name (restricted)"))
    facility = Facility.objects.create(kind="camp", place=tekes, visibility="restricted")
    facility.names.create(text=secrets.sentinel("facility.name (restricted)"))
    Event.objects.create(person=host, type="detention", place=township, facility=facility)
    for state in (
        {"visibility": "restricted"},
        {"visibility": "confidential"},
        {"publication": "draft"},
    ):
        label = next(iter(state.values()))
        Event.objects.create(
            person=host,
            type="camp_internment",
            description=secrets.sentinel(f"event.description ({label})"),
            charge=secrets.sentinel(f"event.charge ({label})"),
            **state,
        )
    deleted = Event.objects.create(
        person=host, type="release", description=secrets.sentinel("event.description (deleted)")
    )
    deleted.soft_delete("test")
    hidden_source = Source.objects.create(
        title=secrets.sentinel("source.title (restricted)"),
        outlet=secrets.sentinel("source.outlet (restricted)"),
        author=secrets.sentinel("source.author (restricted)"),
        url=f"https://example.org/{secrets.sentinel('source.url (restricted)')}",
        visibility="restricted",
    )
    Claim.objects.create(
        person=host,
        source=hidden_source,
        field="occupation",
        value=secrets.sentinel("claim.value (restricted source)"),
        quote=secrets.sentinel("claim.quote (restricted source)"),
    )


def _withheld_claims(secrets: Secrets, host: Person, source: Source) -> None:
    for state in ({"visibility": "restricted"}, {"publication": "draft"}):
        label = next(iter(state.values()))
        Claim.objects.create(
            person=host,
            source=source,
            field="occupation",
            value=secrets.sentinel(f"claim.value ({label})"),
            quote=secrets.sentinel(f"claim.quote ({label})"),
            **state,
        )
    Claim.objects.create(  # the hometown is shown as its county: the claim would say more
        person=host,
        source=source,
        field="hometown",
        value=secrets.sentinel("claim.value (hometown finer than consent)"),
        quote=secrets.sentinel("claim.quote (hometown finer than consent)"),
    )


def _withheld_testimonies(secrets: Secrets, host: Person) -> None:
    for state in ({"visibility": "restricted"}, {"publication": "draft"}):
        label = next(iter(state.values()))
        Testimony.objects.create(victim=host, **_words(secrets, f"testimony ({label})"), **state)
    unconsenting = _person(secrets, "testifier without consent", role="testifier")
    words = _words(secrets, "testimony (public, testifier did not consent)")
    _public_testimony(host, unconsenting, consent=False, **words)
    confidential = _person(
        secrets, "confidential testifier", role="testifier", visibility="confidential"
    )
    _public_testimony(host, confidential, transcript="He was taken away in the spring.")


def _public_testimony(
    victim: Person, testifier: Person, consent: bool = True, **fields: Any
) -> Testimony:
    """A published public testimony by a testifier who chose to be named, or not."""
    return Testimony.objects.create(
        victim=victim,
        testifier=testifier,
        relation="sister",
        visibility="public",
        disclosure="full",
        consent_publish_name=consent,
        **fields,
    )


def _staff_records(secrets: Secrets, host: Person) -> None:
    relative = _person(secrets, "relative (not an entry)", role="relative")
    Relationship.objects.create(person=relative, other=host, kind="sibling")
    AdvocacyAction.objects.create(
        person=host,
        target=secrets.sentinel("advocacy.target"),
        response=secrets.sentinel("advocacy.response"),
        outcome=secrets.sentinel("advocacy.outcome"),
    )
    Evidence.objects.create(
        sha256=FAKE_SHA256,
        media_type="image/jpeg",
        size=1,
        person=host,
        description=secrets.sentinel("evidence.description"),
        collected_by=secrets.sentinel("evidence.collected_by"),
        collected_at=timezone.now(),
        how=secrets.sentinel("evidence.how"),
    )


def _intake(secrets: Secrets, host: Person, curator: Any) -> None:
    """A relative's testimony about the host, recorded at the office as a volunteer would."""
    sitting = Sitting(
        victim=host,
        testifier_name=secrets.name("intake: testifier name"),
        testifier_contact=secrets.sentinel("intake: testifier contact"),
        relation="sibling",
        relation_detail=secrets.sentinel("intake: relation in words"),
        transcript=secrets.sentinel("intake: transcript"),
        language="kk",
        translation=secrets.sentinel("intake: translation"),
        day=date(2026, 1, 15),
        victim_disclosure=Disclosure.FULL,
        testifier_disclosure=Disclosure.ANONYMOUS,
        publish_photo=False,
        place_granularity=PlaceGranularity.COUNTY,
    )
    testimony = record_testimony(sitting, [], curator)
    TestimonyFile.objects.create(
        testimony=testimony,
        sha256=FAKE_SHA256,
        media_type="image/jpeg",
        size=1,
        name=secrets.sentinel("testimony file name"),
    )


def _entry(
    secrets: Secrets,
    label: str,
    source: Source,
    *,
    own_source: bool = False,
    disclosure: Disclosure = Disclosure.FULL,
) -> Person:
    """A published entry full of secrets: names in two scripts, summary, occupation, notes,
    an event, a claim, a testimony by a named testifier, a village it may not show."""
    village = Place.objects.create(kind="village", parent=Place.objects.get(key="cn-tekes"))
    village.names.create(text=secrets.sentinel(f"{label}: village (consent: prefecture)"))
    person = _person(
        secrets,
        label,
        disclosure=disclosure,
        summary=secrets.sentinel(f"{label}: summary"),
        occupation=secrets.sentinel(f"{label}: occupation"),
        hometown=village,
        place_granularity=PlaceGranularity.PREFECTURE,
    )
    if own_source:
        source = Source.objects.create(
            title=secrets.sentinel(f"{label}: source title"),
            author=secrets.sentinel(f"{label}: source author"),
            url=f"https://example.org/{secrets.sentinel(f'{label}: source url')}",
            outlet="Public Outlet",
        )
    event = Event.objects.create(
        person=person,
        type="detention",
        place=village,  # shown as its prefecture
        description=secrets.sentinel(f"{label}: event"),
    )
    Claim.objects.create(
        person=person,
        source=source,
        event=event,
        field="event",
        value=secrets.sentinel(f"{label}: claim value"),
        quote=secrets.sentinel(f"{label}: claim quote"),
    )
    testifier = _person(secrets, f"{label}: testifier", role="testifier")
    _public_testimony(person, testifier, source=source, **_words(secrets, f"{label}: testimony"))
    return person


def _person(secrets: Secrets, label: str, **fields: Any) -> Person:
    """A published public person with a Latin and a Cyrillic name, notes and contact secret."""
    person = Person.objects.create(
        **{
            "publication": "published",
            "gender": "female",
            "ethnicity": "kazakh",
            "birth_year": 1980,
            "notes": secrets.sentinel(f"{label}: notes"),
            "contact": secrets.sentinel(f"{label}: contact"),
            **fields,
        }
    )
    latin, cyrillic = secrets.name_in_two_scripts(f"{label}: name", f"{label}: Cyrillic name")
    Name.objects.create(person=person, text=latin, kind="primary")
    Name.objects.create(person=person, text=cyrillic)
    return person


def _words(secrets: Secrets, label: str) -> dict[str, str]:
    return {
        "summary": secrets.sentinel(f"{label} summary"),
        "transcript": secrets.sentinel(f"{label} transcript"),
        "translation": secrets.sentinel(f"{label} translation"),
    }


def _reports(secrets: Secrets, host: Person, curator: Any) -> Person:
    """Three reports from the public API: one untouched (with a file), one drafted into
    a new entry (returned), one linked to the host."""
    reports = [_report(secrets, label) for label in ("untouched", "drafted", "linked")]
    ReportFile.objects.create(
        report=reports[0],
        sha256=FAKE_SHA256,
        media_type="application/pdf",
        size=1,
        name=secrets.sentinel("report file name"),
    )
    for report in reports[1:]:
        review.move_report(
            report, Step.TRIAGE, curator, secrets.sentinel(f"triage reason {report.pk}")
        )
    link_entry(reports[2], host, EventType.DETENTION, curator)
    return draft_entry(reports[1], EventType.DISAPPEARANCE, curator)


def _report(secrets: Secrets, label: str) -> Report:
    names = secrets.name_in_two_scripts(
        f"report {label}: victim name", f"report {label}: victim Cyrillic name"
    )
    body = {
        "victim": {
            "names": list(names),
            "gender": "male",
            "birth_year": 1970,
            "ethnicity": "kazakh",
            "hometown": secrets.sentinel(f"report {label}: hometown"),
            "what_happened": secrets.sentinel(f"report {label}: what happened"),
            "when": secrets.sentinel(f"report {label}: when"),
            "where": secrets.sentinel(f"report {label}: where"),
        },
        "reporter": {
            "name": secrets.name(f"report {label}: reporter name"),
            "relation": secrets.sentinel(f"report {label}: reporter relation"),
            "contact": secrets.sentinel(f"report {label}: reporter contact"),
        },
        "consent": {"publish_name": False, "publish_photo": False},
    }
    response = Client().post("/api/v1/reports", body, content_type="application/json")
    assert response.status_code == 202, response.content
    return Report.objects.latest("id")

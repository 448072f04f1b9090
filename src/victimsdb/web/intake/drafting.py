"""Turning a triaged report into an entry: a new draft, or additions to an existing entry.

What the report says becomes records that cite it: names (script detected),
an event of the type the curator chose (date and place when the report gives
them in a readable form), and a claim holding the reporter's own words. The
report's Source is confidential (its author is the reporter), so those words
and the claim never reach a public page; the curator writes any public
description. Every added record is a draft until the entry is verified and
published. A new entry's disclosure follows the consent: the name is shown
only if the reporter allowed it.
"""

from __future__ import annotations

from django.db import transaction

from victimsdb.core.dates import DateFormatError, parse_fuzzy_date
from victimsdb.core.intake.workflow import ReportState, Step, report_after
from victimsdb.core.vocabulary import (
    ClaimField,
    DatePrecision,
    Disclosure,
    EventType,
    Publication,
    Role,
    SourceKind,
    Visibility,
)
from victimsdb.web.intake.models import Report
from victimsdb.web.intake.naming import add_names
from victimsdb.web.intake.steps import log_step, save_with_reason
from victimsdb.web.records.models import Claim, Event, Person, Source
from victimsdb.web.records.places import resolve_place


@transaction.atomic
def draft_entry(report: Report, event_type: EventType, by: object) -> Person:
    """A new draft entry from a triaged report, carrying its consent."""
    state = report_after(Step.DRAFT, ReportState(report.state))
    person = Person(
        role=Role.VICTIM,
        gender=report.gender,
        birth_year=report.birth_year,
        ethnicity=report.ethnicity,
        hometown=resolve_place(report.hometown) if report.hometown else None,
        disclosure=Disclosure.FULL if report.consent_publish_name else Disclosure.ANONYMOUS,
        consent_publish_photo=report.consent_publish_photo,
        publication=Publication.DRAFT,
    )
    save_with_reason(person, f"drafted from report {report.pk}")
    _attach(report, person, event_type, state, Step.DRAFT, by)
    return person


@transaction.atomic
def link_entry(report: Report, person: Person, event_type: EventType, by: object) -> None:
    """Add what a triaged report says to an existing entry, as drafts to verify."""
    state = report_after(Step.LINK, ReportState(report.state))
    _attach(report, person, event_type, state, Step.LINK, by)


def _attach(
    report: Report, person: Person, event_type: EventType, state: str, step: Step, by: object
) -> None:
    source = Source.objects.create(
        kind=SourceKind.WRITTEN_TESTIMONY,
        title=f"Report {report.pk} from the public form",
        visibility=Visibility.CONFIDENTIAL,
        language=report.language,
        published_date=report.submitted_at.date(),
        published_precision=DatePrecision.DAY,
        collected_by="public report form",
    )
    add_names(person, list(report.names), source)
    event = _event(report, person, event_type)
    Claim.objects.create(
        person=person,
        source=source,
        field=ClaimField.EVENT,
        event=event,
        value=" · ".join(t for t in (report.when_happened, report.where_happened) if t)[:500],
        quote=report.what_happened,
        visibility=Visibility.RESTRICTED,
    )
    if report.hometown:
        Claim.objects.create(
            person=person,
            source=source,
            field=ClaimField.HOMETOWN,
            value=report.hometown,
            visibility=Visibility.RESTRICTED,
        )
    report.person, report.source, report.state = person, source, state
    save_with_reason(report, f"{step.value}: entry {person.entry_no}")
    log_step(step, by, report=report, person=person)


def _event(report: Report, person: Person, event_type: EventType) -> Event:
    event = Event(person=person, type=event_type, publication=Publication.DRAFT)
    try:
        when = parse_fuzzy_date(report.when_happened)
        event.start_date, event.start_precision = when.start, when.precision.value
    except DateFormatError:
        pass  # free wording ("spring 2018") stays in the claim for the curator
    if report.where_happened:
        event.place = resolve_place(report.where_happened)
    save_with_reason(event, f"from report {report.pk}")
    return event

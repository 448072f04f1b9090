"""The review workflow's steps on reports and entries (rules: core.intake.workflow).

Each step checks that it may follow, changes the records with a versioned
save giving the reason, and writes a Step to the log. Verifying computes the
entry's grade from its sources (docs/methodology.md); records a report added
to the entry move with it: drafts to "in review" when verified, to
"published" when published.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from victimsdb.core.intake.grading import Grade
from victimsdb.core.intake.workflow import (
    ReportState,
    Step,
    WorkflowError,
    entry_after,
    report_after,
)
from victimsdb.core.vocabulary import Disclosure, Publication
from victimsdb.web.intake.grading import entry_grade
from victimsdb.web.intake.models import Report
from victimsdb.web.intake.steps import log_step, save_with_reason
from victimsdb.web.records.models import Event, Name, Person


@transaction.atomic
def move_report(report: Report, step: Step, by: Any, reason: str = "") -> None:
    """Triage, reject or reopen a report."""
    report.state = report_after(step, ReportState(report.state))
    save_with_reason(report, f"{step.value}: {reason}" if reason else step.value)
    log_step(step, by, report=report, reason=reason)


def pending(person: Person, state: Publication) -> list[Name | Event]:
    """The entry's names and events waiting in ``state`` (drafts or in review)."""
    return [
        *Name.objects.filter(person=person, publication=state),
        *Event.objects.filter(person=person, publication=state),
    ]


@transaction.atomic
def verify(person: Person, by: Any) -> Grade:
    """Grade the entry from its sources and send it (or its additions) to be published."""
    after = entry_after(Step.VERIFY, Publication(person.publication))
    drafts = pending(person, Publication.DRAFT)
    if person.publication == Publication.PUBLISHED and not drafts:
        raise WorkflowError("the published entry has no additions to verify")
    result = entry_grade(person)
    _move(drafts, Publication.IN_REVIEW, "verified")
    person.verification, person.publication = result.verification.value, after.value
    save_with_reason(person, f"verified: {result.verification.value} ({result.reason})")
    log_step(Step.VERIFY, by, person=person, reason=f"{result.verification}: {result.reason}")
    return result


@transaction.atomic
def publish(person: Person, by: Any) -> None:
    """Publish a verified entry (or a published entry's verified additions)."""
    after = entry_after(Step.PUBLISH, Publication(person.publication))
    ready = pending(person, Publication.IN_REVIEW)
    if person.publication == Publication.PUBLISHED and not ready:
        raise WorkflowError("the published entry has no verified additions to publish")
    _move(ready, Publication.PUBLISHED, "published")
    person.publication = after.value
    save_with_reason(person, "published")
    log_step(Step.PUBLISH, by, person=person)


@transaction.atomic
def send_back(person: Person, by: Any, reason: str) -> None:
    """Return a verified entry to the drafts (something needs fixing first)."""
    _move(pending(person, Publication.IN_REVIEW), Publication.DRAFT, "sent back")
    _entry_step(person, Step.SEND_BACK, by, reason)


@transaction.atomic
def withdraw(person: Person, by: Any, reason: str) -> None:
    """Take the entry down; its URL answers 410 Gone. A reason is required."""
    _entry_step(person, Step.WITHDRAW, by, _required(reason))


@transaction.atomic
def anonymise(person: Person, by: Any, reason: str) -> None:
    """Take the names down but keep the entry: it shows a neutral description instead."""
    entry_after(Step.ANONYMISE, Publication(person.publication))
    person.disclosure = Disclosure.ANONYMOUS.value
    save_with_reason(person, f"{Step.ANONYMISE.value}: {_required(reason)}")
    log_step(Step.ANONYMISE, by, person=person, reason=reason)


@transaction.atomic
def reinstate(person: Person, by: Any, reason: str) -> None:
    """Bring a withdrawn entry back as a draft, to be verified and published again."""
    _entry_step(person, Step.REINSTATE, by, _required(reason))


def _entry_step(person: Person, step: Step, by: Any, reason: str) -> None:
    person.publication = entry_after(step, Publication(person.publication)).value
    save_with_reason(person, f"{step.value}: {reason}")
    log_step(step, by, person=person, reason=reason)


def _move(records: list[Name | Event], state: Publication, why: str) -> None:
    for record in records:
        record.publication = state.value
        save_with_reason(record, why)


def _required(reason: str) -> str:
    if not reason.strip():
        raise WorkflowError("give the reason (who asked, and why)")
    return reason.strip()

"""An entry's review page and its steps: verify, publish, send back, withdraw, anonymise,
reinstate. Each step needs its own permission."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from victimsdb.core.intake.workflow import Step, WorkflowError, entry_steps
from victimsdb.core.vocabulary import CASE_ROLES, Disclosure, Publication
from victimsdb.web.intake import review
from victimsdb.web.intake.grading import entry_grade
from victimsdb.web.intake.models import Report
from victimsdb.web.intake.models import Step as LoggedStep
from victimsdb.web.intake.staff.access import staff_only
from victimsdb.web.intake.staff.forms import ReasonForm
from victimsdb.web.public.entries import entry_document
from victimsdb.web.records.models import Person

Action = Callable[[Person, Any, str], object]
ACTIONS: dict[Step, tuple[str, Action]] = {
    Step.VERIFY: ("intake.verify_entry", lambda p, by, _reason: review.verify(p, by)),
    Step.PUBLISH: ("intake.publish_entry", lambda p, by, _reason: review.publish(p, by)),
    Step.SEND_BACK: ("intake.verify_entry", review.send_back),
    Step.WITHDRAW: ("intake.withdraw_entry", review.withdraw),
    Step.ANONYMISE: ("intake.withdraw_entry", review.anonymise),
    Step.REINSTATE: ("intake.withdraw_entry", review.reinstate),
}


def _entry(entry_no: int) -> Person:
    return get_object_or_404(Person, entry_no=entry_no, role__in=list(CASE_ROLES))


@staff_only("intake.view_report")
def entry_review(request: HttpRequest, entry_no: int) -> HttpResponse:
    person = _entry(entry_no)
    state = Publication(person.publication)
    allowed = [
        step
        for step in entry_steps(state)
        if request.user.has_perm(ACTIONS[step][0]) and _applies(person, step)
    ]
    context = {
        "person": person,
        "preview": entry_document(person),
        "grade": entry_grade(person),
        "drafts": review.pending(person, Publication.DRAFT),
        "in_review": review.pending(person, Publication.IN_REVIEW),
        "reports": Report.objects.filter(person=person),
        "consent_warning": person.disclosure == Disclosure.FULL
        and Report.objects.filter(person=person, consent_publish_name=False).exists(),
        "steps": [(step.value, step.value.replace("_", " ")) for step in allowed],
        "log": LoggedStep.objects.filter(person=person).select_related("by"),
    }
    return render(request, "intake/staff/entry.html", context)


def _applies(person: Person, step: Step) -> bool:
    """Hide steps with nothing to act on (e.g. verifying a published entry without additions)."""
    if person.publication != Publication.PUBLISHED:
        return not (step is Step.ANONYMISE and person.disclosure == Disclosure.ANONYMOUS)
    if step is Step.VERIFY:
        return bool(review.pending(person, Publication.DRAFT))
    if step is Step.PUBLISH:
        return bool(review.pending(person, Publication.IN_REVIEW))
    return not (step is Step.ANONYMISE and person.disclosure == Disclosure.ANONYMOUS)


@require_POST
@staff_only("intake.view_report")
def entry_step(request: HttpRequest, entry_no: int, step: str) -> HttpResponse:
    if step not in {known.value for known in ACTIONS}:
        raise Http404("no such step")
    person = _entry(entry_no)
    permission, action = ACTIONS[Step(step)]
    if not request.user.has_perm(permission):
        raise PermissionDenied
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        action(person, request.user, reason)
        messages.success(request, f"Entry {person.entry_no}: {step.replace('_', ' ')} done.")
    except WorkflowError as refused:
        messages.error(request, str(refused))
    return redirect("staff:entry", entry_no=person.entry_no)

"""A report on a staff page, and the steps taken on it: triage, reject, reopen, draft, link."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from victimsdb.core.intake.workflow import Step, WorkflowError
from victimsdb.core.vocabulary import CASE_ROLES, EventType
from victimsdb.web.intake.drafting import draft_entry, link_entry
from victimsdb.web.intake.models import Report
from victimsdb.web.intake.review import move_report
from victimsdb.web.intake.staff.access import staff_only
from victimsdb.web.intake.staff.candidates import candidates
from victimsdb.web.intake.staff.forms import DraftForm, ReasonForm
from victimsdb.web.records.models import Person
from victimsdb.web.security.audit import log_access

STEPS = {"triage": Step.TRIAGE, "reject": Step.REJECT, "reopen": Step.REOPEN}


@staff_only("intake.view_report")
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(Report, pk=pk)
    # Who reported is confidential: only staff cleared for it see it, and each view is logged.
    cleared = request.user.has_perm("security.view_confidential")
    if cleared:
        log_access(request, report, ["reporter_name", "reporter_contact"])
    context = {
        "report": report,
        "cleared": cleared,
        "candidates": (
            candidates(list(report.names), request.user) if report.state == "triaged" else []
        ),
        "draft_form": DraftForm(),
        "steps": report.steps.select_related("by"),
    }
    return render(request, "intake/staff/report.html", context)


@require_POST
@staff_only("intake.triage_report")
def report_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    if step not in STEPS:
        raise Http404("no such step")
    report = get_object_or_404(Report, pk=pk)
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        move_report(report, STEPS[step], request.user, reason)
        messages.success(request, f"Report {report.pk}: {step} done.")
    except WorkflowError as refused:
        messages.error(request, str(refused))
    return redirect("staff:report", pk=report.pk)


@require_POST
@staff_only("intake.draft_report")
def report_draft(request: HttpRequest, pk: int) -> HttpResponse:
    """Draft a new entry from the report, or (with entry_no) link it to that entry."""
    report = get_object_or_404(Report, pk=pk)
    form = DraftForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose an event type and, to link, an entry number.")
        return redirect("staff:report", pk=report.pk)
    event_type = EventType(form.cleaned_data["event_type"])
    entry_no = form.cleaned_data["entry_no"]
    try:
        if entry_no:
            person = get_object_or_404(Person, entry_no=entry_no, role__in=list(CASE_ROLES))
            link_entry(report, person, event_type, request.user)
        else:
            person = draft_entry(report, event_type, request.user)
    except WorkflowError as refused:
        messages.error(request, str(refused))
        return redirect("staff:report", pk=report.pk)
    messages.success(request, f"Report {report.pk} is now part of entry {person.entry_no}.")
    return redirect("staff:entry", entry_no=person.entry_no)

"""The staff dashboard: what waits for whom, from new reports to entries ready to publish."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from victimsdb.core.intake.workflow import ReportState
from victimsdb.core.vocabulary import CASE_ROLES, Publication
from victimsdb.web.intake.models import Report, Step
from victimsdb.web.intake.staff.access import staff_only
from victimsdb.web.records.models import Person

LIMIT = 100


def reports_in(state: ReportState) -> QuerySet[Report]:
    return Report.objects.filter(state=state).order_by("submitted_at")


def entries_waiting(state: Publication) -> QuerySet[Person]:
    """Case entries in ``state``, or published ones with additions in ``state``."""
    waiting = Q(publication=state)
    if state in (Publication.DRAFT, Publication.IN_REVIEW):
        waiting |= Q(publication=Publication.PUBLISHED) & (
            Q(names__publication=state, names__deleted_at__isnull=True)
            | Q(events__publication=state, events__deleted_at__isnull=True)
        )
    persons = Person.objects.filter(waiting, role__in=list(CASE_ROLES))
    return persons.distinct().prefetch_related("names").order_by("entry_no")


@staff_only("intake.view_report")
def dashboard(request: HttpRequest) -> HttpResponse:
    queues = [
        ("new", "New reports", reports_in(ReportState.SUBMITTED)),
        ("triage", "In triage", reports_in(ReportState.TRIAGED)),
    ]
    entries = [
        ("drafts", "Drafts to verify", entries_waiting(Publication.DRAFT)),
        ("ready", "Ready to publish", entries_waiting(Publication.IN_REVIEW)),
    ]
    context = {
        "report_queues": [
            (key, title, list(rows[:LIMIT]), rows.count()) for key, title, rows in queues
        ],
        "entry_queues": [
            (key, title, list(rows[:LIMIT]), rows.count()) for key, title, rows in entries
        ],
        "recent": Step.objects.select_related("by", "person", "report").order_by("-at")[:20],
    }
    return render(request, "intake/staff/dashboard.html", context)

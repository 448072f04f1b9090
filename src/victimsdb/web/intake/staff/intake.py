"""Volunteer intake: find the victim's entry by name, then record the testimony in one sitting."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.debug import sensitive_post_parameters

from victimsdb.core.vocabulary import CASE_ROLES, Disclosure, Ethnicity, Gender, PlaceGranularity
from victimsdb.web.intake.files import FileRefused
from victimsdb.web.intake.recording import NewVictim, Sitting, record_testimony
from victimsdb.web.intake.staff.access import staff_only
from victimsdb.web.intake.staff.candidates import candidates
from victimsdb.web.intake.staff.forms import IntakeForm
from victimsdb.web.records.models import Person
from victimsdb.web.security.clearance import hide_confidential

MAX_QUERY = 200


@staff_only("intake.record_testimony")
def intake_search(request: HttpRequest) -> HttpResponse:
    """Step one: is the victim already in the database? Search by any spelling."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    hits = candidates([query], request.user) if query else []
    return render(request, "intake/staff/intake_search.html", {"q": query, "hits": hits})


@sensitive_post_parameters("testifier_name", "testifier_contact", "transcript", "translation")
@staff_only("intake.record_testimony")
def intake_form(request: HttpRequest) -> HttpResponse:
    """Step two: the testimony, the testifier, the consent, the files."""
    victim = _chosen(request)
    if request.method != "POST":
        form = IntakeForm(new_victim=victim is None)
        return render(request, "intake/staff/intake_form.html", {"form": form, "victim": victim})
    form = IntakeForm(request.POST, request.FILES, new_victim=victim is None)
    if form.is_valid():
        try:
            testimony = record_testimony(
                _sitting(form, victim), form.cleaned_data["media_files"], request.user
            )
        except FileRefused as refused:
            form.add_error("media_files", str(refused))
        else:
            messages.success(request, f"Testimony {testimony.pk} recorded.")
            return redirect("staff:entry", entry_no=testimony.victim.entry_no)
    context = {"form": form, "victim": victim}
    return render(request, "intake/staff/intake_form.html", context, status=400)


def _chosen(request: HttpRequest) -> Person | None:
    entry = request.GET.get("entry", "")
    if not entry.isdigit():
        return None
    cleared = hide_confidential(Person.objects.filter(role__in=list(CASE_ROLES)), request.user)
    return get_object_or_404(cleared, entry_no=int(entry))


def _sitting(form: IntakeForm, victim: Person | None) -> Sitting:
    data = form.cleaned_data
    return Sitting(
        victim=victim
        or NewVictim(
            names=data["victim_names"],
            gender=Gender(data["victim_gender"] or Gender.UNKNOWN),
            birth_year=data["victim_birth_year"],
            ethnicity=Ethnicity(data["victim_ethnicity"] or Ethnicity.UNKNOWN),
            hometown=data["victim_hometown"],
        ),
        testifier_name=data["testifier_name"],
        testifier_contact=data["testifier_contact"],
        relation=data["relation"],
        relation_detail=data["relation_detail"],
        transcript=data["transcript"],
        language=data["language"],
        translation=data["translation"],
        day=data["day"],
        victim_disclosure=Disclosure(data.get("victim_disclosure") or Disclosure.ANONYMOUS),
        testifier_disclosure=Disclosure(data["testifier_disclosure"]),
        publish_photo=data["publish_photo"],
        place_granularity=PlaceGranularity(data["place_granularity"]),
    )

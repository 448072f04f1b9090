"""The public report form: no account, any of the site's languages, a receipt at the end."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from victimsdb.core.evidence.limits import MB
from victimsdb.web.intake.files import PUBLIC, FileRefused
from victimsdb.web.intake.forms import ReportForm
from victimsdb.web.intake.submission import submit_report
from victimsdb.web.intake.throttle import throttle

FORM = "intake/report_form.html"
MAX_FORM_BYTES = PUBLIC.max_files * PUBLIC.limits.document + MB
"""The largest report accepted: every file at its limit plus the text."""


def too_large(request: HttpRequest, limit: int) -> bool:
    """Whether the request announces a body larger than ``limit`` (checked before reading it)."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > limit
    except ValueError:
        return True


def wait_message(seconds: int) -> str:
    minutes = max(1, round(seconds / 60))
    return _(
        "Too many reports were sent from your connection. Please try again in %(minutes)d "
        "minutes. Nothing you wrote was lost: it is still in the form below."
    ) % {"minutes": minutes}


@never_cache
@sensitive_post_parameters("reporter_name", "reporter_contact")
@require_http_methods(["GET", "POST"])
def report_form(request: HttpRequest) -> HttpResponse:
    """GET: the form. POST: check, throttle, store; answer with the receipt."""
    if request.method == "GET":
        return render(request, FORM, {"form": ReportForm()})
    if too_large(request, MAX_FORM_BYTES):
        message = _("The report with its files is too large: send fewer or smaller files.")
        return render(request, FORM, {"form": ReportForm(), "refusal": message}, status=413)
    form = ReportForm(request.POST, request.FILES)
    wait = throttle(request, "report", settings.REPORTS_PER_HOUR)
    if wait is not None:
        response = render(request, FORM, {"form": form, "refusal": wait_message(wait)}, status=429)
        response["Retry-After"] = str(wait)
        return response
    if not form.is_valid():
        return render(request, FORM, {"form": form}, status=400)
    try:
        _report, receipt = submit_report(
            form.report(), form.cleaned_data["attachments"], get_language(), "form"
        )
    except FileRefused as refused:
        form.add_error("attachments", str(refused))
        return render(request, FORM, {"form": form}, status=400)
    return render(request, "intake/report_thanks.html", {"receipt": receipt})

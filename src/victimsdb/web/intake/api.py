"""``POST /api/v1/reports``: the report form as JSON (spec: core.intake.report).

CSRF: the endpoint is exempt. CSRF protects what a browser's cookies allow;
this endpoint reads no cookie, session or user and grants nothing that an
anonymous request could not do itself, so a forged cross-site request gains
an attacker nothing. Abuse is bounded by the rate limit and the size limit.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from victimsdb.core.intake.report import ReportInvalid, parse_report
from victimsdb.web.intake.submission import submit_report
from victimsdb.web.intake.throttle import throttle
from victimsdb.web.intake.views import too_large

MAX_JSON_BYTES = 256_000


def _error(status: int, message: str, **extra: object) -> JsonResponse:
    body = {"error": message, **extra}
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


@csrf_exempt
@require_POST
def submit(request: HttpRequest) -> JsonResponse:
    """Accept a report as JSON: 202 with the receipt, or 4xx with the reason."""
    if too_large(request, MAX_JSON_BYTES):
        return _error(413, f"the body is larger than {MAX_JSON_BYTES} bytes")
    if request.content_type != "application/json":
        return _error(415, "send the report as application/json")
    wait = throttle(request, "report", settings.REPORTS_PER_HOUR)
    if wait is not None:
        response = _error(429, f"too many reports from this address; retry in {wait} seconds")
        response["Retry-After"] = str(wait)
        return response
    try:
        data = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return _error(400, "the body is not valid UTF-8 JSON")
    try:
        spec = parse_report(data, timezone.now().year)
    except ReportInvalid as invalid:
        return _error(400, str(invalid), problems=invalid.problems)
    _report, receipt = submit_report(spec, [], get_language(), "api")
    return JsonResponse({"receipt": receipt}, status=202)

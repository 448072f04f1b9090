"""JSON API v1: the same lists and entries as the public pages, as JSON."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from victimsdb.web.api.openapi import openapi_document
from victimsdb.web.public.entries import entry_document, entry_summaries
from victimsdb.web.public.export import csv_response
from victimsdb.web.public.listing import PAGE_SIZE, BadQuery, parse_query, run_query
from victimsdb.web.public.pagination import page_of
from victimsdb.web.public.policy import is_withdrawn, public_persons
from victimsdb.web.public.recent import recently_published

JSON_OPTIONS = {"ensure_ascii": False}


def error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status, json_dumps_params=JSON_OPTIONS)


@require_GET
def person_list(request: HttpRequest) -> HttpResponse:
    try:
        query = parse_query(request.GET)
    except BadQuery as problem:
        return error(400, str(problem))
    try:
        results = run_query(query)
        if query.format == "csv":
            return csv_response(results, request.build_absolute_uri("/").rstrip("/"))
        page = page_of(results.persons, query.page, PAGE_SIZE)
    except Http404 as missing:
        return error(404, str(missing))
    next_url = None
    if page.has_next:
        params = request.GET.copy()
        params["page"] = str(page.number + 1)
        next_url = request.build_absolute_uri(f"{reverse('api:persons')}?{params.urlencode()}")
    body = {
        "count": page.count,
        "next": next_url,
        "tied_best": results.tied_best(),
        "truncated": results.truncated,
        "results": entry_summaries(page.items, [results.match_of(person) for person in page.items]),
        "facets": results.facets(),
    }
    return JsonResponse(body, json_dumps_params=JSON_OPTIONS)


@require_GET
def person_detail(request: HttpRequest, entry_no: int) -> JsonResponse:
    if is_withdrawn(entry_no):
        return error(410, f"entry {entry_no} was withdrawn")
    person = public_persons().filter(entry_no=entry_no).first()
    if person is None:
        return error(404, f"no public entry number {entry_no}")
    return JsonResponse(entry_document(person), json_dumps_params=JSON_OPTIONS)


@require_GET
def recent(request: HttpRequest) -> JsonResponse:
    """The Atom feed's entries as JSON: the latest made public, with when."""
    entries = [
        {**published.summary, "published": published.since.isoformat()}
        for published in recently_published()
    ]
    return JsonResponse({"results": entries}, json_dumps_params=JSON_OPTIONS)


@require_GET
def openapi(request: HttpRequest) -> JsonResponse:
    return JsonResponse(openapi_document(), json_dumps_params=JSON_OPTIONS)

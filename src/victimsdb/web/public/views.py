"""Public pages: home, the list of entries, an entry, robots.txt."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.html import escape
from django.views.decorators.http import require_GET

from victimsdb.web.public.entries import entry_document, entry_summaries
from victimsdb.web.public.export import csv_response
from victimsdb.web.public.facets import counted, entry_count
from victimsdb.web.public.freshness import cached
from victimsdb.web.public.links import facet_links, with_params
from victimsdb.web.public.listing import PAGE_SIZE, BadQuery, parse_query, run_query
from victimsdb.web.public.pagination import page_of
from victimsdb.web.public.policy import is_withdrawn, public_persons
from victimsdb.web.search.query import MAX_HITS


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    context = cached("home", _home_counts)
    return render(request, "public/home.html", context)


def _home_counts() -> dict[str, object]:
    """The number of entries and of each status: the list's own counts (kept per block)."""
    tallies = counted(public_persons(), "")
    by_status = sorted(tallies["status"].items(), key=lambda item: (-item[1], item[0]))
    return {
        "total": entry_count(tallies),
        "by_status": [{"status": status, "n": n} for status, n in by_status],
    }


@require_GET
def person_list(request: HttpRequest) -> HttpResponse:
    try:
        query = parse_query(request.GET)
    except BadQuery as error:
        return HttpResponseBadRequest(f"Bad query: {escape(str(error))}")
    results = run_query(query)
    if query.format == "csv":
        return csv_response(results, request.build_absolute_uri("/").rstrip("/"))
    page = page_of(results.persons, query.page, PAGE_SIZE)
    entries = entry_summaries(page.items, [results.match_of(person) for person in page.items])
    context = {
        "query": query,
        "page": page,
        "entries": entries,
        "facets": facet_links(request.GET, results.facets()),
        "tied_best": results.tied_best(),
        "truncated": results.truncated,
        "max_hits": number_format(MAX_HITS, force_grouping=True),
        "csv_url": with_params(request.GET, format="csv", page=None),
        "prev_url": with_params(request.GET, page=str(page.number - 1)),
        "next_url": with_params(request.GET, page=str(page.number + 1)),
    }
    return render(request, "public/person_list.html", context)


@require_GET
def person_detail(request: HttpRequest, entry_no: int) -> HttpResponse:
    if is_withdrawn(entry_no):
        return render(request, "public/gone.html", status=410)
    person = get_object_or_404(public_persons(), entry_no=entry_no)
    return render(request, "public/person_detail.html", {"entry": entry_document(person)})


# Crawlers get every entry from the sitemap; searches, facet combinations and
# the JSON API are for people and programs, and staff pages for staff.
ROBOTS_DISALLOW = ["/admin/", "/staff/", "/i18n/", "/api/", "/persons/?"]


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")

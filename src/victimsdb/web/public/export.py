"""The public list as CSV: the same entries and fields as the JSON, one row each."""

from __future__ import annotations

import csv
from typing import Any

from django.http import HttpResponse

from victimsdb.web.public.entries import entry_summaries
from victimsdb.web.public.listing import Results

EXPORT_LIMIT = 10_000
CHUNK = 500
COLUMNS = [
    "entry_no",
    "label",
    "names",
    "gender",
    "birth_year",
    "ethnicity",
    "status",
    "verification",
    "hometown",
    "score",
    "matched_name",
    "sources",
    "url",
]


def csv_response(results: Results, base_url: str) -> HttpResponse:
    """Up to EXPORT_LIMIT matching entries as a CSV download (X-Truncated says if cut)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="victimsdb-persons.csv"'
    persons = list(results.persons[: EXPORT_LIMIT + 1])
    cut = len(persons) > EXPORT_LIMIT or results.truncated
    response["X-Truncated"] = "true" if cut else "false"
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    for start in range(0, min(len(persons), EXPORT_LIMIT), CHUNK):
        chunk = persons[start : min(start + CHUNK, EXPORT_LIMIT)]
        summaries = entry_summaries(chunk, [results.match_of(person) for person in chunk])
        writer.writerows(_row(summary, base_url) for summary in summaries)
    return response


def _row(entry: dict[str, Any], base_url: str) -> list[object]:
    match = entry.get("match") or {}
    hometown = entry["hometown"]["name"] if entry["hometown"] else ""
    return [
        entry["entry_no"],
        _safe(entry["label"]),
        _safe(" | ".join(n["text"] for n in entry["names"])),
        entry["gender"],
        entry["birth_year"] or "",
        entry["ethnicity"],
        entry["status"],
        entry["verification"],
        _safe(hometown),
        match.get("score", ""),
        _safe(str(match.get("matched_name", ""))),
        _safe(" | ".join(_cited(source) for source in entry["sources"])),
        f"{base_url}/persons/{entry['entry_no']}/",
    ]


def _cited(source: dict[str, Any]) -> str:
    return ": ".join(part for part in (source["outlet"], source["title"]) if part)


def _safe(text: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text

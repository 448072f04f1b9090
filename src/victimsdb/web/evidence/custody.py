"""The custody history of one item, for the staff pages (who did what, when)."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from victimsdb.core.evidence import UnknownEvidence
from victimsdb.web.evidence.storage import evidence_store


def custody_html(sha256: str) -> SafeString:
    """The custody log's events for an item as an HTML list, oldest first."""
    try:
        events = evidence_store().history(sha256)
    except (UnknownEvidence, ValueError):
        return format_html("<strong>{}</strong>", "Not in the evidence store: run verify-evidence.")
    rows = (
        (event.at.strftime("%Y-%m-%d %H:%M UTC"), event.event.value, event.by, _details(event))
        for event in events
    )
    items = format_html_join("", "<li>{} — {} by {}{}</li>", rows)
    return format_html("<ul class='custody'>{}</ul>", items)


def _details(event: object) -> str:
    details = dict(getattr(event, "details", {}) or {})
    shown = [f"{key}: {details[key]}" for key in ("how", "why") if details.get(key)]
    return f" ({'; '.join(shown)})" if shown else ""

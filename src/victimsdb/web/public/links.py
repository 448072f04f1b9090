"""Links of the public list that keep the current query: facet values, pages, CSV."""

from __future__ import annotations

from typing import Any

from django.http import QueryDict


def with_params(params: QueryDict, **changes: str | None) -> str:
    """'?…' with the current parameters, some changed (None removes one)."""
    updated = params.copy()
    for name, value in changes.items():
        if value is None:
            updated.pop(name, None)
        else:
            updated[name] = value
    return "?" + updated.urlencode()


def facet_links(params: QueryDict, facets: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Each facet with, for each value, the link that selects it (or clears it if selected)."""
    linked = []
    for name, values in facets.items():
        selected = params.get(name)
        items = [
            {
                **item,
                "selected": item["value"] == selected,
                "url": with_params(
                    params,
                    page=None,
                    **{name: None if item["value"] == selected else item["value"]},
                ),
            }
            for item in values
        ]
        if items:
            linked.append({"name": name, "label": name.replace("_", " "), "items": items})
    return linked

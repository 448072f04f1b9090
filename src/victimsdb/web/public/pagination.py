"""One page of a list, shared by the HTML list and the JSON API."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404


@dataclass(frozen=True)
class Page:
    items: list[Any]
    count: int
    number: int
    pages: int

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


def page_of(items: Sequence[Any] | QuerySet[Any], number: int, size: int) -> Page:
    """The items of page `number`; a page past the end is a 404."""
    paginator = Paginator(items, size)
    pages = max(paginator.num_pages, 1)
    if number > pages:
        raise Http404(f"page {number} does not exist; there are {pages}")
    items = list(paginator.page(number).object_list) if paginator.count else []
    return Page(items=items, count=paginator.count, number=number, pages=pages)

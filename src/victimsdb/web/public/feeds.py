"""The Atom feed of recently published entries, `/persons/feed.atom`.

Built only from `recent.recently_published()`, that is from the policy's
public entries and their `entry_summary`: an entry without names appears
under its neutral label, and nothing else of it. Its JSON twin is
`/api/v1/persons/recent`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext, gettext_lazy

from victimsdb.web.public.recent import Published, recently_published
from victimsdb.web.public.vocabulary_labels import label

if TYPE_CHECKING:  # Feed is generic in the type stubs only
    FeedBase = Feed[Published, None]
else:
    FeedBase = Feed


class RecentEntriesFeed(FeedBase):
    """The latest entries made public, newest first; each entry's date is when it became public."""

    feed_type = Atom1Feed
    title = gettext_lazy("Recently published entries")
    author_name = "victimsdb"

    def link(self) -> str:
        return reverse("person-list")

    def feed_url(self) -> str:
        return reverse("person-feed")

    def items(self) -> list[Published]:
        return recently_published()

    def item_title(self, item: Published) -> str:
        return str(item.summary["label"])

    def item_description(self, item: Published) -> str:
        # Atom marks the summary as HTML: escaped here, a name typed as markup stays text.
        return escape(description(item.summary))

    def item_link(self, item: Published) -> str:
        return reverse("person-detail", args=[item.summary["entry_no"]])

    def item_pubdate(self, item: Published) -> object:
        return item.since

    def item_updateddate(self, item: Published) -> object:
        return item.since


def description(summary: dict[str, object]) -> str:
    """'Status: in camp · Kazakh · male · Born: 1977 · Hometown: Aqchi County'."""
    parts = [f"{gettext('Status')}: {label(summary['status'])}"]
    parts += [label(summary[key]) for key in ("ethnicity", "gender") if summary[key] != "unknown"]
    if summary["birth_year"]:
        parts.append(f"{gettext('Born')}: {summary['birth_year']}")
    hometown = summary["hometown"]
    if isinstance(hometown, dict):
        parts.append(f"{gettext('Hometown')}: {hometown['name']}")
    return " · ".join(parts)

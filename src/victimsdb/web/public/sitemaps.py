"""The sitemap (sitemaps.org protocol): the site's pages and every public entry's URL.

`/sitemap.xml` is a sitemap index naming one file per section and page
(`/sitemap-entries.xml?p=2`, ...), at most 50,000 URLs each, as the protocol
asks of large sites. Entries come from `policy.public_persons()` only. No
`lastmod`: an entry's last edit date would tell when staff changed
confidential fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse

from victimsdb.web.public.policy import public_persons
from victimsdb.web.records.models import Person

if TYPE_CHECKING:  # Sitemap is generic in the type stubs only
    PageBase = Sitemap[str]
    EntryBase = Sitemap[int]
else:
    PageBase = EntryBase = Sitemap


class PageSitemap(PageBase):
    """The public pages that are not entries: home, the list, the report form."""

    def items(self) -> list[str]:
        return ["home", "person-list", "intake:report"]

    def location(self, item: str) -> str:
        return reverse(item)


class EntrySitemap(EntryBase):
    """Every public entry's page, by entry number."""

    limit = 50_000  # URLs per file: the protocol's maximum

    def items(self) -> QuerySet[Person, int]:
        return public_persons().order_by("entry_no").values_list("entry_no", flat=True)

    def location(self, item: int) -> str:
        return reverse("person-detail", args=[item])


SITEMAPS: dict[str, type[Sitemap]] = {  # type: ignore[type-arg]
    "pages": PageSitemap,
    "entries": EntrySitemap,
}

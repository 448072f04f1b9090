"""/sitemap.xml: a sitemap index, every public entry's URL and no other, paginated; robots.txt."""

from typing import Any
from xml.etree import ElementTree

import pytest
from django.test import Client

from victimsdb.web.public.policy import public_persons
from victimsdb.web.public.sitemaps import EntrySitemap
from victimsdb.web.records.models import Person

from .hiding import HIDING, hide, new_entry

pytestmark = pytest.mark.django_db
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SITE = "http://testserver"


def locations(client: Client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ElementTree.fromstring(response.content)
    return [loc.text or "" for loc in root.iterfind(".//sm:loc", NS)]


def entry_urls(client: Client) -> list[str]:
    """Every URL the sitemap files named by the index list."""
    found = []
    for sitemap in locations(client, "/sitemap.xml"):
        found += locations(client, sitemap.removeprefix(SITE))
    return found


def entry_url(person: Person) -> str:
    return f"{SITE}/persons/{person.entry_no}/"


def test_the_index_names_the_pages_and_the_entries(client: Client) -> None:
    assert locations(client, "/sitemap.xml") == [
        f"{SITE}/sitemap-pages.xml",
        f"{SITE}/sitemap-entries.xml",
    ]
    assert locations(client, "/sitemap-pages.xml") == [
        f"{SITE}/",
        f"{SITE}/persons/",
        f"{SITE}/report/",
    ]


def test_it_lists_every_public_entry_once(client: Client) -> None:
    urls = entry_urls(client)
    expected = [entry_url(person) for person in public_persons().order_by("entry_no")]
    assert len(expected) > 10
    assert [url for url in urls if "/persons/" in url and url != f"{SITE}/persons/"] == expected


@pytest.mark.parametrize("how", HIDING)
def test_an_entry_that_is_not_public_is_not_listed(client: Client, how: str) -> None:
    person = new_entry("Sitemapbek Hiddenuly")
    assert entry_url(person) in entry_urls(client)
    hide(person, how)
    assert entry_url(person) not in entry_urls(client)


def test_a_large_site_is_split_into_pages_the_index_names(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(EntrySitemap, "limit", 10)
    total = public_persons().count()
    pages = -(-total // 10)
    index = locations(client, "/sitemap.xml")
    assert index[1:] == [f"{SITE}/sitemap-entries.xml"] + [
        f"{SITE}/sitemap-entries.xml?p={page}" for page in range(2, pages + 1)
    ]
    listed = [url for page in index[1:] for url in locations(client, page.removeprefix(SITE))]
    assert len(listed) == total and len(set(listed)) == total
    assert client.get(f"/sitemap-entries.xml?p={pages + 1}").status_code == 404


def test_it_gives_no_modification_dates(client: Client) -> None:
    assert b"lastmod" not in client.get("/sitemap-entries.xml").content


def test_an_unknown_section_is_not_found(client: Client) -> None:
    assert client.get("/sitemap-staff.xml").status_code == 404


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_staff_pages(
    client: Client,
) -> None:
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    assert {"Disallow: /admin/", "Disallow: /staff/", "Disallow: /persons/?"} <= set(lines)
    assert "Disallow: /persons/" not in lines and "Disallow: /report/" not in lines


def test_every_page_links_the_sitemap(client: Client, person_named: Any) -> None:
    for url in ("/", "/persons/", f"/persons/{person_named('Dina Iemberdi').entry_no}/"):
        assert '<link rel="sitemap" type="application/xml" href="/sitemap.xml">' in (
            client.get(url).content.decode()
        )

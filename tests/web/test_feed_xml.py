"""/persons/feed.atom: the Atom feed of the entries made public most recently."""

from typing import Any
from xml.etree import ElementTree

import pytest
from django.test import Client

from victimsdb.web.records.models import Person

from .hiding import HIDING, hide, new_entry

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def feed(client: Client) -> ElementTree.Element:
    response = client.get("/persons/feed.atom")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ElementTree.fromstring(response.content)


def entries(client: Client) -> list[dict[str, str]]:
    """Each feed entry's title, link, published date and summary, in feed order."""
    return [
        {
            "title": entry.findtext(f"{ATOM}title") or "",
            "link": entry.find(f"{ATOM}link").get("href", ""),  # type: ignore[union-attr]
            "published": entry.findtext(f"{ATOM}published") or "",
            "summary": entry.findtext(f"{ATOM}summary") or "",
        }
        for entry in feed(client).iterfind(f"{ATOM}entry")
    ]


def link(person: Person) -> str:
    return f"http://testserver/persons/{person.entry_no}/"


def test_it_is_an_atom_feed_of_public_entries(client: Client, person_named: Any) -> None:
    root = feed(client)
    assert root.findtext(f"{ATOM}title") == "Recently published entries"
    assert root.find(f"{ATOM}author") is not None and root.findtext(f"{ATOM}updated")
    dina = person_named("Dina Iemberdi")
    (shown,) = [entry for entry in entries(client) if entry["link"] == link(dina)]
    assert shown["title"] == "Dina Iemberdi"
    assert shown["summary"] == "Status: house arrest · Kazakh · female · Born: 1994"


def test_a_newly_published_entry_comes_first(client: Client) -> None:
    person = new_entry("Feedbek Newuly", publication="draft")
    assert link(person) not in {entry["link"] for entry in entries(client)}
    person.publication = "published"
    person.save()
    first = entries(client)[0]
    assert first["link"] == link(person) and first["title"] == "Feedbek Newuly"


def test_an_entry_published_again_after_a_withdrawal_comes_back_on_top(
    client: Client, person_named: Any
) -> None:
    dina = person_named("Dina Iemberdi")
    before = next(e["published"] for e in entries(client) if e["link"] == link(dina))
    new_entry("Feedbek Newuly")
    for state in ("withdrawn", "published"):
        dina.publication = state
        dina.save()
    first = entries(client)[0]
    assert first["link"] == link(dina) and first["published"] > before


def test_an_anonymous_entry_appears_under_its_label_only(client: Client, person_named: Any) -> None:
    dina = person_named("Dina Iemberdi")
    dina.disclosure = "anonymous"
    dina.save()
    body = client.get("/persons/feed.atom").content.decode()
    assert "Dina Iemberdi" not in body and "Iemberdi" not in body
    (shown,) = [entry for entry in entries(client) if entry["link"] == link(dina)]
    assert shown["title"] == "Kazakh woman, born 1990s"


@pytest.mark.parametrize("how", HIDING)
def test_an_entry_that_is_not_public_never_appears(client: Client, how: str) -> None:
    person = new_entry("Feedbek Hiddenuly")
    assert entries(client)[0]["link"] == link(person)
    hide(person, how)
    assert "Feedbek" not in client.get("/persons/feed.atom").content.decode()


def test_markup_in_a_name_stays_text(client: Client) -> None:
    new_entry("<b>Boldbek</b> Tagov")
    body = client.get("/persons/feed.atom").content.decode()
    assert "<title>&lt;b&gt;Boldbek&lt;/b&gt; Tagov</title>" in body
    assert "<b>" not in body


def test_it_speaks_the_visitors_language(client: Client) -> None:
    client.cookies["django_language"] = "ru"
    root = feed(client)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    assert root.findtext(f"{ATOM}title") == "Недавно опубликованные записи"
    assert "Положение" in (root.find(f"{ATOM}entry/{ATOM}summary").text or "")  # type: ignore[union-attr]


def test_every_page_links_the_feed(client: Client) -> None:
    tag = '<link rel="alternate" type="application/atom+xml" title="Recently published entries"'
    for url in ("/", "/persons/", "/report/"):
        assert f'{tag} href="/persons/feed.atom">' in client.get(url).content.decode()

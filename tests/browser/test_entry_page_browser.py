"""A visitor searches a name on the home page and reads the entry, in real Chromium."""

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_a_visitor_finds_gulzira_and_reads_her_sourced_entry(page: Any, demo_server: Any) -> None:
    page.goto(demo_server.url + "/")
    page.fill("#q", "Гүлзира Әуелханқызы")
    page.click("form.search button[type=submit]")
    page.click("text=Gulzira Auelkhankyzy")
    assert page.locator("h1").inner_text() == "Gulzira Auelkhankyzy"
    names = page.locator("ul.names").inner_text()
    assert "Gulzire Awulqanqizi" in names
    sources = page.locator("ol.sources").inner_text()
    assert "RFA" in sources and "Foreign Policy" in sources
    assert page.locator("ol.timeline li").count() >= 2


def test_the_stylesheet_is_served_without_a_cdn(page: Any, demo_server: Any) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(demo_server.url + "/persons/")
    assert (
        page.evaluate("getComputedStyle(document.querySelector('table')).borderCollapse")
        == "collapse"
    )
    assert all(url.startswith(demo_server.url) for url in requests)

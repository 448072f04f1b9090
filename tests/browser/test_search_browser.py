"""Cross-script search in real Chromium: one search box, any script or spelling, facets."""

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def search(page: Any, base: str, query: str) -> None:
    page.goto(base + "/persons/")
    page.fill("form.search input[name=q]", query)
    page.click("form.search button[type=submit]")


@pytest.mark.parametrize(
    "query",
    [
        "Гүлзира Әуелханқызы",  # Kazakh Cyrillic
        "Gulzire Awulqanqizi",  # Uyghur-style Latin (RFA)
        "Auelkhankyzy",  # the patronymic alone
        "گۈلزىرە ئاۋۇلقانقىزى",  # Uyghur Arabic script
        "古丽孜热·阿吾勒汗",  # Chinese characters
    ],
)
def test_any_script_finds_gulzira_first_and_says_why(
    page: Any, demo_server: Any, query: str
) -> None:
    search(page, demo_server.url, query)
    first = page.locator(".results table tr").nth(1)
    assert "Gulzira Auelkhankyzy" in first.inner_text()
    first.locator("details.match summary").click()  # the explanation opens without script
    assert first.locator("details.match .why").is_visible()
    assert "~" in first.locator("details.match .why").inner_text()


def test_a_chinese_transcription_finds_the_kazakh_name(page: Any, demo_server: Any) -> None:
    search(page, demo_server.url, "Yilisen Aierken")
    first = page.locator(".results table tr").nth(1)
    assert "Ersin Erkinuly" in first.inner_text()


def test_a_facet_narrows_the_name_search_and_keeps_the_query(page: Any, demo_server: Any) -> None:
    search(page, demo_server.url, "Gulzira")
    page.click("section.facet[data-facet=gender] a:has-text('female')")
    assert "q=Gulzira" in page.url and "gender=female" in page.url
    rows = page.locator(".results table tr")
    assert rows.count() >= 2
    assert page.locator("section.facet[data-facet=gender] a.selected").count() == 1


def test_namesakes_are_counted_and_a_facet_narrows_them(page: Any, demo_server: Any) -> None:
    from tests.web.hiding import new_entry

    for gender in ("female", "female", "male"):
        new_entry("Aigul Serikqyzy", gender=gender)
    search(page, demo_server.url, "Aigul Serikqyzy")
    notice = page.locator("p.notice.namesakes")
    assert "3 entries match this name equally well." in notice.inner_text()
    page.click("section.facet[data-facet=gender] a[href*='gender=male']")
    assert "gender=male" in page.url and "q=Aigul" in page.url
    assert page.locator(".results table tr").count() == 2  # the header and the one man
    assert page.locator("p.notice.namesakes").count() == 0

"""Facets on the public list page: links that select and clear a value."""

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_list_shows_facets_with_counts(client: Client) -> None:
    page = client.get("/persons/").content.decode()
    assert 'data-facet="status"' in page and 'data-facet="ethnicity"' in page


def test_a_facet_link_selects_and_a_second_click_clears(client: Client) -> None:
    page = client.get("/persons/").content.decode()
    link = re.search(r'href="(\?ethnicity=kyrgyz)"', page)
    assert link
    selected = client.get("/persons/" + link.group(1)).content.decode()
    assert 'class="selected" aria-current="true"' in selected
    assert 'href="?"' in selected


def test_the_facet_links_keep_the_name_query(client: Client) -> None:
    page = client.get("/persons/?q=Sauytbay").content.decode()
    assert "q=Sauytbay&amp;" in page

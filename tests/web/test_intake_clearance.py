"""Volunteers find, and open at intake, only the entries they are cleared to see."""

from typing import Any

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden(person_named: Any) -> Any:
    person = person_named("Dina Iemberdi")
    person.visibility = "confidential"
    person.save()
    return person


def test_a_volunteer_never_sees_a_confidential_entry_as_a_candidate(
    staff_client: Any, hidden: Any
) -> None:
    page = staff_client("volunteer").get("/staff/intake/", {"q": "Dina Iemberdi"})
    listed = page.content.decode().split('<ul class="candidates">')[1].split("</ul>")[0]
    assert "No entry matches" in listed and str(hidden.entry_no) not in listed


def test_a_volunteer_cannot_open_a_confidential_entry_by_number(
    staff_client: Any, hidden: Any
) -> None:
    response = staff_client("volunteer").get("/staff/intake/new/", {"entry": str(hidden.entry_no)})
    assert response.status_code == 404


def test_a_curator_still_finds_it(staff_client: Any, hidden: Any) -> None:
    page = staff_client("curator").get("/staff/intake/", {"q": "Dina Iemberdi"})
    listed = page.content.decode().split('<ul class="candidates">')[1].split("</ul>")[0]
    assert "Dina Iemberdi" in listed

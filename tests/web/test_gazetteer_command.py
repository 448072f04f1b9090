"""The gazetteer in the database: loaded once, matched from any spelling on import."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from victimsdb.web.records.models import Person, Place
from victimsdb.web.records.places import resolve_place

pytestmark = pytest.mark.django_db


def test_loading_it_again_creates_nothing() -> None:
    out = StringIO()
    call_command("gazetteer", stdout=out)
    assert out.getvalue().strip() == "gazetteer: 0 places and 0 names created"


def test_every_xinjiang_county_sits_under_a_prefecture() -> None:
    tekes = Place.objects.get(key=resolve_place("Tekes").key)
    assert [node.kind for node in tekes.lineage()][:2] == ["county", "prefecture"]


@pytest.mark.parametrize("spelling", ["Ghulja", "Yining", "Kulja", "伊宁市", "غۇلجا"])
def test_every_spelling_resolves_to_the_same_place(spelling: str) -> None:
    assert resolve_place(spelling).key == resolve_place("Ghulja").key


def test_unknown_text_becomes_a_new_unlinked_place() -> None:
    place = resolve_place("Village Nobody Knows")
    assert place.key is None and place.parent is None


def test_an_imported_hometown_gets_its_county_and_prefecture(tmp_path: Path) -> None:
    sheet = tmp_path / "p.csv"
    sheet.write_text(
        "external_id,names,hometown\ng-1,Test Testuly,Tekes County\n", encoding="utf-8"
    )
    call_command("import", "persons", str(sheet), stdout=StringIO())
    person = Person.objects.get(external_id="g-1")
    assert person.county is not None and person.county.key == resolve_place("Tekes").key
    assert person.prefecture is not None and person.prefecture.kind == "prefecture"

"""`victimsdb import persons FILE.csv`: all or nothing, no duplicates on re-import."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from victimsdb.core.person_import import COLUMNS
from victimsdb.web.records.models import Claim, Event, Name, Person, Source

pytestmark = pytest.mark.django_db

GOOD = (
    ",".join(COLUMNS)
    + """
t-1,Test Qasymuly|Тест Қасымұлы,male,1981,kazakh,CN,Tekes,in_camp,2018-03,Test Camp,,from a list
t-2,Test Nurlanqyzy,female,1990,kazakh,CN|KZ,,missing,,,https://example.org/report,
"""
)


def write(tmp_path: Path, text: str, name: str = "persons.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run_import(path: Path, *flags: str) -> None:
    call_command("import", "persons", str(path), *flags)


def test_it_imports_every_row_as_a_draft_citing_the_file(tmp_path: Path) -> None:
    run_import(write(tmp_path, GOOD))
    person = Person.objects.get(external_id="t-1")
    assert person.publication == "draft"
    assert set(person.names.values_list("text", flat=True)) == {"Test Qasymuly", "Тест Қасымұлы"}
    assert person.names.get(text="Тест Қасымұлы").script == "Cyrl"
    assert person.status == "in_camp"
    event = Event.objects.get(person=person)
    assert (event.type, event.start_date.isoformat(), event.start_precision) == (
        "camp_internment",
        "2018-03-01",
        "month",
    )
    sheet = Source.objects.get(kind="spreadsheet", title="persons.csv")
    assert len(sheet.sha256) == 64
    assert Claim.objects.filter(person=person, source=sheet, field="name").count() == 2
    assert (
        Person.objects.get(external_id="t-2")
        .claims.filter(source__url="https://example.org/report")
        .exists()
    )


def test_publish_publishes_at_once(tmp_path: Path) -> None:
    run_import(write(tmp_path, GOOD), "--publish")
    assert set(
        Person.objects.filter(external_id__startswith="t-").values_list("publication", flat=True)
    ) == {"published"}


def test_reimporting_the_same_file_creates_no_duplicates(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    run_import(path)
    counts = (Person.all_objects.count(), Name.all_objects.count(), Source.all_objects.count())
    run_import(path)
    assert (
        Person.all_objects.count(),
        Name.all_objects.count(),
        Source.all_objects.count(),
    ) == counts


def test_a_bad_row_aborts_everything_with_line_and_column(tmp_path: Path) -> None:
    bad = GOOD + "t-3,Test Three,female,1990,kazakh,CN,,vanished,,,,\n"
    before = (Person.all_objects.count(), Source.all_objects.count())
    with pytest.raises(CommandError) as caught:
        run_import(write(tmp_path, bad))
    assert "nothing imported" in str(caught.value)
    assert "line 4, column status: unknown status 'vanished'" in str(caught.value)
    assert (Person.all_objects.count(), Source.all_objects.count()) == before


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="cannot read"):
        run_import(tmp_path / "nope.csv")

"""Reading a persons spreadsheet: every problem reported with line and column."""

import pytest

from victimsdb.core.person_import import COLUMNS, ImportRejected, read_person_rows
from victimsdb.core.vocabulary import Ethnicity, Gender, Status

HEADER = ",".join(COLUMNS) + "\n"


def rejected(content: str | bytes) -> list[str]:
    raw = content.encode("utf-8") if isinstance(content, str) else content
    with pytest.raises(ImportRejected) as caught:
        read_person_rows(raw)
    return [str(problem) for problem in caught.value.problems]


def test_it_reads_a_good_row() -> None:
    rows = read_person_rows(
        (
            HEADER + "a1,Gulzira Auelkhankyzy|Гүлзира Әуелханқызы,female,1979,"
            "kazakh,CN,Ghulja,released,2017-07,Dongmehle camp,https://example.org/a,"
            "met her in Almaty\n"
        ).encode()
    )
    row = rows[0]
    assert row.line == 2 and row.external_id == "a1"
    assert row.names == ["Gulzira Auelkhankyzy", "Гүлзира Әуелханқызы"]
    assert (row.gender, row.ethnicity, row.status) == (
        Gender.FEMALE,
        Ethnicity.KAZAKH,
        Status.RELEASED,
    )
    assert row.detained_from is not None and row.detained_from.iso() == "2017-07"
    assert row.citizenships == ["CN"]


def test_only_the_names_column_is_required() -> None:
    rows = read_person_rows(b"names\nErsin Erkinuly\n")
    assert rows[0].names == ["Ersin Erkinuly"]


def test_a_row_without_external_id_gets_a_stable_one() -> None:
    first = read_person_rows(b"names\nErsin Erkinuly\n")[0].external_id
    again = read_person_rows(b"names,notes\nErsin Erkinuly,\n")[0].external_id
    assert first == again and first.startswith("row:")


def test_it_accepts_a_byte_order_mark_and_windows_line_ends() -> None:
    rows = read_person_rows("\ufeffnames,gender\r\nA B,male\r\n".encode())
    assert rows[0].gender is Gender.MALE


def test_it_rejects_a_file_that_is_not_utf8_with_the_line() -> None:
    content = "names\nAlpha\nS\u00e4yragul\n".encode("latin-1")
    assert rejected(content) == [
        "line 3: the file is not UTF-8 text; save it as 'CSV UTF-8' and try again"
    ]


def test_it_rejects_a_missing_required_column() -> None:
    assert rejected("gender\nfemale\n") == [
        "line 1, column names: required column 'names' is missing"
    ]


def test_it_rejects_an_unknown_column() -> None:
    problems = rejected("names,nickname\nA,B\n")
    assert len(problems) == 1 and problems[0].startswith("line 1, column nickname: unknown column")


def test_it_lists_every_bad_cell_with_line_and_column() -> None:
    problems = rejected(
        HEADER
        + "x1,Good Name,female,1980,kazakh,CN,,released,2018-02,,,\n"
        + "x2,Bad Date,female,1980,kazakh,CN,,released,2018-13,,,\n"
        + "x3,Bad Status,male,19x0,kazakh,China,,vanished,,,not-a-link,\n"
    )
    assert problems == [
        "line 3, column detained_from: '2018-13' is not a real date: month must be in 1..12",
        "line 4, column birth_year: '19x0' is not a year between 1880 and 2026",
        "line 4, column citizenship: 'CHINA' is not a two-letter ISO 3166 country code",
        "line 4, column status: unknown status 'vanished'; use one of: in_camp, imprisoned, "
        "detained, released, house_arrest, missing, deceased, at_risk_abroad, safe_abroad, unknown",
        "line 4, column source_url: 'not-a-link' is not an http(s) link",
    ]


def test_it_rejects_a_duplicate_external_id_in_one_file() -> None:
    problems = rejected("external_id,names\nk1,A\nk2,B\nk1,C\n")
    assert problems == ["line 4, column external_id: 'k1' already used on line 2"]


def test_it_rejects_a_row_with_no_names() -> None:
    assert rejected("names,gender\n,female\n") == [
        "line 2, column names: at least one name is required"
    ]


def test_it_rejects_a_row_with_too_many_cells() -> None:
    assert rejected("names\nA,B\n") == [
        "line 2: the row has more cells than the header has columns"
    ]


def test_it_rejects_an_empty_file() -> None:
    assert rejected(b"") == ["line 1: the file is empty; the first line must name the columns"]


def test_it_skips_blank_lines() -> None:
    assert [row.names for row in read_person_rows(b"names\nA\n\nB\n")] == [["A"], ["B"]]

"""The report spec: what the public form and POST /api/v1/reports accept."""

from typing import Any

import pytest

from victimsdb.core.intake.report import ReportInvalid, parse_report
from victimsdb.core.vocabulary import Ethnicity, Gender

YEAR = 2026


def minimal(**victim: Any) -> dict[str, Any]:
    return {
        "victim": {"names": ["Гүлзира Әуелханқызы"], "what_happened": "Taken in 2018.", **victim}
    }


def problems_of(data: Any) -> str:
    with pytest.raises(ReportInvalid) as raised:
        parse_report(data, YEAR)
    return str(raised.value)


def test_it_accepts_a_report_with_only_names_and_what_happened() -> None:
    report = parse_report(minimal(), YEAR)
    assert report.victim.names == ("Гүлзира Әуелханқызы",)
    assert report.victim.gender is Gender.UNKNOWN
    assert not report.consent.publish_name and not report.consent.publish_photo


def test_it_reads_every_field() -> None:
    data = minimal(gender="female", birth_year=1980, ethnicity="kazakh", hometown="Tekes")
    data["victim"].update(when="2018-03", where="Ghulja")
    data["reporter"] = {"name": "A", "relation": "daughter", "contact": "+7 700"}
    data["consent"] = {"publish_name": True, "publish_photo": False}
    report = parse_report(data, YEAR)
    assert report.victim.ethnicity is Ethnicity.KAZAKH and report.victim.birth_year == 1980
    assert report.reporter.relation == "daughter" and report.consent.publish_name


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"victim": {"what_happened": "x"}}, "victim.names: required"),
        (minimal(what_happened=""), "victim.what_happened: required"),
        (minimal(names=[]), "at least one name"),
        (minimal(names="Gulzira"), "victim.names: must be a list of strings"),
        (minimal(birth_year="1980"), "victim.birth_year: must be a whole number"),
        (minimal(birth_year=True), "victim.birth_year: must be a whole number"),
        (minimal(birth_year=1850), "between 1900 and 2026"),
        (minimal(gender="w"), "victim.gender: must be one of"),
        (minimal(colour="red"), "victim: unknown field(s) colour"),
        ({**minimal(), "extra": 1}, "the report: unknown field(s) extra"),
        ({**minimal(), "consent": {"publish_name": "yes"}}, "consent.publish_name: must be true"),
        ({**minimal(), "reporter": {"contact": 7}}, "reporter.contact: must be a string"),
        ([], "the report: must be an object"),
        ({}, "victim: required"),
    ],
)
def test_it_refuses_malformed_reports_with_the_reason(data: Any, reason: str) -> None:
    assert reason in problems_of(data)


def test_it_lists_every_problem_at_once() -> None:
    problems = problems_of(minimal(gender="w", birth_year="x", names=None))
    assert "gender" in problems and "birth_year" in problems and "names" in problems


def test_it_never_quotes_a_value_in_its_reasons() -> None:
    data = minimal(birth_year="+7 700 SECRET")
    data["reporter"] = {"contact": ["+7 700 SECRET"]}
    assert "SECRET" not in problems_of(data)


def test_it_refuses_oversized_text() -> None:
    assert "at most 300 characters" in problems_of(minimal(hometown="x" * 301))


def test_it_removes_control_characters_and_duplicate_names() -> None:
    report = parse_report(minimal(names=["Ersin\x00 Erkinuly", "Ersin Erkinuly", " "]), YEAR)
    assert report.victim.names == ("Ersin Erkinuly",)


def test_markup_is_kept_as_text_for_the_pages_to_escape() -> None:
    report = parse_report(minimal(what_happened="<script>alert(1)</script>"), YEAR)
    assert report.victim.what_happened == "<script>alert(1)</script>"

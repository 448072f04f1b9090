"""Verification grades follow the rules of docs/methodology.md."""

from victimsdb.core.intake.grading import PUBLIC_REPORTS, Support, grade, is_first_hand
from victimsdb.core.vocabulary import SourceKind, Verification

REPORT = Support(SourceKind.WRITTEN_TESTIMONY, PUBLIC_REPORTS)
INTERVIEW = Support(SourceKind.INTERVIEW, "source:7", first_hand=True)
ARTICLE = Support(SourceKind.NEWS_ARTICLE, "rfa")


def test_a_report_alone_is_reported() -> None:
    assert grade([REPORT]).verification is Verification.REPORTED


def test_no_source_is_reported() -> None:
    assert grade([]).verification is Verification.REPORTED


def test_a_relatives_first_hand_testimony_is_testimony() -> None:
    assert grade([INTERVIEW]).verification is Verification.TESTIMONY


def test_two_independent_sources_are_corroborated() -> None:
    result = grade([INTERVIEW, ARTICLE])
    assert result.verification is Verification.CORROBORATED
    assert "2 independent" in result.reason


def test_sources_sharing_an_origin_count_once() -> None:
    repeat = Support(SourceKind.NEWS_ARTICLE, "rfa")
    assert grade([ARTICLE, repeat]).verification is Verification.REPORTED


def test_public_reports_never_corroborate_each_other() -> None:
    other_report = Support(SourceKind.WRITTEN_TESTIMONY, PUBLIC_REPORTS)
    assert grade([REPORT, other_report]).verification is Verification.REPORTED


def test_a_government_statement_does_not_corroborate() -> None:
    denial = Support(SourceKind.GOVERNMENT_STATEMENT, "mfa")
    assert grade([ARTICLE, denial]).verification is Verification.REPORTED


def test_an_official_document_is_documented() -> None:
    verdict = Support(SourceKind.COURT_VERDICT, "court")
    result = grade([REPORT, verdict])
    assert result.verification is Verification.DOCUMENTED
    assert "court verdict" in result.reason


def test_first_hand_means_an_interview_or_a_testimony_on_record() -> None:
    assert is_first_hand(SourceKind.VIDEO_TESTIMONY, has_testifier=False)
    assert is_first_hand(SourceKind.WRITTEN_TESTIMONY, has_testifier=True)
    assert not is_first_hand(SourceKind.WRITTEN_TESTIMONY, has_testifier=False)

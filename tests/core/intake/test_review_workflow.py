"""The review workflow: submitted -> triaged -> drafted -> verified -> published; withdrawal."""

import pytest

from victimsdb.core.intake.workflow import (
    ReportState,
    Step,
    WorkflowError,
    entry_after,
    entry_steps,
    report_after,
)
from victimsdb.core.vocabulary import Publication


def test_a_report_is_triaged_then_drafted() -> None:
    triaged = report_after(Step.TRIAGE, ReportState.SUBMITTED)
    assert report_after(Step.DRAFT, triaged) is ReportState.DRAFTED
    assert report_after(Step.LINK, triaged) is ReportState.DRAFTED


def test_a_report_cannot_be_drafted_before_triage() -> None:
    with pytest.raises(WorkflowError, match="submitted cannot draft"):
        report_after(Step.DRAFT, ReportState.SUBMITTED)


def test_a_rejected_report_can_be_reopened() -> None:
    rejected = report_after(Step.REJECT, ReportState.TRIAGED)
    assert report_after(Step.REOPEN, rejected) is ReportState.SUBMITTED


def test_an_entry_is_verified_then_published() -> None:
    verified = entry_after(Step.VERIFY, Publication.DRAFT)
    assert verified is Publication.IN_REVIEW
    assert entry_after(Step.PUBLISH, verified) is Publication.PUBLISHED


def test_a_draft_cannot_be_published_unverified() -> None:
    with pytest.raises(WorkflowError, match="draft cannot publish"):
        entry_after(Step.PUBLISH, Publication.DRAFT)


def test_a_published_entry_stays_published_while_additions_are_reviewed() -> None:
    assert entry_after(Step.VERIFY, Publication.PUBLISHED) is Publication.PUBLISHED
    assert entry_after(Step.PUBLISH, Publication.PUBLISHED) is Publication.PUBLISHED


def test_withdrawal_and_reinstatement() -> None:
    withdrawn = entry_after(Step.WITHDRAW, Publication.PUBLISHED)
    assert withdrawn is Publication.WITHDRAWN
    assert entry_steps(withdrawn) == [Step.REINSTATE]
    assert entry_after(Step.REINSTATE, withdrawn) is Publication.DRAFT


def test_a_withdrawn_entry_cannot_be_withdrawn_again() -> None:
    with pytest.raises(WorkflowError):
        entry_after(Step.WITHDRAW, Publication.WITHDRAWN)

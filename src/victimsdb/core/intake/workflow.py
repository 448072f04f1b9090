"""The review workflow: which step may follow which, for reports and for entries.

A report is submitted, triaged (or rejected as spam or a duplicate), then
drafted into a new entry or linked to an existing one. From then on the entry
carries the workflow: a draft is verified (its grade computed from its
sources), then published; a published entry may be withdrawn on request, and
a withdrawn one reinstated as a draft (to be verified and published again).
Verifying or publishing a published entry concerns the records a report
added to it, which wait as drafts until then.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from victimsdb.core.vocabulary import Publication

S = TypeVar("S", bound=StrEnum)


class ReportState(StrEnum):
    SUBMITTED = "submitted"
    TRIAGED = "triaged"
    DRAFTED = "drafted"  # an entry was drafted from it or it was linked to one
    REJECTED = "rejected"  # spam, abuse or a duplicate; can be reopened


class Step(StrEnum):
    TRIAGE = "triage"
    REJECT = "reject"
    REOPEN = "reopen"
    DRAFT = "draft"
    LINK = "link"
    RECORD = "record"  # a testimony recorded at intake
    VERIFY = "verify"
    PUBLISH = "publish"
    SEND_BACK = "send_back"
    WITHDRAW = "withdraw"
    ANONYMISE = "anonymise"  # a name taken down, the entry kept
    REINSTATE = "reinstate"


class WorkflowError(ValueError):
    """A step that may not follow the current state."""


_REPORT_STEPS: dict[Step, dict[ReportState, ReportState]] = {
    Step.TRIAGE: {ReportState.SUBMITTED: ReportState.TRIAGED},
    Step.REJECT: {
        ReportState.SUBMITTED: ReportState.REJECTED,
        ReportState.TRIAGED: ReportState.REJECTED,
    },
    Step.REOPEN: {ReportState.REJECTED: ReportState.SUBMITTED},
    Step.DRAFT: {ReportState.TRIAGED: ReportState.DRAFTED},
    Step.LINK: {ReportState.TRIAGED: ReportState.DRAFTED},
}
_LIVE = (Publication.DRAFT, Publication.IN_REVIEW, Publication.PUBLISHED)
_ENTRY_STEPS: dict[Step, dict[Publication, Publication]] = {
    Step.VERIFY: {
        Publication.DRAFT: Publication.IN_REVIEW,
        Publication.PUBLISHED: Publication.PUBLISHED,
    },
    Step.PUBLISH: {
        Publication.IN_REVIEW: Publication.PUBLISHED,
        Publication.PUBLISHED: Publication.PUBLISHED,
    },
    Step.SEND_BACK: {Publication.IN_REVIEW: Publication.DRAFT},
    Step.WITHDRAW: {state: Publication.WITHDRAWN for state in _LIVE},
    Step.ANONYMISE: {state: state for state in _LIVE},
    Step.REINSTATE: {Publication.WITHDRAWN: Publication.DRAFT},
}


def report_after(step: Step, state: ReportState) -> ReportState:
    """The report's state after ``step``; raise WorkflowError if the step may not follow."""
    return _after(_REPORT_STEPS, step, state, "report")


def entry_after(step: Step, state: Publication) -> Publication:
    """The entry's publication state after ``step``; raise WorkflowError if it may not follow."""
    return _after(_ENTRY_STEPS, step, state, "entry")


def entry_steps(state: Publication) -> list[Step]:
    """The steps an entry in ``state`` may take next."""
    return [step for step, moves in _ENTRY_STEPS.items() if state in moves]


def _after(table: dict[Step, dict[S, S]], step: Step, state: S, what: str) -> S:
    moves = table.get(step, {})
    if state not in moves:
        raise WorkflowError(f"a {what} that is {state.value.replace('_', ' ')} cannot {step.value}")
    return moves[state]

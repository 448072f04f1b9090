"""Recording workflow steps: the log row and a versioned save with the reason."""

from __future__ import annotations

from typing import Any

from django.db import models

from victimsdb.core.intake.workflow import Step as StepKind
from victimsdb.web.intake.models import Report, Step
from victimsdb.web.records.models import Person


def save_with_reason(record: models.Model, reason: str) -> None:
    """Save a record so that its new version says why it changed."""
    record._change_reason = reason  # type: ignore[attr-defined]
    record.save()


def log_step(
    action: StepKind,
    by: Any,
    *,
    report: Report | None = None,
    person: Person | None = None,
    reason: str = "",
) -> Step:
    """Write one step of the workflow to the log."""
    user = by if getattr(by, "is_authenticated", False) else None
    return Step.objects.create(action=action, by=user, report=report, person=person, reason=reason)

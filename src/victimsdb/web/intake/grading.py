"""The sources behind an entry, as the core's grading rules read them.

Every live source counts, public or not: a confidential report or interview
supports a grade even though it is never shown. Only asserting claims count
(a disputing claim or a state denial does not raise a grade).
"""

from __future__ import annotations

from victimsdb.core.intake.grading import PUBLIC_REPORTS, Grade, Support, grade, is_first_hand
from victimsdb.core.vocabulary import SourceKind, Stance
from victimsdb.web.intake.models import Report
from victimsdb.web.records.models import Claim, Name, Person, Source, Testimony


def entry_grade(person: Person) -> Grade:
    """The strongest grade the entry's sources support, with the reason."""
    return grade(supports_of(person))


def supports_of(person: Person) -> list[Support]:
    """One Support per live source that backs the entry."""
    ids = set(
        Claim.objects.filter(person=person, stance=Stance.ASSERTS).values_list(
            "source_id", flat=True
        )
    )
    ids |= set(Name.objects.filter(person=person).values_list("source_id", flat=True))
    testimonies = Testimony.objects.filter(victim=person)
    ids |= set(testimonies.values_list("source_id", flat=True))
    sources = Source.objects.filter(pk__in=ids - {None})
    on_record = set(testimonies.filter(testifier__isnull=False).values_list("source_id", flat=True))
    reports = set(Report.objects.filter(source__in=sources).values_list("source_id", flat=True))
    return [_support(source, source.pk in reports, source.pk in on_record) for source in sources]


def _support(source: Source, from_report: bool, on_record: bool) -> Support:
    kind = SourceKind(source.kind)
    origin = (
        PUBLIC_REPORTS if from_report else source.outlet.strip().lower() or f"source {source.pk}"
    )
    return Support(kind, origin, first_hand=not from_report and is_first_hand(kind, on_record))

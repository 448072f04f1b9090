"""Recording a relative's testimony at the office, in one sitting.

Creates, all versioned and in one transaction: the testifier as a
confidential Person (role testifier, with their contact), their name
(confidential), the relationship to the victim (confidential: it points at
the testifier), an interview Source (confidential), the Testimony
(restricted and, unless the testifier chose otherwise, anonymous) with its
consent choices, and the files brought, kept in the evidence store. The
victim is an existing entry found by name search, or a new draft entry
carrying the consent given for it. Files are checked before anything is
written; a refused file stops the whole sitting with nothing stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from victimsdb.core.intake.granularity import coarsest
from victimsdb.core.intake.workflow import Step
from victimsdb.core.vocabulary import (
    DatePrecision,
    Disclosure,
    Ethnicity,
    Gender,
    PlaceGranularity,
    Publication,
    RelationKind,
    Role,
    SourceKind,
    Visibility,
)
from victimsdb.web.intake.files import INTAKE, keep_files
from victimsdb.web.intake.models import TestimonyFile
from victimsdb.web.intake.naming import add_names
from victimsdb.web.intake.steps import log_step, save_with_reason
from victimsdb.web.records.models import Person, Relationship, Source, Testimony
from victimsdb.web.records.places import resolve_place

WITNESS = "witness"
"""The testifier is no relative: no Relationship row."""


@dataclass(frozen=True)
class NewVictim:
    names: list[str]
    gender: Gender = Gender.UNKNOWN
    birth_year: int | None = None
    ethnicity: Ethnicity = Ethnicity.UNKNOWN
    hometown: str = ""


@dataclass(frozen=True)
class Sitting:
    """Everything said and decided in one intake sitting."""

    victim: Person | NewVictim
    testifier_name: str
    testifier_contact: str
    relation: str  # a RelationKind value, or WITNESS
    relation_detail: str
    transcript: str
    language: str
    translation: str
    day: date
    victim_disclosure: Disclosure
    testifier_disclosure: Disclosure
    publish_photo: bool
    place_granularity: PlaceGranularity


def record_testimony(sitting: Sitting, uploads: Sequence[UploadedFile], by: Any) -> Testimony:
    """Store the files, then write the sitting's records; return the testimony."""
    who = by.get_username()
    items = keep_files(uploads, INTAKE, who, f"brought to an intake interview ({sitting.day})")
    with transaction.atomic():
        source = Source.objects.create(
            kind=SourceKind.INTERVIEW,
            title=f"Intake interview, {sitting.day.isoformat()}",
            visibility=Visibility.CONFIDENTIAL,
            language=sitting.language,
            published_date=sitting.day,
            published_precision=DatePrecision.DAY,
            collected_by=who,
        )
        victim = _victim(sitting, source)
        _narrow_consent(victim, sitting)
        testifier = _testifier(sitting, source)
        if sitting.relation != WITNESS:
            Relationship.objects.create(
                person=testifier,
                other=victim,
                kind=RelationKind(sitting.relation),
                source=source,
                visibility=Visibility.CONFIDENTIAL,
            )
        testimony = _testimony(sitting, victim, testifier, source)
        TestimonyFile.objects.bulk_create(
            TestimonyFile(testimony=testimony, **kept.fields()) for kept in items
        )
        log_step(Step.RECORD, by, person=victim, reason=f"testimony {testimony.pk}")
    return testimony


def _victim(sitting: Sitting, source: Source) -> Person:
    if isinstance(sitting.victim, Person):
        return sitting.victim
    new = sitting.victim
    person = Person(
        role=Role.VICTIM,
        gender=new.gender,
        birth_year=new.birth_year,
        ethnicity=new.ethnicity,
        hometown=resolve_place(new.hometown) if new.hometown else None,
        disclosure=sitting.victim_disclosure,
        place_granularity=sitting.place_granularity,
        consent_publish_photo=sitting.publish_photo,
        publication=Publication.DRAFT,
    )
    save_with_reason(person, "drafted at intake")
    add_names(person, new.names, source)
    return person


def _narrow_consent(victim: Person, sitting: Sitting) -> None:
    """A relative's consent can only narrow how precisely the entry places the victim:
    public outputs read the entry's granularity, so it takes the coarser of the two."""
    current = PlaceGranularity(victim.place_granularity or PlaceGranularity.COUNTY)
    narrowed = coarsest(current, sitting.place_granularity)
    if narrowed != current:
        victim.place_granularity = narrowed
        save_with_reason(victim, f"place granularity narrowed to {narrowed} by a testimony")


def _testifier(sitting: Sitting, source: Source) -> Person:
    testifier = Person(
        role=Role.TESTIFIER,
        visibility=Visibility.CONFIDENTIAL,
        disclosure=sitting.testifier_disclosure,
        contact=sitting.testifier_contact,
        publication=Publication.DRAFT,
    )
    save_with_reason(testifier, "testifier recorded at intake")
    add_names(
        testifier,
        [sitting.testifier_name],
        source,
        visibility=Visibility.CONFIDENTIAL,
        publication=Publication.PUBLISHED,
    )
    return testifier


def _testimony(sitting: Sitting, victim: Person, testifier: Person, source: Source) -> Testimony:
    relation = sitting.relation.replace("_", " ")
    testimony = Testimony(
        victim=victim,
        testifier=testifier,
        relation=f"{relation}: {sitting.relation_detail}" if sitting.relation_detail else relation,
        date=sitting.day,
        date_precision=DatePrecision.DAY,
        language=sitting.language,
        transcript=sitting.transcript,
        translation=sitting.translation,
        source=source,
        consent_publish_name=sitting.testifier_disclosure == Disclosure.FULL,
        consent_publish_photo=sitting.publish_photo,
        place_granularity=sitting.place_granularity,
        visibility=Visibility.RESTRICTED,
        disclosure=sitting.testifier_disclosure,
    )
    save_with_reason(testimony, "recorded at intake")
    return testimony

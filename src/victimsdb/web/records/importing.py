"""Writing checked spreadsheet rows (core.person_import) into the database.

All or nothing: the rows are checked in full before this runs, and the
writes happen in one transaction. The file itself becomes a Source (kind
spreadsheet) with its SHA-256, so every imported fact cites the file and row.
A row whose external_id is already in the database is matched, not
duplicated: its new names are added and the rest is left to curators, so a
re-import never overwrites their edits.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from victimsdb.core.names.scripts import detect_script
from victimsdb.core.person_import import PersonRow
from victimsdb.core.vocabulary import (
    ClaimField,
    EventType,
    NameKind,
    Publication,
    Script,
    SourceKind,
    Status,
    Verification,
)
from victimsdb.web.records.models import (
    Claim,
    Event,
    Facility,
    FacilityName,
    Person,
    Source,
)
from victimsdb.web.records.places import resolve_place

SCRIPTS = {script.value for script in Script}
_EVENT_OF_STATUS = {
    Status.IN_CAMP: EventType.CAMP_INTERNMENT,
    Status.IMPRISONED: EventType.IMPRISONMENT,
    Status.HOUSE_ARREST: EventType.HOUSE_ARREST,
    Status.MISSING: EventType.DISAPPEARANCE,
}


@dataclass
class ImportReport:
    created: int = 0
    matched: int = 0
    names_added: int = 0

    def __str__(self) -> str:
        return (
            f"{self.created} entries created, {self.matched} already present "
            f"({self.names_added} new names added to them)"
        )


@transaction.atomic
def import_persons(
    rows: list[PersonRow],
    file_name: str,
    content: bytes,
    publish: bool,
    collected_by: str = "victimsdb import",
) -> ImportReport:
    """Create or match one entry per row; raise nothing half-way (one transaction)."""
    report = ImportReport()
    file_source = _file_source(file_name, content, collected_by)
    for row in rows:
        source = _url_source(row.source_url, collected_by) if row.source_url else file_source
        existing = Person.all_objects.filter(external_id=row.external_id).first()
        if existing is None:
            _create(row, source, publish)
            report.created += 1
        else:
            report.matched += 1
            report.names_added += _add_names(existing, row, source)
    return report


def _file_source(file_name: str, content: bytes, collected_by: str) -> Source:
    digest = hashlib.sha256(content).hexdigest()
    existing = Source.all_objects.filter(sha256=digest, kind=SourceKind.SPREADSHEET).first()
    if existing:
        return existing
    source = Source(
        kind=SourceKind.SPREADSHEET,
        title=file_name,
        sha256=digest,
        archived_at=timezone.now(),
        collected_by=collected_by,
    )
    source.archive.save(f"{digest}.csv", ContentFile(content), save=False)
    source.save()
    return source


def _url_source(url: str, collected_by: str) -> Source:
    source = Source.all_objects.filter(url=url).first()
    return source or Source.objects.create(
        kind=SourceKind.NEWS_ARTICLE, title=url, url=url, collected_by=collected_by
    )


def _create(row: PersonRow, source: Source, publish: bool) -> Person:
    person = Person.objects.create(
        external_id=row.external_id,
        gender=row.gender,
        birth_year=row.birth_year,
        ethnicity=row.ethnicity,
        citizenships=row.citizenships,
        hometown=resolve_place(row.hometown) if row.hometown else None,
        status_override=row.status.value if row.status else "",
        notes=row.notes,
        verification=Verification.REPORTED,
        publication=Publication.PUBLISHED if publish else Publication.DRAFT,
    )
    _add_names(person, row, source)
    quote = f"row on line {row.line}"
    for field, value in (
        (ClaimField.GENDER, row.gender),
        (ClaimField.ETHNICITY, row.ethnicity),
        (ClaimField.STATUS, row.status or ""),
    ):
        if value and value != "unknown":
            Claim.objects.create(
                person=person, source=source, field=field, value=value, quote=quote
            )
    if row.detained_from or row.facility:
        _detention(person, row, source, quote)
    return person


def _add_names(person: Person, row: PersonRow, source: Source) -> int:
    known = set(person.names.values_list("text", flat=True))
    added = 0
    for position, text in enumerate(row.names):
        if text in known:
            continue
        kind = NameKind.PRIMARY if position == 0 and not known else NameKind.ALIAS
        script = detect_script(text)  # mixed or rare scripts are left blank for curators
        name = person.names.create(
            text=text,
            script=script if script in SCRIPTS else "",
            kind=kind,
            source=source,
        )
        Claim.objects.create(
            person=person,
            source=source,
            field=ClaimField.NAME,
            value=text,
            name=name,
            quote=f"row on line {row.line}",
        )
        known.add(text)
        added += 1
    return added


def _detention(person: Person, row: PersonRow, source: Source, quote: str) -> None:
    kind = _EVENT_OF_STATUS.get(row.status) if row.status else None
    kind = kind or (EventType.CAMP_INTERNMENT if row.facility else EventType.DETENTION)
    start = row.detained_from
    event = Event.objects.create(
        person=person,
        type=kind,
        start_date=start.start if start else None,
        start_precision=start.precision.value if start else "",
        facility=_facility(row.facility) if row.facility else None,
    )
    Claim.objects.create(
        person=person, source=source, field=ClaimField.EVENT, event=event, quote=quote
    )


def _facility(text: str) -> Facility:
    known = FacilityName.objects.filter(text__iexact=text).select_related("facility").first()
    if known:
        return known.facility
    facility = Facility.objects.create()
    FacilityName.objects.create(facility=facility, text=text)
    return facility

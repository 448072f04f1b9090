"""Receiving a report: the same path for the web form and the JSON API.

Files are checked and stored first (a refused file stops everything before
any row is written); then the report and its files' SHA-256s are saved in
one transaction. The receipt is returned once and only its digest is kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from victimsdb.core.intake.receipts import new_receipt, receipt_digest
from victimsdb.core.intake.report import Report as ReportSpec
from victimsdb.web.intake.files import PUBLIC, keep_files
from victimsdb.web.intake.models import Report, ReportFile


def submit_report(
    spec: ReportSpec, uploads: Sequence[UploadedFile], language: str, channel: str
) -> tuple[Report, str]:
    """Save a checked report and its files; return it with its receipt code."""
    items = keep_files(uploads, PUBLIC, "public report form", f"uploaded with a report ({channel})")
    receipt = new_receipt()
    digest = receipt_digest(receipt)
    assert digest is not None  # a fresh receipt is always well-formed
    victim, reporter, consent = spec.victim, spec.reporter, spec.consent
    with transaction.atomic():
        report = Report.objects.create(
            receipt_digest=digest,
            language=language,
            channel=channel,
            names=list(victim.names),
            gender=victim.gender.value,
            birth_year=victim.birth_year,
            ethnicity=victim.ethnicity.value,
            hometown=victim.hometown,
            what_happened=victim.what_happened,
            when_happened=victim.when,
            where_happened=victim.where,
            reporter_name=reporter.name,
            reporter_relation=reporter.relation,
            reporter_contact=reporter.contact,
            consent_publish_name=consent.publish_name,
            consent_publish_photo=consent.publish_photo,
        )
        ReportFile.objects.bulk_create(ReportFile(report=report, **kept.fields()) for kept in items)
    return report, receipt

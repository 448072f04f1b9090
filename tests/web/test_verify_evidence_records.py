"""victimsdb verify-evidence covers the records too: evidence rows and sources' archived copies."""

from __future__ import annotations

import io
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from victimsdb.core.evidence import EvidenceStore, StoredItem
from victimsdb.web.evidence.models import Evidence
from victimsdb.web.records.models import Source

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def item(evidence_store: EvidenceStore) -> StoredItem:
    when = datetime(2019, 3, 5, tzinfo=UTC)
    return evidence_store.put(
        io.BytesIO(PDF), "notice.pdf", "application/pdf", "volunteer", when, "office"
    )


def link(item: StoredItem, person: Any, **changes: Any) -> Evidence:
    fields = {"sha256": item.sha256, "size": item.size, "media_type": item.media.mime}
    return Evidence.objects.create(
        person=person,
        collected_by="volunteer",
        collected_at=item.collection.collected_at,
        how="office",
        **(fields | changes),
    )


def verify(*options: str) -> tuple[int, str]:
    out = io.StringIO()
    try:
        call_command("verify_evidence", *options, stdout=out)
    except SystemExit as exit:
        return int(exit.code or 0), out.getvalue()
    return 0, out.getvalue()


def test_everything_matches(item: StoredItem, person_named: Any) -> None:
    link(item, person_named("Gulzira Auelkhankyzy"))
    code, output = verify()
    assert code == 0, output
    assert "every item matches its SHA-256" in output
    assert "0 stored item(s) linked to no evidence record" in output


def test_a_record_whose_item_is_gone_fails(
    evidence_store: EvidenceStore, person_named: Any
) -> None:
    missing = link_missing(person_named("Gulzira Auelkhankyzy"))
    code, output = verify()
    assert code == 1
    assert f"MISMATCH {missing.sha256}: evidence record {missing.pk}: not in the store" in output


def link_missing(person: Any) -> Evidence:
    return Evidence.objects.create(
        person=person,
        sha256="ab" * 32,
        size=1,
        media_type="application/pdf",
        collected_by="volunteer",
        collected_at=datetime.now(UTC),
        how="office",
    )


def test_a_record_that_disagrees_with_the_store_fails(item: StoredItem, person_named: Any) -> None:
    wrong = link(item, person_named("Gulzira Auelkhankyzy"), size=item.size + 1)
    code, output = verify("--json")
    assert code == 1
    problems = json.loads(output)["mismatches"]
    assert {
        "sha256": item.sha256,
        "problem": f"evidence record {wrong.pk}: size or type differ",
    } in (problems)


def test_an_altered_original_fails(
    evidence_store: EvidenceStore, item: StoredItem, person_named: Any
) -> None:
    link(item, person_named("Gulzira Auelkhankyzy"))
    original = evidence_store.layout.original(item.sha256)
    os.chmod(original, 0o600)
    original.write_bytes(PDF.replace(b"1.4", b"1.7"))
    code, output = verify()
    assert code == 1 and "the original was altered" in output


def test_an_altered_source_archive_fails(evidence_store: EvidenceStore) -> None:
    source = Source(title="A statement")
    source.archive.save("statement.txt", ContentFile(b"the text as collected"), save=False)
    source.save()
    path = Path(source.archive.path)
    try:
        path.write_bytes(b"the text, edited")
        code, output = verify()
    finally:
        path.unlink()
    assert code == 1 and f"source {source.pk}: archived copy altered" in output


def test_unlinked_items_are_counted_not_failed(item: StoredItem) -> None:
    code, output = verify()
    assert code == 0
    assert "1 stored item(s) linked to no evidence record" in output

"""Evidence uploaded from a person's page, and the function every upload path calls."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from victimsdb.core.evidence import EvidenceRejected, EvidenceStore
from victimsdb.web.evidence.models import Evidence
from victimsdb.web.evidence.storage import keep_upload
from victimsdb.web.security.testing import sign_in_verified

pytestmark = pytest.mark.django_db


def pdf() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10), "white").save(buffer, "PDF")
    return buffer.getvalue()


def page_data(response: Any) -> dict[str, Any]:
    """What the browser would send back for an admin change page, unchanged."""
    data: dict[str, Any] = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        data |= {management.add_prefix(n): management[n].value() for n in management.fields}
        forms += formset.forms
    for form in forms:
        for name, field in form.fields.items():
            value = field.prepare_value(form[name].value())
            if value not in (None, "") and not hasattr(value, "read") and not field.disabled:
                data[form.add_prefix(name)] = value
    return data


def test_a_curator_uploads_evidence_on_the_person_page(
    client: Client, curator: Any, evidence_store: EvidenceStore, person_named: Any
) -> None:
    person = person_named("Gulzira Auelkhankyzy")
    sign_in_verified(client, curator)
    url = f"/admin/records/person/{person.pk}/change/"
    data = page_data(client.get(url))
    data |= {
        "evidence-TOTAL_FORMS": "1",
        "evidence-0-upload": SimpleUploadedFile("camp notice.pdf", pdf(), "application/pdf"),
        "evidence-0-how": "handed over by her sister, scanned at the office",
        "evidence-0-visibility": "confidential",
        "evidence-0-person": person.pk,
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    evidence = Evidence.objects.get(person=person)
    assert evidence.media_type == "application/pdf" and evidence.sha256 in evidence_store
    assert evidence_store.record(evidence.sha256).original_name == "camp notice.pdf"


def test_keep_upload_keeps_a_name_for_display_only(evidence_store: EvidenceStore) -> None:
    upload = io.BytesIO(pdf())
    upload.name = "../../../etc/cron.d/x.pdf"  # type: ignore[attr-defined]
    item = keep_upload(upload, collected_by="intake form", how="public report")
    assert item.original_name == "x.pdf"
    assert [p.name for p in evidence_store.layout.root.rglob("*.pdf")] == []
    assert (evidence_store.layout.root / item.sha256[:2] / item.sha256[2:4] / item.sha256).exists()


def test_keep_upload_refuses_what_the_core_refuses(evidence_store: EvidenceStore) -> None:
    upload = io.BytesIO(b"MZ\x90\x00 an executable")
    upload.name = "photo.jpg"  # type: ignore[attr-defined]
    with pytest.raises(EvidenceRejected):
        keep_upload(upload, collected_by="intake form", how="public report")
    assert list(evidence_store.items()) == []

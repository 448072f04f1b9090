"""Evidence kept from the admin: checked by content, stored by SHA-256, downloads logged."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from victimsdb.core.evidence import EvidenceStore, Limits
from victimsdb.web.evidence.models import Evidence
from victimsdb.web.records.models import Person
from victimsdb.web.security.testing import sign_in_verified

pytestmark = pytest.mark.django_db


def jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "navy").save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def curator_client(client: Client, curator: Any) -> Client:
    sign_in_verified(client, curator)
    return client


def add(client: Client, person: Person, upload: SimpleUploadedFile, **extra: str) -> Any:
    data = {
        "upload": upload,
        "person": person.pk,
        "how": "photographed at the Almaty office",
        "visibility": "confidential",
        "disclosure": "anonymous",
        "verification": "reported",
        "publication": "draft",
        **extra,
    }
    return client.post("/admin/evidence/evidence/add/", data)


def stored_items(store: EvidenceStore) -> list[str]:
    return [item.sha256 for item in store.items()]


def test_an_upload_is_kept_by_sha256_with_its_custody(
    curator_client: Client, evidence_store: EvidenceStore, person_named: Any
) -> None:
    person = person_named("Gulzira Auelkhankyzy")
    photo = jpeg()
    response = add(curator_client, person, SimpleUploadedFile("id.jpg", photo, "image/jpeg"))
    assert response.status_code == 302
    evidence = Evidence.objects.get(person=person)
    assert (evidence.media_type, evidence.size) == ("image/jpeg", len(photo))
    assert evidence.visibility == "confidential" and evidence.collected_by == "test-curator"
    assert stored_items(evidence_store) == [evidence.sha256]
    (collected,) = evidence_store.history(evidence.sha256)
    assert collected.by == "test-curator"
    assert collected.details["how"] == "photographed at the Almaty office"


def test_a_mislabelled_upload_is_refused_and_nothing_is_stored(
    curator_client: Client, evidence_store: EvidenceStore, person_named: Any
) -> None:
    person = person_named("Gulzira Auelkhankyzy")
    fake = SimpleUploadedFile("scan.pdf", jpeg(), "application/pdf")
    response = add(curator_client, person, fake)
    assert response.status_code == 200
    assert "Nothing was stored." in response.content.decode()
    assert stored_items(evidence_store) == [] and not Evidence.all_objects.exists()


def test_an_unaccepted_type_is_refused(
    curator_client: Client, evidence_store: EvidenceStore, person_named: Any
) -> None:
    page = SimpleUploadedFile("page.html", b"<html><script>alert(1)</script></html>", "text/html")
    response = add(curator_client, person_named("Gulzira Auelkhankyzy"), page)
    assert "Nothing was stored." in response.content.decode()
    assert "<script>alert(1)" not in response.content.decode()
    assert stored_items(evidence_store) == []


def test_an_oversized_upload_is_refused(
    curator_client: Client, evidence_store: EvidenceStore, person_named: Any, monkeypatch: Any
) -> None:
    small = EvidenceStore(evidence_store.layout.root, limits=Limits(photo=100))
    monkeypatch.setattr("victimsdb.web.evidence.storage.evidence_store", lambda: small)
    response = add(curator_client, person_named("Gulzira Auelkhankyzy"), upload("id.jpg"))
    assert "larger than the 100 bytes limit" in response.content.decode()
    assert stored_items(evidence_store) == []


def upload(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, jpeg(), "image/jpeg")


def test_evidence_must_be_attached_to_something(
    curator_client: Client, evidence_store: EvidenceStore
) -> None:
    data = {"upload": upload("id.jpg"), "how": "office", "visibility": "confidential"}
    response = curator_client.post("/admin/evidence/evidence/add/", data)
    assert "Attach the evidence to a person, testimony or source." in response.content.decode()
    assert not Evidence.all_objects.exists()


@pytest.fixture
def evidence(curator_client: Client, evidence_store: EvidenceStore, person_named: Any) -> Evidence:
    add(curator_client, person_named("Gulzira Auelkhankyzy"), upload("passport of Aigerim.jpg"))
    return Evidence.objects.get()


def test_a_download_is_logged_with_who_and_why(
    curator_client: Client, evidence_store: EvidenceStore, evidence: Evidence
) -> None:
    url = f"/admin/evidence/evidence/{evidence.pk}/download/"
    response = curator_client.post(url, {"why": "asylum court filing"})
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == jpeg()  # type: ignore[attr-defined]
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    viewed = evidence_store.history(evidence.sha256)[-1]
    assert (viewed.event.value, viewed.by, viewed.details["why"]) == (
        "viewed",
        "test-curator",
        "asylum court filing",
    )
    from victimsdb.web.security.models import AccessLog

    logged = AccessLog.objects.get(object_id=str(evidence.pk), action="download")
    assert logged.username == "test-curator"


def test_downloads_need_the_permission_and_a_post(
    client: Client, curator_client: Client, evidence_store: EvidenceStore, evidence: Evidence
) -> None:
    url = f"/admin/evidence/evidence/{evidence.pk}/download/"
    assert curator_client.get(url).status_code == 405
    viewer = get_user_model().objects.create_user("viewer", password="a-long-test-password")
    viewer.is_staff = True
    viewer.save()
    # Cleared for confidential records (evidence is confidential), but not for downloads.
    viewer.user_permissions.set(
        Permission.objects.filter(codename__in=["view_evidence", "view_confidential"])
    )
    client = sign_in_verified(Client(), viewer)
    page = client.get(f"/admin/evidence/evidence/{evidence.pk}/change/").content.decode()
    assert "Custody log" in page and "Download original" not in page
    assert client.post(url).status_code == 403
    assert [e.event.value for e in evidence_store.history(evidence.sha256)] == ["collected"]


def test_the_change_page_shows_the_custody_log_and_the_download_button(
    curator_client: Client, evidence: Evidence
) -> None:
    page = curator_client.get(f"/admin/evidence/evidence/{evidence.pk}/change/").content.decode()
    assert "collected by test-curator" in page
    assert "Download original (logged)" in page
    assert 'name="how"' not in page and "photographed at the Almaty office" in page  # fixed


def test_the_person_page_has_an_evidence_inline(curator_client: Client, evidence: Evidence) -> None:
    page = curator_client.get(f"/admin/records/person/{evidence.person_id}/change/")
    html = page.content.decode()
    assert "evidence-TOTAL_FORMS" in html and 'enctype="multipart/form-data"' in html
    assert f"/admin/evidence/evidence/{evidence.pk}/change/" in html
    assert 'name="evidence-0-DELETE"' not in html  # deleted softly, from its own page only


def test_evidence_never_reaches_the_public_entry(client: Client, evidence: Evidence) -> None:
    person = Person.objects.get(pk=evidence.person_id)
    for url in (f"/persons/{person.entry_no}/", f"/api/v1/persons/{person.entry_no}"):
        assert evidence.sha256.encode() not in client.get(url).content

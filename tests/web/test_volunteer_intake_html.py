"""A volunteer records a relative's testimony in one sitting: confidential, versioned, filed."""

import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from victimsdb.web.intake import models as intake
from victimsdb.web.records import models as records

from .staff import CURATOR, VOLUNTEER, staff_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def volunteer() -> Client:
    return staff_client("volunteer-2", VOLUNTEER)


def sitting(**changes: Any) -> dict[str, Any]:
    return {
        "testifier_name": "Testifier TESTIFIER-SENTINEL",
        "testifier_contact": "+7 701 CONTACT-SENTINEL",
        "relation": "child",
        "relation_detail": "daughter",
        "transcript": "My mother was taken in 2018. TRANSCRIPT-SENTINEL",
        "language": "kk",
        "translation": "",
        "day": "2026-11-01",
        "victim_disclosure": "initials",
        "testifier_disclosure": "anonymous",
        "place_granularity": "prefecture",
        **changes,
    }


def photo() -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (6, 6), "purple").save(out, "PNG")
    return SimpleUploadedFile("id-card.png", out.getvalue(), "image/png")


def test_the_search_finds_an_entry_in_another_script(volunteer: Client, person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    page = volunteer.get("/staff/intake/", {"q": "Гүлзира Әуелханқызы"}).content.decode()
    assert f"/staff/intake/new/?entry={gulzira.entry_no}" in page


def test_a_testimony_about_an_existing_entry(volunteer: Client, person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    data = {**sitting(), "media_files": [photo()]}
    response = volunteer.post(f"/staff/intake/new/?entry={gulzira.entry_no}", data)
    assert response.status_code == 302
    testimony = records.Testimony.objects.get(transcript__contains="TRANSCRIPT-SENTINEL")
    assert testimony.victim == gulzira and testimony.visibility == "restricted"
    assert testimony.disclosure == "anonymous" and not testimony.consent_publish_name
    assert testimony.place_granularity == "prefecture" and testimony.relation == "child: daughter"
    assert testimony.source.kind == "interview" and testimony.source.visibility == "confidential"
    testifier = testimony.testifier
    assert testifier.role == "testifier" and testifier.visibility == "confidential"
    assert testifier.contact == "+7 701 CONTACT-SENTINEL"
    assert testifier.names.get().visibility == "confidential"
    relation = records.Relationship.objects.get(person=testifier)
    assert relation.other == gulzira and relation.kind == "child"
    assert relation.visibility == "confidential"
    (kept,) = intake.TestimonyFile.objects.filter(testimony=testimony)
    assert kept.media_type == "image/png" and kept.name == "id-card.png"
    assert intake.Step.objects.filter(person=gulzira, action="record").exists()
    assert testimony.history.count() == 1 and testifier.history.exists()
    gulzira.refresh_from_db()  # the relative's consent narrows the entry's (county before)
    assert gulzira.place_granularity == "prefecture"


def test_nothing_of_the_testifier_reaches_public_pages(
    client: Client, volunteer: Client, person_named: Any
) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    volunteer.post(f"/staff/intake/new/?entry={gulzira.entry_no}", sitting())
    urls = [f"/persons/{gulzira.entry_no}/", f"/api/v1/persons/{gulzira.entry_no}"]
    urls += ["/persons/?q=Testifier", "/api/v1/persons?q=Testifier", "/persons/?format=csv"]
    text = "\n".join(client.get(url).content.decode() for url in urls)
    for secret in ["TESTIFIER-SENTINEL", "CONTACT-SENTINEL", "TRANSCRIPT-SENTINEL"]:
        assert secret not in text


def test_a_testimony_with_a_new_draft_entry_carries_the_consent(volunteer: Client) -> None:
    data = sitting(victim_names="Ерсін Еркінұлы\nErsin Erkinuly", victim_ethnicity="kazakh")
    assert volunteer.post("/staff/intake/new/", data).status_code == 302
    victim = records.Testimony.objects.get(transcript__contains="TRANSCRIPT-SENTINEL").victim
    assert victim.publication == "draft" and victim.disclosure == "initials"
    assert victim.place_granularity == "prefecture"
    assert set(victim.names.values_list("text", flat=True)) == {"Ерсін Еркінұлы", "Ersin Erkinuly"}


def test_a_relatives_testimony_grades_a_new_entry_testimony(volunteer: Client) -> None:
    volunteer.post("/staff/intake/new/", sitting(victim_names="Ерсін Еркінұлы"))
    victim = records.Testimony.objects.get(transcript__contains="TRANSCRIPT-SENTINEL").victim
    curator = staff_client("curator-2", CURATOR)
    curator.post(f"/staff/entries/{victim.entry_no}/verify/")
    assert records.Person.objects.get(pk=victim.pk).verification == "testimony"


def test_a_new_entry_needs_a_name(volunteer: Client) -> None:
    response = volunteer.post("/staff/intake/new/", sitting())
    assert response.status_code == 400 and "Give at least one name" in response.content.decode()
    assert not records.Testimony.objects.filter(transcript__contains="TRANSCRIPT-SENTINEL").exists()


def test_a_mislabelled_file_stops_the_sitting_with_nothing_stored(
    volunteer: Client, person_named: Any
) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    fake = SimpleUploadedFile("video.mp4", b"MZ\x90\x00 a windows program", "video/mp4")
    data = {**sitting(), "media_files": [fake]}
    response = volunteer.post(f"/staff/intake/new/?entry={gulzira.entry_no}", data)
    assert response.status_code == 400 and "Nothing was stored" in response.content.decode()
    assert "TRANSCRIPT-SENTINEL" in response.content.decode()  # what was typed is kept
    assert not records.Testimony.objects.filter(transcript__contains="TRANSCRIPT-SENTINEL").exists()


def test_recording_needs_the_permission() -> None:
    assert staff_client("reader", ["view_report"]).get("/staff/intake/").status_code == 403

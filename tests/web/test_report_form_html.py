"""The public report form: no account, a receipt, bad input refused with nothing lost."""

import io
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from victimsdb.core.intake.receipts import receipt_digest
from victimsdb.web.intake.models import Report

pytestmark = pytest.mark.django_db
XSS = "<script>alert(1)</script>"


def jpeg(name: str = "photo.jpg") -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "JPEG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def png_bytes(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (5, 5), colour).save(out, "PNG")
    return out.getvalue()


def form(**changes: Any) -> dict[str, Any]:
    data = {
        "name": "Гүлзира Әуелханқызы",
        "other_names": "Gulzira Auelkhankyzy\nGulzire Awulqanqizi",
        "gender": "female",
        "birth_year": "1980",
        "ethnicity": "kazakh",
        "hometown": "Tekes",
        "what_happened": "Taken to a camp in 2017.",
        "when": "2017-10",
        "where": "Ghulja",
        "reporter_name": "Reporter REPORTER-NAME",
        "reporter_relation": "sister",
        "reporter_contact": "+7 700 CONTACT",
        "publish_name": "",
    }
    return {key: value for key, value in {**data, **changes}.items() if value is not None}


def stored_files() -> list[Path]:
    root = Path(settings.EVIDENCE_ROOT)
    return [p for p in root.rglob("*") if p.is_file() and p.relative_to(root).parts[0] != "tmp"]


def report_count_and_files() -> tuple[int, int]:
    return Report.objects.count(), len(stored_files())


def test_the_form_needs_no_account(client: Client) -> None:
    page = client.get("/report/").content.decode()
    assert "Report a detained or missing person" in page
    assert 'name="what_happened"' in page and 'enctype="multipart/form-data"' in page


def test_a_report_is_stored_and_answered_with_a_receipt(client: Client) -> None:
    response = client.post("/report/", form())
    assert response.status_code == 200
    receipt = response.context["receipt"]
    assert receipt in response.content.decode()
    report = Report.objects.get(receipt_digest=receipt_digest(receipt))
    assert report.names == ["Гүлзира Әуелханқызы", "Gulzira Auelkhankyzy", "Gulzire Awulqanqizi"]
    assert report.reporter_contact == "+7 700 CONTACT" and report.state == "submitted"
    assert report.birth_year == 1980 and report.language == "en" and not report.consent_publish_name


def test_the_receipt_itself_is_not_stored(client: Client) -> None:
    receipt = client.post("/report/", form()).context["receipt"]
    assert not Report.objects.filter(receipt_digest__contains=receipt.replace("-", "")).exists()


def test_missing_required_fields_keep_everything_typed(client: Client) -> None:
    response = client.post("/report/", form(name="", what_happened=""))
    assert response.status_code == 400
    page = response.content.decode()
    assert "+7 700 CONTACT" in page and "Gulzire Awulqanqizi" in page
    assert Report.objects.count() == 0


def test_the_honeypot_refuses_robots(client: Client) -> None:
    response = client.post("/report/", form(website="http://spam.example"))
    assert response.status_code == 400 and Report.objects.count() == 0


def test_script_injection_is_escaped_when_the_form_comes_back(client: Client) -> None:
    fields = ["name", "other_names", "hometown", "what_happened", "when", "where"]
    fields += ["reporter_name", "reporter_relation", "reporter_contact"]
    page = client.post("/report/", form(birth_year="x", **dict.fromkeys(fields, XSS))).content
    assert XSS.encode() not in page and b"&lt;script&gt;" in page


def test_a_photo_is_kept_by_its_sha256(client: Client) -> None:
    response = client.post("/report/", {**form(), "attachments": [jpeg()]})
    assert response.status_code == 200
    (kept,) = Report.objects.get().files.all()
    assert kept.media_type == "image/jpeg" and len(kept.sha256) == 64
    assert any(path.name == kept.sha256 for path in stored_files())


def test_a_mislabelled_file_is_refused_and_nothing_is_stored(client: Client) -> None:
    before = report_count_and_files()
    html = SimpleUploadedFile("scan.jpg", b"<html><script>x</script></html>", "image/jpeg")
    fresh = SimpleUploadedFile("ok.png", png_bytes("blue"), "image/png")
    response = client.post("/report/", {**form(), "attachments": [fresh, html]})
    assert response.status_code == 400
    assert "Nothing was stored" in response.content.decode()
    assert report_count_and_files() == before


def test_a_file_named_as_another_type_is_refused(client: Client) -> None:
    response = client.post("/report/", {**form(), "attachments": [jpeg("passport.pdf")]})
    assert "does not match its content" in response.content.decode()
    assert Report.objects.count() == 0


def test_an_oversized_file_is_refused(client: Client) -> None:
    big = SimpleUploadedFile("big.jpg", b"\xff\xd8\xff" + bytes(10_000_001), "image/jpeg")
    response = client.post("/report/", {**form(), "attachments": [big]})
    assert "larger than 10 MB" in response.content.decode() and Report.objects.count() == 0


def test_audio_belongs_to_the_office_not_the_public_form(client: Client) -> None:
    mp3 = SimpleUploadedFile("voice.mp3", b"ID3" + b"\0" * 600, "audio/mpeg")
    response = client.post("/report/", {**form(), "attachments": [mp3]})
    assert "kind we do not accept" in response.content.decode()


def test_a_path_traversal_file_name_is_harmless(client: Client) -> None:
    boundary = "BoUnDaRy"
    fields = "".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'
        for key, value in form().items()
    ).encode()
    upload = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="attachments"; '
            f'filename="../../../etc/passwd.png"\r\nContent-Type: image/png\r\n\r\n'
        ).encode()
        + png_bytes("green")
        + f"\r\n--{boundary}--\r\n".encode()
    )
    content_type = f"multipart/form-data; boundary={boundary}"
    response = client.generic("POST", "/report/", fields + upload, content_type=content_type)
    assert response.status_code == 200
    (kept,) = Report.objects.get().files.all()
    assert kept.name == "passwd.png"
    assert not Path(settings.EVIDENCE_ROOT).parent.joinpath("etc").exists()


def test_an_oversized_request_is_refused_before_it_is_read(client: Client) -> None:
    response = client.post("/report/", form(), CONTENT_LENGTH="999999999")
    assert response.status_code == 413 and Report.objects.count() == 0


def test_a_flood_from_one_address_is_throttled_without_losing_the_text(
    client: Client, settings: Any
) -> None:
    settings.REPORTS_PER_HOUR = 3
    codes = [client.post("/report/", form()).status_code for _ in range(3)]
    response = client.post("/report/", form())
    assert codes == [200, 200, 200] and response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert "Too many reports" in page and "Taken to a camp in 2017." in page
    assert Report.objects.count() == 3


def test_another_address_is_not_throttled(client: Client, settings: Any) -> None:
    settings.REPORTS_PER_HOUR = 1
    client.post("/report/", form(), REMOTE_ADDR="10.0.0.1")
    assert client.post("/report/", form(), REMOTE_ADDR="10.0.0.2").status_code == 200


def test_behind_a_proxy_the_forwarded_address_counts(client: Client, settings: Any) -> None:
    settings.REPORTS_PER_HOUR, settings.TRUSTED_PROXIES = 1, 1
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    client.post("/report/", form(), HTTP_X_FORWARDED_FOR="spoof, 203.0.113.9", **proxy)
    other = client.post("/report/", form(), HTTP_X_FORWARDED_FOR="203.0.113.10", **proxy)
    again = client.post("/report/", form(), HTTP_X_FORWARDED_FOR="x, 203.0.113.9", **proxy)
    assert other.status_code == 200 and again.status_code == 429


def test_the_client_address_is_never_stored(client: Client) -> None:
    from victimsdb.web.intake.models import Hit

    client.post("/report/", form(), REMOTE_ADDR="198.51.100.7")
    assert "198.51.100.7" not in str(list(Hit.objects.values_list("client", flat=True)))


def test_no_log_line_carries_the_reporters_identity(
    client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    client.post("/report/", form())
    client.post("/report/", form(birth_year="not a year"))
    client.post("/api/v1/reports", '{"victim": 1}', content_type="application/json")
    assert "CONTACT" not in caplog.text and "REPORTER-NAME" not in caplog.text

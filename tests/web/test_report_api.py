"""POST /api/v1/reports: the report form as JSON."""

import json
from typing import Any

import pytest
from django.test import Client

from victimsdb.core.intake.receipts import receipt_digest
from victimsdb.web.intake.models import Report

pytestmark = pytest.mark.django_db
REPORT = {
    "victim": {
        "names": ["Гүлзира Әуелханқызы"],
        "gender": "female",
        "birth_year": 1980,
        "what_happened": "Taken in 2017.",
    },
    "reporter": {"name": "R", "relation": "sister", "contact": "+7 700 CONTACT"},
    "consent": {"publish_name": False, "publish_photo": True},
}


def post(client: Client, body: Any, **extra: Any) -> Any:
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post("/api/v1/reports", data, content_type="application/json", **extra)


def test_it_accepts_a_report_with_202_and_a_receipt() -> None:
    response = post(Client(enforce_csrf_checks=True), REPORT)
    assert response.status_code == 202
    report = Report.objects.get(receipt_digest=receipt_digest(response.json()["receipt"]))
    assert report.channel == "api" and report.consent_publish_photo
    assert report.reporter_contact == "+7 700 CONTACT"


def test_only_names_and_what_happened_are_required(client: Client) -> None:
    body = {"victim": {"names": ["Ersin Erkinuly"], "what_happened": "Missing."}}
    assert post(client, body).status_code == 202


def test_an_unknown_field_is_refused_with_the_reason(client: Client) -> None:
    response = post(client, {**REPORT, "victim": {**REPORT["victim"], "age": 40}})
    assert response.status_code == 400
    assert "victim: unknown field(s) age" in response.json()["error"]
    assert Report.objects.count() == 0


def test_malformed_fields_are_refused_with_every_reason(client: Client) -> None:
    victim = {"names": "Gulzira", "what_happened": "x", "birth_year": "1980"}
    problems = post(client, {"victim": victim}).json()["problems"]
    assert any("victim.names" in p for p in problems)
    assert any("victim.birth_year" in p for p in problems)


def test_malformed_json_is_refused(client: Client) -> None:
    response = post(client, '{"victim": ')
    assert response.status_code == 400 and "not valid UTF-8 JSON" in response.json()["error"]


def test_another_content_type_is_refused(client: Client) -> None:
    response = client.post("/api/v1/reports", {"victim": "x"})
    assert response.status_code == 415


def test_a_huge_body_is_refused(client: Client) -> None:
    response = post(client, REPORT, CONTENT_LENGTH="10000000")
    assert response.status_code == 413


def test_reading_is_not_allowed(client: Client) -> None:
    assert client.get("/api/v1/reports").status_code == 405


def test_a_flood_is_answered_429_with_retry_after(client: Client, settings: Any) -> None:
    settings.REPORTS_PER_HOUR = 2
    codes = [post(client, REPORT).status_code for _ in range(3)]
    response = post(client, REPORT)
    assert codes == [202, 202, 429] and response.status_code == 429
    assert "too many reports" in response.json()["error"] and response["Retry-After"]


def test_errors_never_echo_the_reporters_contact(client: Client) -> None:
    body = {**REPORT, "reporter": {"contact": ["+7 700 CONTACT"]}}
    assert "CONTACT" not in post(client, body).content.decode()


def test_the_openapi_document_describes_the_endpoint(client: Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    operation = spec["paths"]["/api/v1/reports"]["post"]
    assert set(operation["responses"]) >= {"202", "400", "429"}
    victim = spec["components"]["schemas"]["Report"]["properties"]["victim"]
    assert victim["required"] == ["names", "what_happened"]

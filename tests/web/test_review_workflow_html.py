"""Staff turn a report into a published, consent-respecting entry; withdrawal answers 410."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.intake.models import Report, Step
from victimsdb.web.records.models import Person

from .staff import CURATOR, VOLUNTEER, staff_client

pytestmark = pytest.mark.django_db
XSS = "<script>alert(1)</script>"


def report(client: Client, **changes: Any) -> Report:
    data = {
        "name": "Гүлзира Әуелханқызы",
        "gender": "female",
        "birth_year": "1980",
        "ethnicity": "kazakh",
        "hometown": "Tekes",
        "what_happened": "Taken to a camp. WHAT-SENTINEL",
        "when": "2017-10",
        "where": "Tekes",
        "reporter_name": "REPORTER-SENTINEL",
        "reporter_contact": "+7 700 CONTACT-SENTINEL",
        **changes,
    }
    assert client.post("/report/", data).status_code == 200
    return Report.objects.latest("pk")


@pytest.fixture
def curator() -> Client:
    return staff_client("curator-1", CURATOR)


@pytest.fixture
def volunteer() -> Client:
    return staff_client("volunteer-1", VOLUNTEER)


def publish_new_entry(curator: Client, item: Report) -> Person:
    curator.post(f"/staff/reports/{item.pk}/triage/")
    curator.post(f"/staff/reports/{item.pk}/draft/", {"event_type": "camp_internment"})
    person = Report.objects.get(pk=item.pk).person
    assert person is not None
    curator.post(f"/staff/entries/{person.entry_no}/verify/")
    curator.post(f"/staff/entries/{person.entry_no}/publish/")
    return Person.objects.get(pk=person.pk)


def public_outputs(client: Client, person: Person) -> str:
    urls = [f"/persons/{person.entry_no}/", f"/api/v1/persons/{person.entry_no}", "/persons/"]
    urls += ["/api/v1/persons?q=Auelkhankyzy", "/persons/?format=csv"]
    return "\n".join(client.get(url).content.decode() for url in urls)


def test_visitors_are_sent_to_log_in(client: Client) -> None:
    response = client.get("/staff/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_without_the_permission_are_refused() -> None:
    assert staff_client("nobody", []).get("/staff/").status_code == 403


def test_a_report_waits_in_the_new_queue(client: Client, volunteer: Client) -> None:
    item = report(client)
    page = volunteer.get("/staff/").content.decode()
    assert f'href="/staff/reports/{item.pk}/"' in page and "Гүлзира Әуелханқызы" in page


def test_a_report_becomes_a_published_anonymous_entry(client: Client, curator: Client) -> None:
    person = publish_new_entry(curator, report(client))
    assert person.publication == "published" and person.disclosure == "anonymous"
    assert person.verification == "reported"
    page = client.get(f"/persons/{person.entry_no}/").content.decode()
    assert "Kazakh woman, born 1980s, Tekes County" in page
    assert "camp internment" in page and "October 2017" in page
    outputs = public_outputs(client, person)
    for secret in ["Гүлзира", "REPORTER-SENTINEL", "CONTACT-SENTINEL", "WHAT-SENTINEL"]:
        assert secret not in outputs


def test_consent_to_publish_the_name_shows_it(client: Client, curator: Client) -> None:
    person = publish_new_entry(curator, report(client, publish_name="on"))
    page = client.get(f"/persons/{person.entry_no}/").content.decode()
    assert "<h1>Гүлзира Әуелханқызы</h1>" in page
    assert "REPORTER-SENTINEL" not in page and "CONTACT-SENTINEL" not in page


def test_names_get_their_script_detected(client: Client, curator: Client) -> None:
    item = report(client, other_names="Gulzira Auelkhankyzy\n古丽孜热")
    person = publish_new_entry(curator, item)
    scripts = dict(person.names.values_list("text", "script"))
    assert scripts == {
        "Гүлзира Әуелханқызы": "Cyrl",
        "Gulzira Auelkhankyzy": "Latn",
        "古丽孜热": "Hani",
    }


def test_an_entry_cannot_be_published_before_it_is_verified(
    client: Client, curator: Client
) -> None:
    item = report(client)
    curator.post(f"/staff/reports/{item.pk}/triage/")
    curator.post(f"/staff/reports/{item.pk}/draft/", {"event_type": "detention"})
    person = Report.objects.get(pk=item.pk).person
    response = curator.post(f"/staff/entries/{person.entry_no}/publish/", follow=True)
    assert "draft cannot publish" in response.content.decode()
    assert Person.objects.get(pk=person.pk).publication == "draft"


def test_a_volunteer_triages_but_cannot_publish(client: Client, volunteer: Client) -> None:
    item = report(client)
    volunteer.post(f"/staff/reports/{item.pk}/triage/")
    volunteer.post(f"/staff/reports/{item.pk}/draft/", {"event_type": "detention"})
    person = Report.objects.get(pk=item.pk).person
    assert volunteer.post(f"/staff/entries/{person.entry_no}/verify/").status_code == 403
    assert volunteer.post(f"/staff/entries/{person.entry_no}/publish/").status_code == 403


def test_a_report_linked_to_a_published_entry_waits_for_review(
    client: Client, curator: Client, person_named: Any
) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    item = report(client, name="Gulzira Awelkhan NEWSPELLING", publish_name="on")
    curator.post(f"/staff/reports/{item.pk}/triage/")
    page = curator.get(f"/staff/reports/{item.pk}/").content.decode()
    assert f'value="{gulzira.entry_no}"' in page  # offered as a candidate
    form = {"event_type": "detention", "entry_no": gulzira.entry_no}
    curator.post(f"/staff/reports/{item.pk}/draft/", form)
    public = f"/persons/{gulzira.entry_no}/"
    assert "NEWSPELLING" not in client.get(public).content.decode()
    assert gulzira.pk in {p.pk for p in curator.get("/staff/").context["entry_queues"][0][2]}
    curator.post(f"/staff/entries/{gulzira.entry_no}/verify/")
    assert "NEWSPELLING" not in client.get(public).content.decode()
    curator.post(f"/staff/entries/{gulzira.entry_no}/publish/")
    assert "NEWSPELLING" in client.get(public).content.decode()


def test_verifying_grades_the_entry_by_its_sources(curator: Client, person_named: Any) -> None:
    gulzira = person_named("Gulzira Auelkhankyzy")
    Person.objects.filter(pk=gulzira.pk).update(publication="draft")
    curator.post(f"/staff/entries/{gulzira.entry_no}/verify/")
    assert Person.objects.get(pk=gulzira.pk).verification == "corroborated"
    step = Step.objects.get(person=gulzira, action="verify")
    assert "independent sources agree" in step.reason


def test_withdrawal_needs_a_reason_and_answers_410(client: Client, curator: Client) -> None:
    person = publish_new_entry(curator, report(client, publish_name="on"))
    url = f"/staff/entries/{person.entry_no}/withdraw/"
    assert "give the reason" in curator.post(url, follow=True).content.decode()
    curator.post(url, {"reason": "her son asked by phone"})
    assert Person.objects.get(pk=person.pk).publication == "withdrawn"
    page = client.get(f"/persons/{person.entry_no}/")
    api = client.get(f"/api/v1/persons/{person.entry_no}")
    assert page.status_code == 410 and api.status_code == 410
    assert "Гүлзира" not in page.content.decode() + api.content.decode()
    assert "withdraw: her son asked by phone" in set(
        person.history.values_list("history_change_reason", flat=True)
    )


def test_a_withdrawn_entry_can_be_reinstated_as_a_draft(client: Client, curator: Client) -> None:
    person = publish_new_entry(curator, report(client))
    curator.post(f"/staff/entries/{person.entry_no}/withdraw/", {"reason": "asked"})
    curator.post(f"/staff/entries/{person.entry_no}/reinstate/", {"reason": "asked again"})
    assert Person.objects.get(pk=person.pk).publication == "draft"
    assert client.get(f"/persons/{person.entry_no}/").status_code == 404


def test_taking_a_name_down_keeps_the_entry_anonymous(client: Client, curator: Client) -> None:
    person = publish_new_entry(curator, report(client, publish_name="on"))
    curator.post(f"/staff/entries/{person.entry_no}/anonymise/", {"reason": "daughter asked"})
    page = client.get(f"/persons/{person.entry_no}/").content.decode()
    assert "Гүлзира" not in page and "Kazakh woman" in page


def test_a_rejected_report_can_be_reopened(client: Client, curator: Client) -> None:
    item = report(client)
    curator.post(f"/staff/reports/{item.pk}/reject/", {"reason": "spam"})
    assert Report.objects.get(pk=item.pk).state == "rejected"
    curator.post(f"/staff/reports/{item.pk}/reopen/")
    assert Report.objects.get(pk=item.pk).state == "submitted"
    assert list(Step.objects.filter(report=item).values_list("action", flat=True)) == [
        "reject",
        "reopen",
    ]


def test_an_unknown_step_is_not_found(client: Client, curator: Client) -> None:
    item = report(client)
    assert curator.post(f"/staff/reports/{item.pk}/explode/").status_code == 404


def test_script_injection_is_escaped_on_staff_pages(client: Client, curator: Client) -> None:
    fields = ["hometown", "what_happened", "when", "where", "reporter_name", "reporter_contact"]
    item = report(client, name=XSS, other_names=XSS, **dict.fromkeys(fields, XSS))
    pages = [curator.get(f"/staff/reports/{item.pk}/"), curator.get("/staff/")]
    curator.post(f"/staff/reports/{item.pk}/triage/")
    curator.post(f"/staff/reports/{item.pk}/draft/", {"event_type": "detention"})
    person = Report.objects.get(pk=item.pk).person
    pages.append(curator.get(f"/staff/entries/{person.entry_no}/"))
    assert all(XSS.encode() not in page.content for page in pages)

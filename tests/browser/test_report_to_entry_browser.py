"""A relative reports in Kazakh; a curator turns the report into a published, consent-respecting
entry; the public page shows neither the name nor the reporter. In real Chromium."""

import re
from typing import Any

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser
REPORTER = "Әуелхан Нұрлан"
CONTACT = "+7 701 555 0101"


def relative_reports_in_kazakh(page: Any, url: str) -> str:
    page.goto(url + "/")
    page.click("button[value=kk]")
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    page.click("text=Жоғалған адам туралы хабарлау")
    page.fill("#id_name", "Гүлзира Әуелханқызы")
    page.fill("#id_other_names", "Gulzira Auelkhankyzy")
    page.select_option("#id_gender", "female")
    page.fill("#id_birth_year", "1980")
    page.select_option("#id_ethnicity", "kazakh")
    page.fill("#id_hometown", "Текес")
    page.fill("#id_what_happened", "2017 жылы қазанда лагерьге әкетілді. Содан бері хабар жоқ.")
    page.fill("#id_when", "2017-10")
    page.fill("#id_where", "Текес")
    page.fill("#id_reporter_name", REPORTER)
    page.fill("#id_reporter_relation", "інісі")
    page.fill("#id_reporter_contact", CONTACT)
    page.click("form.report button[type=submit]")
    # Assertions that wait: a click returns once the next page starts loading, and on a
    # busy machine its title or the last page's text could still be read (expect retries).
    expect(page).to_have_title(re.compile("Хабарлама қабылданды"))
    receipt = page.locator("#receipt").inner_text().strip()
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", receipt)
    return receipt


def curator_publishes_the_report(page: Any, url: str) -> str:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from victimsdb.web.security.management.commands.otp_code import current_code
    from victimsdb.web.security.testing import PASSWORD, make_staff

    curator = make_staff("curator", "curator-b")
    page.goto(url + "/admin/login/?next=/staff/")
    page.fill("#id_username", "curator-b")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    # A password alone opens nothing.
    expect(page).to_have_url(re.compile("/staff/two-factor/verify/"))
    page.fill("#id_otp_token", current_code(TOTPDevice.objects.get(user=curator)))
    page.click("#token-form input[type=submit]")
    page.locator("#queue-new td a").first.click()
    expect(page.locator("body")).to_contain_text(CONTACT)  # staff see the reporter's contact
    page.click("#triage")
    page.select_option("#id_event_type", "camp_internment")
    page.click("#draft")
    page.click("#step-verify")
    expect(page.locator("#publication")).to_have_text("in_review")
    page.click("#step-publish")
    expect(page.locator("#publication")).to_have_text("published")
    return str(page.url.rstrip("/").rsplit("/", 1)[-1])


def test_a_kazakh_report_becomes_a_published_anonymous_entry(
    browser: Any, demo_server: Any
) -> None:
    relative = browser.new_context()
    relative_reports_in_kazakh(relative.new_page(), demo_server.url)
    staff = browser.new_context()
    entry_no = curator_publishes_the_report(staff.new_page(), demo_server.url)
    visitor = browser.new_context().new_page()
    visitor.goto(f"{demo_server.url}/persons/{entry_no}/")
    assert visitor.locator("h1").inner_text() == "Kazakh woman, born 1980s, Tekes County"
    html = visitor.content()
    for secret in ["Гүлзира", "Gulzira Auelkhankyzy", REPORTER, CONTACT, "лагерьге"]:
        assert secret not in html
    assert "camp internment" in visitor.locator("ol.timeline").inner_text()


def test_the_uyghur_site_reads_right_to_left(page: Any, demo_server: Any) -> None:
    page.goto(demo_server.url + "/report/")
    page.click("button[value=ug]")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert "تۇتۇلغان ياكى دېرەكسىز يوقالغان" in page.locator("h1").inner_text()

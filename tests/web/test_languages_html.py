"""The public site in six languages: a switcher without script, the same URLs, RTL Uyghur."""

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
PAGES = ["/", "/persons/", "/report/"]


def in_language(client: Client, code: str) -> Client:
    response = client.post("/i18n/setlang/", {"language": code, "next": "/"})
    assert response.status_code == 302
    return client


def test_the_switcher_is_a_form_with_one_button_per_language(client: Client) -> None:
    page = client.get("/").content.decode()
    assert 'action="/i18n/setlang/"' in page and "<script" not in page
    for code, name in [("kk", "Қазақша"), ("ug", "ئۇيغۇرچە"), ("zh-hans", "中文（简体）")]:
        assert f'name="language" value="{code}" lang="{code}">{name}</button>' in page


def test_switching_to_kazakh_keeps_the_urls(client: Client, person_named: Any) -> None:
    in_language(client, "kk")
    gulzira = person_named("Gulzira Auelkhankyzy")
    page = client.get(f"/persons/{gulzira.entry_no}/").content.decode()
    assert '<html lang="kk" dir="ltr">' in page
    assert "Дереккөздер" in page and "Gulzira Auelkhankyzy" in page


@pytest.mark.parametrize("url", PAGES)
def test_uyghur_pages_are_right_to_left(client: Client, url: str) -> None:
    page = in_language(client, "ug").get(url).content.decode()
    assert '<html lang="ug" dir="rtl">' in page


@pytest.mark.parametrize("code", ["en", "ru", "kk", "ky", "ug", "zh-hans"])
@pytest.mark.parametrize("url", PAGES)
def test_every_public_page_renders_in_every_language(client: Client, code: str, url: str) -> None:
    response = in_language(client, code).get(url)
    assert response.status_code == 200
    assert f'lang="{code}"' in response.content.decode()


def test_the_report_form_speaks_the_visitors_language(client: Client) -> None:
    page = in_language(client, "zh-hans").get("/report/").content.decode()
    assert "报告被拘押或失踪的人" in page and "您的姓名" in page


def test_the_browser_language_is_used_before_any_choice(client: Client) -> None:
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "База данных жертв" in page


def test_vocabulary_values_show_as_words_in_the_language(client: Client) -> None:
    page = in_language(client, "ru").get("/persons/").content.decode()
    assert "национальность" in page  # the ethnicity facet's heading


def test_a_report_remembers_the_language_it_was_written_in(client: Client) -> None:
    from victimsdb.web.intake.models import Report

    in_language(client, "kk").post(
        "/report/", {"name": "Гүлзира Әуелханқызы", "what_happened": "Лагерьге әкетілді."}
    )
    assert Report.objects.get().language == "kk"


def test_each_language_is_named_in_itself_whatever_the_page_language(client: Client) -> None:
    page = in_language(client, "kk").get("/").content.decode()
    assert ">English</button>" in page and ">Русский</button>" in page

"""The leak test: secrets planted wherever the public must not look, then every public
URL crawled in every language and every secret searched for; no body, header or log
line may show one (docs/threat-model.md, "The leak test").

The tests after the first prove the crawler honest: each makes one leak on purpose
and shows that the crawler reports it.
"""

import logging
from typing import Any

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import Client

from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.models import NamePair, NameWord

from .leak_crawler import Crawler
from .leak_planting import Planted, plant
from .leak_secrets import Secrets

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _ in settings.LANGUAGES]


@pytest.fixture
def planted(staff_user: Any) -> Planted:
    return plant(lambda username: staff_user("curator", username))


@pytest.fixture
def crawler(client: Client, planted: Planted) -> Crawler:
    return Crawler(client, planted)


@pytest.fixture
def checker(client: Client, person_named: Any) -> Crawler:
    """A crawler that knows a few secrets planted nowhere: to test what it looks at."""
    secrets = Secrets()
    for label in ("person.contact", "person.location_detail", "intake: testifier contact"):
        secrets.sentinel(label)
    return Crawler(client, Planted(secrets, host=person_named("Dina Iemberdi")))


def test_no_secret_reaches_any_public_output_or_log(
    crawler: Crawler, planted: Planted, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="django")  # Django's own loggers stop at INFO
    for language in LANGUAGES:
        crawler.tour(language)
    for secret in planted.secrets.values.values():
        crawler.search(secret)
    leaks = crawler.leaks + crawler.log_leaks(caplog.records)
    assert [str(leak) for leak in leaks] == []
    assert_it_went_everywhere(crawler, planted)
    assert len(caplog.records) > 1000  # every 404, 400 and 410 is logged: the log was read


def assert_it_went_everywhere(crawler: Crawler, planted: Planted) -> None:
    """Every entry number in every language, the lists' pages, the machine-readable doors,
    the links pages hold, and every secret (about 150) searched for."""
    highest = max(planted.hidden)
    for language in LANGUAGES:
        urls = {url for code, url in crawler.visited if code == language}
        assert {f"/persons/{n}/" for n in range(1, highest + 1)} <= urls
        assert {f"/api/v1/persons/{n}" for n in range(1, highest + 1)} <= urls
        assert {"/persons/?page=2", "/sitemap-entries.xml", "/persons/feed.atom"} <= urls
        assert any(url.startswith("/persons/?status=") for url in urls)  # a facet link
    searched = {url for _, url in crawler.visited if "q=SENTINEL" in url}
    assert len(planted.secrets.values) > 150 and len(searched) > 100


def test_it_sees_a_secret_put_in_a_public_field(crawler: Crawler, planted: Planted) -> None:
    host = planted.host
    host.summary = planted.secrets.values["person.notes"]
    host.save()
    crawler.tour("en")
    seen = {(leak.what, leak.url) for leak in crawler.leaks}
    assert ("'person.notes'", f"/persons/{host.entry_no}/") in seen
    assert ("'person.notes'", f"/api/v1/persons/{host.entry_no}") in seen


def test_it_sees_an_entry_that_should_be_hidden(crawler: Crawler, planted: Planted) -> None:
    number = next(n for n, how in planted.hidden.items() if how == "draft")
    draft = Person.all_objects.get(entry_no=number)
    draft.publication = "published"
    draft.save()
    crawler.tour("en")
    crawler.search(planted.secrets.values["hidden draft: name"])
    seen = {(leak.what, leak.where, leak.url) for leak in crawler.leaks}
    assert ("'hidden draft: name'", "body", f"/persons/{number}/") in seen
    assert (f"hidden entry {number} answering 200", "status", f"/persons/{number}/") in seen
    assert any(what == f"a link to hidden entry {number}" for what, _, _ in seen)
    assert any(what == "1 entries found by searching 'hidden draft: name'" for what, _, _ in seen)


def test_it_sees_what_only_a_search_reveals(crawler: Crawler, planted: Planted) -> None:
    """A restricted alias of a public entry, wrongly left findable in the search index."""
    alias = Name.all_objects.get(text=planted.secrets.values["host: restricted name"])
    NameWord.objects.filter(person_id=alias.person_id).update(public=True)
    NamePair.objects.filter(person_id=alias.person_id).update(public=True)
    crawler.search(alias.text)
    assert [leak.what for leak in crawler.leaks] == [
        "1 entries found by searching 'host: restricted name'"
    ] * 2  # as typed, and with its case swapped


def test_it_sees_a_secret_in_a_header_and_a_server_error(checker: Crawler) -> None:
    response = HttpResponse("Server Error", status=500)
    response["X-Debug"] = secret(checker, "person.contact")
    checker.inspect("/persons/", response)
    assert {str(leak) for leak in checker.leaks} == {
        "server error 500 in the status of /persons/ [en]",
        "'person.contact' in the header X-Debug of /persons/ [en]",
    }


def test_it_forgives_only_the_visitors_own_words(checker: Crawler) -> None:
    contact = secret(checker, "person.contact")
    checker.inspect("/persons/", HttpResponse(f"<p>0 entries for “{contact}”</p>"), echo=contact)
    assert checker.leaks == []
    typed = contact.swapcase()  # what the case-swapped search typed: the stored form is not it
    checker.inspect("/persons/", HttpResponse(f"<p>matched “{contact}”</p>"), echo=typed)
    assert [leak.what for leak in checker.leaks] == ["'person.contact'"]


def test_it_sees_a_secret_in_a_log_line(checker: Crawler, caplog: pytest.LogCaptureFixture) -> None:
    logging.getLogger("victimsdb.web").warning(
        "could not reach %s", secret(checker, "intake: testifier contact")
    )
    try:
        raise ValueError(secret(checker, "person.location_detail"))
    except ValueError:
        logging.getLogger("django.request").exception("Internal Server Error: /persons/")
    assert {leak.what for leak in checker.log_leaks(caplog.records)} == {
        "'intake: testifier contact'",
        "'person.location_detail'",
    }


def test_a_server_error_shows_nothing_of_the_entry(
    client: Client, checker: Crawler, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the template is broken")  # after the entry's document is built

    monkeypatch.setattr("victimsdb.web.public.views.render", broken)
    client.raise_request_exception = False
    response = checker.fetch(f"/persons/{checker.planted.host.entry_no}/")
    assert [leak.what for leak in checker.leaks] == ["server error 500"]
    assert "Dina" not in response.content.decode()


def secret(checker: Crawler, label: str) -> str:
    return checker.planted.secrets.values[label]

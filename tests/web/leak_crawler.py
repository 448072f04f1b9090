"""The leak test's crawler: it visits every public URL as an anonymous visitor and
reports every planted secret it sees in a body or a header, every link to an
entry that is not public, every such entry's URL answering other than 404
(410 Gone if withdrawn), every search for a secret that finds anything, and
every server error.

What the visitor typed comes back on some pages (the search box, the
language switcher's return address) and in the request log ("Not Found:
/media/photos/..."): those echoes of the request are removed before looking,
so a page or a log line is blamed only for what it adds. A search is
therefore also made with the secret's case swapped, which the name search
ignores: a found record then shows the secret as stored, not as typed.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, quote_plus, unquote, urlencode, urljoin, urlsplit

from django.conf import settings
from django.http import HttpResponseBase
from django.test import Client

from .leak_planting import Planted

SITE = "http://testserver"
NOT_PUBLIC = ("/admin/", "/staff/", "/i18n/")
"""Not followed: staff pages (visited once, signed out) and the language switch (a POST)."""
LINK = re.compile(r'(?:href|action)="([^"]*)"|<loc>([^<]*)</loc>|"next": "([^"]+)"')
ENTRY_LINK = re.compile(r"/(?:api/v1/)?persons/(\d+)(?![\d])")
ENTRY_PAGE = re.compile(r"/(?:api/v1/)?persons/(\d+)/?")
SEARCHES = ("/persons/?{}", "/api/v1/persons?{}", "/persons/?{}&format=csv")


@dataclass(frozen=True)
class Leak:
    """Something the public saw that it must not: what, where, on which URL, in which language."""

    what: str
    where: str
    url: str
    language: str

    def __str__(self) -> str:
        return f"{self.what} in the {self.where} of {self.url} [{self.language}]"


class Crawler:
    """Visits public URLs with one client and collects the leaks it sees."""

    def __init__(self, client: Client, planted: Planted) -> None:
        self.client = client
        self.planted = planted
        self.labels = {value: label for label, value in planted.secrets.values.items()}
        by_length = sorted(self.labels, key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(value) for value in by_length))
        self.language = settings.LANGUAGE_CODE
        self.leaks: list[Leak] = []
        self.visited: set[tuple[str, str]] = set()  # (language, url)
        self.typed: set[str] = set()  # the paths and queries sent that hold a secret

    def tour(self, language: str) -> None:
        """Every public URL in this language, then every link those pages hold."""
        self.language = language
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        links: list[str] = []
        for url in self.start_urls():
            links += self.visit(url)
        for url in links:
            if (language, url) not in self.visited:
                self.visit(url)

    def start_urls(self) -> Iterator[str]:
        """The site's pages, every page of its lists, every entry number, its error pages."""
        yield from ["/", "/report/", "/robots.txt", "/sitemap.xml", "/persons/feed.atom"]
        yield from ["/api/v1/openapi.json", "/api/v1/persons/recent"]
        pages = -(-self._count() // 25)
        for page in range(1, pages + 1):
            yield from [f"/persons/?page={page}", f"/api/v1/persons?page={page}"]
        yield from ["/persons/?format=csv", "/api/v1/persons?format=csv"]
        yield from self._facet_urls()
        yield from self._entry_urls()
        yield from ["/no-such-page/", f"/persons/?page={pages + 1}", "/persons/?bogus=1"]
        yield from ["/api/v1/persons?status=vanished", "/api/v1/persons/0", "/persons/0/"]
        yield from ["/static/", "/static/public/", "/media/", "/static/public/site.css"]
        yield f"/media/{self.planted.host.photo.name}"
        yield from ["/admin/", "/staff/", f"/admin/records/person/{self.planted.host.pk}/change/"]

    def search(self, secret: str) -> None:
        """Search for a secret, as typed and with its case swapped, as HTML, JSON and CSV:
        nothing may be found, and no page may show a secret."""
        for text in (secret, secret.swapcase()):
            query = urlencode({"q": text})
            for url in (search.format(query) for search in SEARCHES):
                response = self.fetch(url, echo=text)
                if url.startswith("/api/") and response.status_code == 200:
                    found = json.loads(response.content)["count"]
                    if found:
                        label = self.labels[secret]
                        self._leak(f"{found} entries found by searching {label!r}", "results", url)

    def visit(self, url: str) -> list[str]:
        """Fetch one URL, look at it, and return the public links it holds."""
        response = self.fetch(url)
        return list(self._links(url, _text(response)))

    def fetch(self, url: str, echo: str = "") -> HttpResponseBase:
        response = self.client.get(url)
        self.visited.add((self.language, url))
        path = unquote(urlsplit(url).path)
        self.typed.update(text for text in (path, echo) if self.pattern.search(text))
        self.inspect(url, response, echo)
        return response

    def inspect(self, url: str, response: HttpResponseBase, echo: str = "") -> None:
        """Record every leak in this response (the request's own echo removed)."""
        if response.status_code >= 500:
            self._leak(f"server error {response.status_code}", "status", url)
        entry = ENTRY_PAGE.fullmatch(url)
        if entry and int(entry[1]) in self.planted.hidden:
            gone = 410 if int(entry[1]) in self.planted.withdrawn else 404  # no data either way
            if response.status_code != gone:
                self._leak(
                    f"hidden entry {entry[1]} answering {response.status_code}", "status", url
                )
        parts = {f"header {name}": value for name, value in response.headers.items()}
        parts["body"] = _text(response)
        for where, text in parts.items():
            text = _without_echoes(text, url, echo)
            for secret in set(self.pattern.findall(text)):
                self._leak(repr(self.labels[secret]), where, url)
            for entry_no in {int(number) for number in ENTRY_LINK.findall(text)}:
                if entry_no in self.planted.hidden:
                    self._leak(f"a link to hidden entry {entry_no}", where, url)
        if response.get("Content-Type", "").startswith("application/json"):
            for entry_no in _entry_numbers(json.loads(response.content)):
                if entry_no in self.planted.hidden:
                    self._leak(f"hidden entry {entry_no}", "JSON", url)

    def log_leaks(self, records: Iterable[logging.LogRecord]) -> list[Leak]:
        """The secrets in log records: their messages and any traceback they carry."""
        leaks = []
        for record in records:
            text = record.getMessage() + (record.exc_text or "") + _traceback(record)
            for typed in self.typed:
                text = text.replace(typed, "")
            for secret in set(self.pattern.findall(text)):
                leaks.append(Leak(repr(self.labels[secret]), f"{record.name} log", "-", "-"))
        return leaks

    def _leak(self, what: str, where: str, url: str) -> None:
        self.leaks.append(Leak(what, where, url, self.language))

    def _count(self) -> int:
        count: int = self.client.get("/api/v1/persons").json()["count"]
        return count

    def _facet_urls(self) -> Iterator[str]:
        facets = self.client.get("/api/v1/persons").json()["facets"]
        for name, values in facets.items():
            for value in values:
                yield f"/api/v1/persons?{urlencode({name: value['value']})}"

    def _entry_urls(self) -> Iterator[str]:
        """Every entry number there is, public or not, and the next few."""
        highest = max(self.planted.hidden)
        for entry_no in range(1, highest + 4):
            yield from [f"/persons/{entry_no}/", f"/api/v1/persons/{entry_no}"]

    def _links(self, page: str, text: str) -> Iterator[str]:
        for match in LINK.finditer(text):
            link = html.unescape(next(group for group in match.groups() if group is not None))
            target = urlsplit(urljoin(SITE + page, link))
            if f"{target.scheme}://{target.netloc}" != SITE:
                continue
            url = target.path + (f"?{target.query}" if target.query else "")
            if not url.startswith(NOT_PUBLIC):
                yield url


def _text(response: HttpResponseBase) -> str:
    if response.streaming:  # static files
        content = b"".join(response.streaming_content)  # type: ignore[attr-defined]
        response.streaming_content = [content]  # type: ignore[attr-defined]
        return content.decode("utf-8", errors="replace")
    return response.content.decode("utf-8", errors="replace")  # type: ignore[attr-defined]


def _without_echoes(text: str, url: str, query: str) -> str:
    """The text without what the visitor typed: the URL where the language switcher
    quotes it, and the query in every form a page may quote it."""
    text = text.replace(f'value="{html.escape(url)}"', "")
    if query:
        for form in {query, html.escape(query), quote(query), quote_plus(query)}:
            text = text.replace(form, "")
    return text


def _entry_numbers(document: Any) -> Iterator[int]:
    if isinstance(document, dict):
        if isinstance(document.get("entry_no"), int):
            yield document["entry_no"]
        for value in document.values():
            yield from _entry_numbers(value)
    elif isinstance(document, list):
        for value in document:
            yield from _entry_numbers(value)


def _traceback(record: logging.LogRecord) -> str:
    if not record.exc_info:
        return ""
    return logging.Formatter().formatException(record.exc_info)

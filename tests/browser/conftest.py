"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright against a live server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
# Flags that keep Chromium from calling out to the network this machine doesn't have.
QUIET = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install-system-deps browser")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # fixtures make here are ordinary blocking ones.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", *QUIET]
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo_server(live_server: Any) -> Any:
    """A live server holding the demo (a transactional test empties the database after)."""
    from victimsdb.core.dataset import read_dataset
    from victimsdb.web.records.loading import load_dataset
    from victimsdb.web.records.places import load_gazetteer

    load_gazetteer()
    load_dataset(read_dataset())
    return live_server

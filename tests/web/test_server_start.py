"""A server process builds ICU's transliterators and freezes what start-up made."""

import gc
import importlib
from collections.abc import Iterator

import pytest

from victimsdb.core.names import icu_adapter


@pytest.fixture
def started() -> Iterator[None]:
    """The WSGI module loaded again, as a server process does; the freeze undone after."""
    icu_adapter.system.cache_clear()
    icu_adapter.from_rules.cache_clear()
    gc.unfreeze()
    from victimsdb.web import wsgi

    try:
        importlib.reload(wsgi)
        yield
    finally:
        gc.unfreeze()


def test_the_wsgi_application_builds_the_transliterators(started: None) -> None:
    assert icu_adapter.system.cache_info().currsize >= 5


def test_the_wsgi_application_freezes_what_start_up_made(started: None) -> None:
    assert gc.get_freeze_count() > 10_000

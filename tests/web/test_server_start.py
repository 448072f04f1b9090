"""A server process builds ICU's transliterators, freezes what start-up made and
collects its young objects less often than CPython's default."""

import gc
import importlib
from collections.abc import Iterator

import pytest

from victimsdb.core.names import icu_adapter
from victimsdb.web.startup import YOUNG_OBJECTS


@pytest.fixture
def started() -> Iterator[None]:
    """The WSGI module loaded again, as a server process does; the freeze and the
    collector's thresholds undone after."""
    icu_adapter.system.cache_clear()
    icu_adapter.from_rules.cache_clear()
    gc.unfreeze()
    thresholds = gc.get_threshold()
    from victimsdb.web import wsgi

    try:
        importlib.reload(wsgi)
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_the_wsgi_application_builds_the_transliterators(started: None) -> None:
    assert icu_adapter.system.cache_info().currsize >= 5


def test_the_wsgi_application_freezes_what_start_up_made(started: None) -> None:
    assert gc.get_freeze_count() > 10_000


def test_the_wsgi_application_collects_young_objects_less_often(started: None) -> None:
    young, middle, old = gc.get_threshold()
    assert young == YOUNG_OBJECTS > 700
    assert (middle, old) == (10, 10)

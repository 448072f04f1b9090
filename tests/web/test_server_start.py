"""A server process builds ICU's transliterators as it starts."""

import importlib

from victimsdb.core.names import icu_adapter


def test_the_wsgi_application_builds_the_transliterators() -> None:
    icu_adapter.system.cache_clear()
    icu_adapter.from_rules.cache_clear()
    from victimsdb.web import wsgi

    importlib.reload(wsgi)
    assert icu_adapter.system.cache_info().currsize >= 5


def test_the_wsgi_application_freezes_what_start_up_made() -> None:
    import gc

    from victimsdb.web import wsgi

    gc.unfreeze()
    importlib.reload(wsgi)
    assert gc.get_freeze_count() > 10_000
    gc.unfreeze()

"""Counts over every public entry, computed once per version of the public data.

The facets of the list without a name query count a million entries; they
change only when an entry, an event, a place or a facility does. Every such
save or deletion logs a `DataChange` (signals, connected in apps.py, after the
records app's own handlers have refreshed derived fields; see models.py for
why a log), and counts are cached (Django's cache, CACHES) under the version
they were computed at, the newest change's token: a change makes them
unreachable as soon as it commits, on every server process, with no explicit
invalidation. The version is read (the last row by primary key) once per
request that needs it, before the data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache

from victimsdb.web.public.models import DataChange

T = TypeVar("T")
TIMEOUT = 24 * 3600  # a version no request asks for any more leaves the cache by itself
KEEP = 1000  # change rows kept; older ones are pruned every KEEP changes


def current() -> str:
    """The version of the public data now: the newest change's token."""
    newest = DataChange.objects.order_by("-id").values_list("token", flat=True).first()
    return newest or "initial"


def bump(*args: Any, **kwargs: Any) -> None:
    """Say the public data changed (a signal receiver, so it takes any arguments)."""
    if kwargs.get("raw"):
        return
    change = DataChange.objects.create()
    if change.id % KEEP == 0:
        DataChange.objects.filter(id__lte=change.id - KEEP).delete()


def cached(name: str, compute: Callable[[], T]) -> T:
    """`compute()`, or what it gave at this version of the data."""
    key = f"victimsdb:{current()}:{name}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, TIMEOUT)
    return found

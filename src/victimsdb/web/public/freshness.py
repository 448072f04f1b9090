"""Counts over every public entry, computed once per version of the public data.

The facets of the list without a name query count a million entries; they
change only when an entry, an event, a place or a facility does. Every such
save or deletion renews `DataVersion` (signals, connected in apps.py, after the
records app's own handlers have refreshed derived fields), and counts are
cached (Django's cache, CACHES) under the version they were computed at: a
change makes them unreachable at once, on every server process, with no
explicit invalidation. The version row is read once per request that needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from uuid import uuid4

from django.core.cache import cache

from victimsdb.web.public.models import DataVersion

T = TypeVar("T")
ROW = 1
TIMEOUT = 24 * 3600  # a version no request asks for any more leaves the cache by itself


def current() -> str:
    """The version of the public data now."""
    token = DataVersion.objects.filter(pk=ROW).values_list("token", flat=True).first()
    return token or "initial"


def bump(*args: Any, **kwargs: Any) -> None:
    """Say the public data changed (a signal receiver, so it takes any arguments)."""
    if kwargs.get("raw"):
        return
    DataVersion.objects.update_or_create(pk=ROW, defaults={"token": uuid4().hex})


def cached(name: str, compute: Callable[[], T]) -> T:
    """`compute()`, or what it gave at this version of the data."""
    key = f"victimsdb:{current()}:{name}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, TIMEOUT)
    return found

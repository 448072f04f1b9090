"""Checking a gazetteer file before it is used: every problem at once.

A sound file has a version, its sources, and places with unique slug keys,
kinds from :class:`~victimsdb.core.vocabulary.PlaceKind`, parents that exist
and no cycles, names in known languages, and coordinates in range.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from victimsdb.core.vocabulary import PlaceKind

LANGUAGES = frozenset(
    {"en", "zh", "zh-Latn", "ug", "ug-Latn", "kk", "ky", "ru", "uk", "pl", "sk", "tr", "uz", "tg"}
)
"""The language tags a name may carry."""

_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KINDS = frozenset(kind.value for kind in PlaceKind)


def check_gazetteer(data: Any) -> list[str]:
    """Every problem in a parsed gazetteer file, as readable messages; empty when sound."""
    if not isinstance(data, dict) or not isinstance(data.get("places"), list):
        return ["the file must be an object with a list of places"]
    return list(_problems(data))


def _problems(data: dict[str, Any]) -> Iterator[str]:
    if not data.get("version"):
        yield "the file has no version"
    if not data.get("sources"):
        yield "the file names no sources"
    places = [item for item in data["places"] if isinstance(item, dict)]
    if len(places) != len(data["places"]):
        yield "every place must be an object"
    yield from _duplicate_keys(places)
    keys = {item.get("key") for item in places}
    for item in places:
        yield from _place_problems(item, keys)
    yield from _cycles(places)


def _duplicate_keys(places: list[dict[str, Any]]) -> Iterator[str]:
    seen: set[Any] = set()
    for item in places:
        key = item.get("key")
        if key in seen:
            yield f"place {key}: duplicate key"
        seen.add(key)


def _place_problems(item: dict[str, Any], keys: set[Any]) -> Iterator[str]:
    key = item.get("key")
    where = f"place {key}"
    if not isinstance(key, str) or not _KEY.match(key) or len(key) > 80:
        yield f"{where}: the key must be a lower-case slug of at most 80 characters"
    if item.get("kind") not in _KINDS:
        yield f"{where}: unknown kind {item.get('kind')!r}"
    parent = item.get("parent")
    if parent is not None and parent not in keys:
        yield f"{where}: unknown parent {parent!r}"
    yield from _name_problems(item.get("names"), where)
    yield from _coordinate_problems(item, where)


def _name_problems(names: Any, where: str) -> Iterator[str]:
    if not isinstance(names, dict) or not names:
        yield f"{where}: names must map language tags to lists of names"
        return
    for lang, texts in names.items():
        if lang not in LANGUAGES:
            yield f"{where}: unknown language {lang!r}"
        if not isinstance(texts, list) or not texts:
            yield f"{where}: the {lang} names must be a non-empty list"
        elif not all(isinstance(text, str) and text.strip() == text != "" for text in texts):
            yield f"{where}: the {lang} names must be non-empty trimmed strings"


def _coordinate_problems(item: dict[str, Any], where: str) -> Iterator[str]:
    lat, lon = item.get("lat"), item.get("lon")
    if (lat is None) != (lon is None):
        yield f"{where}: give both lat and lon or neither"
    elif lat is not None and not (_number(lat, 90) and _number(lon, 180)):
        yield f"{where}: lat must lie in [-90, 90] and lon in [-180, 180]"


def _number(value: Any, limit: float) -> bool:
    return (
        isinstance(value, int | float) and not isinstance(value, bool) and -limit <= value <= limit
    )


def _cycles(places: list[dict[str, Any]]) -> Iterator[str]:
    parents = {item.get("key"): item.get("parent") for item in places}
    for key in parents:
        seen = {key}
        node = parents.get(key)
        while node is not None and node in parents:
            if node in seen:
                yield f"place {key}: its parents form a cycle"
                break
            seen.add(node)
            node = parents[node]

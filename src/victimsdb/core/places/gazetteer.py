"""The gazetteer: places, their names in every script, and their hierarchy.

The places live in a versioned data file (``data/gazetteer.json``): every
prefecture-level and county-level division of Xinjiang, a few townships that
appear in reporting, and the countries and cities abroad where people flee or
are held. Each place has a stable key (a slug the database refers to), a kind
(:class:`~victimsdb.core.vocabulary.PlaceKind`), the key of its parent and its
names tagged by language (``en``, ``zh``, ``zh-Latn``, ``ug``, ``ug-Latn``,
``kk``, ...).

The file is checked when read (:func:`check_gazetteer`): a broken file raises
:class:`GazetteerError` listing every problem at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from victimsdb.core.places.validation import check_gazetteer
from victimsdb.core.vocabulary import PlaceKind

DATA = Path(__file__).resolve().parent / "data" / "gazetteer.json"


class GazetteerError(ValueError):
    """The gazetteer file is not sound; ``problems`` says why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid gazetteer: " + "; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class PlaceName:
    """One name of a place and the language (BCP 47 tag) it is written in."""

    text: str
    lang: str


@dataclass(frozen=True)
class Place:
    """A country, region, prefecture, county, city, township or village."""

    key: str
    kind: PlaceKind
    parent: str | None
    names: tuple[PlaceName, ...]
    lat: float | None = None
    lon: float | None = None

    @property
    def label(self) -> str:
        """The first English name (the first name of all when there is none)."""
        return next((n.text for n in self.names if n.lang == "en"), self.names[0].text)

    def names_in(self, lang: str) -> list[str]:
        """The names written in one language, in the file's order."""
        return [name.text for name in self.names if name.lang == lang]


class Gazetteer:
    """All places by key, with their hierarchy."""

    def __init__(self, places: list[Place], version: str = "") -> None:
        self.version = version
        self._places = {place.key: place for place in places}
        self._children: dict[str, list[Place]] = {}
        for place in places:
            if place.parent is not None:
                self._children.setdefault(place.parent, []).append(place)

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, key: object) -> bool:
        return key in self._places

    def __iter__(self) -> Iterator[Place]:
        return iter(self.parents_first())

    def get(self, key: str) -> Place:
        """The place with this key; ``KeyError`` when there is none."""
        return self._places[key]

    def children(self, key: str) -> list[Place]:
        """The places directly under this one, in the file's order."""
        return list(self._children.get(key, []))

    def lineage(self, key: str) -> list[Place]:
        """This place and its ancestors up to the country, nearest first."""
        chain = [self.get(key)]
        while chain[-1].parent is not None:
            chain.append(self.get(chain[-1].parent))
        return chain

    def parents_first(self) -> list[Place]:
        """Every place, each after its parent: the order to load them into a database."""
        ordered: list[Place] = []
        pending = [place for place in self._places.values() if place.parent is None]
        while pending:
            place = pending.pop(0)
            ordered.append(place)
            pending.extend(self._children.get(place.key, []))
        return ordered


def parse_gazetteer(data: dict[str, Any]) -> Gazetteer:
    """Build a gazetteer from the parsed file; :class:`GazetteerError` when it is unsound."""
    problems = check_gazetteer(data)
    if problems:
        raise GazetteerError(problems)
    return Gazetteer([_place(item) for item in data["places"]], str(data["version"]))


def read_gazetteer(path: Path = DATA) -> Gazetteer:
    """Read and check a gazetteer file."""
    return parse_gazetteer(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer, read once per process."""
    return read_gazetteer(DATA)


def lineage(key: str) -> list[Place]:
    """A bundled place and its ancestors up to the country, nearest first."""
    return load_gazetteer().lineage(key)


def place_records(gazetteer: Gazetteer | None = None) -> list[dict[str, Any]]:
    """The places parents first, each shaped like a place of ``fixtures/seeds.json``.

    The web edge loads these as it loads the demo dataset's places:
    ``{"key", "kind", "parent", "lat", "lon", "names": [{"text", "lang"}]}``.
    """
    places = (gazetteer or load_gazetteer()).parents_first()
    return [_record(place) for place in places]


def _record(place: Place) -> dict[str, Any]:
    return {
        "key": place.key,
        "kind": place.kind.value,
        "parent": place.parent,
        "lat": place.lat,
        "lon": place.lon,
        "names": [{"text": name.text, "lang": name.lang} for name in place.names],
    }


def _place(item: dict[str, Any]) -> Place:
    names = tuple(PlaceName(text, lang) for lang, texts in item["names"].items() for text in texts)
    return Place(
        key=item["key"],
        kind=PlaceKind(item["kind"]),
        parent=item.get("parent"),
        names=names,
        lat=item.get("lat"),
        lon=item.get("lon"),
    )

"""Finding places by any of their names, in any script or spelling.

A text is split at commas, slashes and brackets (*Qaghiliq (Yecheng) County*,
*Tekes, Ili*) and each part is looked up in turn, most certain way first:

1. **exact** (1.0): the whole part is one of a place's names, compared
   romanised (:func:`~victimsdb.core.names.to_latin`, letters only), so
   غۇلجا, *Ghulja* and Құлжа meet their listed forms; Chinese is compared
   character by character;
2. **without suffix** (0.95): equal once administrative words are taken off
   both (:mod:`.suffixes`: *Tekes County*, 特克斯县, *Aheqi Xian*);
3. only when neither fits: for Chinese, **pinyin** (0.9), the characters read
   as pinyin equal a listed romanised name; for other scripts, **similar**
   (at most 0.9), candidates sharing a phonetic key give or take one letter
   (:func:`~victimsdb.core.names.name_keys`) scored by
   :func:`~victimsdb.core.names.compare` and kept from its "same" threshold;
4. Chinese only: **contains** (0.85), a listed Chinese name inside a longer
   address (新疆伊犁州伊宁市).

When the administrative words point to another kind of place (*Yining County*
against the city of Yining) a score from steps 2 and 3 is multiplied by 0.9.
Each place is reported once, with its best name; ties go to the more specific
place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from victimsdb.core.names import DEFAULT_THRESHOLD, compare, name_keys, to_latin
from victimsdb.core.places.gazetteer import Gazetteer, Place, PlaceName, load_gazetteer
from victimsdb.core.places.suffixes import Kinds, han_characters, has_han, strip_suffixes

EXACT = 1.0
WITHOUT_SUFFIX = 0.95
PINYIN = 0.9
CONTAINS = 0.85
SIMILAR_CAP = 0.9
SIMILAR_THRESHOLD = DEFAULT_THRESHOLD
OTHER_KIND_FACTOR = 0.9
_MAX_FUZZY_LENGTH = 80  # no place name is longer; longer parts are only looked up exactly
_PARTS = re.compile(r"[,;/|()\[\]{}\n\t，、；（）【】]+")
_APOSTROPHES = re.compile(r"['’‘`´ʻʼ′]")
_LOOSE = str.maketrans("gdbz", "ktps")


@dataclass(frozen=True)
class PlaceMatch:
    """A place found for a text: which name matched, how, and how well (0-1]."""

    place: Place
    score: float
    matched: str
    lang: str
    how: str

    @property
    def key(self) -> str:
        """The matched place's key."""
        return self.place.key


@dataclass(frozen=True)
class _Entry:
    """One name of one place, prepared for lookup."""

    place: Place
    name: PlaceName
    fold: str
    core: str
    latin: str  # the romanised name without suffixes; empty for Chinese


@dataclass(frozen=True)
class _Query:
    text: str
    fold: str
    core: str
    kinds: Kinds
    latin: str
    han: bool


class PlaceMatcher:
    """Looks texts up in one gazetteer (build once, reuse: it indexes every name)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._depth = {place.key: len(gazetteer.lineage(place.key)) for place in gazetteer}
        self._by_fold: dict[str, list[_Entry]] = defaultdict(list)
        self._by_core: dict[str, list[_Entry]] = defaultdict(list)
        self._by_key: dict[str, list[_Entry]] = defaultdict(list)
        self._han: list[_Entry] = []
        for place in gazetteer:
            for name in place.names:
                self._add(_entry(place, name))

    def match(self, text: str, limit: int | None = 10) -> list[PlaceMatch]:
        """The places the text names, best first (see the module docstring)."""
        best: dict[str, PlaceMatch] = {}
        for part in _parts(text):
            for found in self._match_part(_query(part)):
                if found.key not in best or found.score > best[found.key].score:
                    best[found.key] = found
        ranked = sorted(best.values(), key=lambda m: (-m.score, -self._depth[m.key], m.key))
        return ranked[:limit] if limit is not None else ranked

    def _add(self, entry: _Entry) -> None:
        self._by_fold[entry.fold].append(entry)
        self._by_core[entry.core].append(entry)
        if not entry.latin:
            self._han.append(entry)
            return
        for key in name_keys(entry.latin):
            for variant in _key_variants(key):
                self._by_key[variant].append(entry)

    def _match_part(self, query: _Query) -> Iterator[PlaceMatch]:
        if not query.fold:
            return
        exact = self._by_fold.get(query.fold, [])
        literal = sorted(exact, key=lambda entry: entry.name.text.casefold() != query.text)
        yield from _found(literal, EXACT, "exact")  # the name as written first
        core = self._by_core.get(query.core, [])
        found: Iterable[PlaceMatch] = _found(core, WITHOUT_SUFFIX, "without suffix")
        if not exact and not core:  # sounds only when no name fits as written
            found = self._pinyin(query) if query.han else self._similar(query)
        for match in found:
            yield _with_kind_hint(match, query.kinds)
        if query.han:
            yield from self._contained(query)

    def _pinyin(self, query: _Query) -> Iterator[PlaceMatch]:
        pinyin = _latin_fold(query.latin)
        latin = [entry for entry in self._by_fold.get(pinyin, []) if entry.latin and pinyin]
        yield from _found(latin, PINYIN, "pinyin")

    def _contained(self, query: _Query) -> Iterator[PlaceMatch]:
        inside = [e for e in self._han if len(e.fold) >= 2 and e.fold in query.fold]
        yield from _found([e for e in inside if e.fold != query.fold], CONTAINS, "contains")

    def _similar(self, query: _Query) -> Iterator[PlaceMatch]:
        if len(query.core) < 3 or len(query.latin) > _MAX_FUZZY_LENGTH:
            return
        candidates: dict[str, list[_Entry]] = defaultdict(list)
        for key in name_keys(query.latin):
            for variant in _key_variants(key):
                for entry in self._by_key.get(variant, []):
                    candidates[entry.latin].append(entry)
        for latin, entries in candidates.items():
            score = compare(query.latin, latin).score
            if score >= SIMILAR_THRESHOLD:
                how = f"similar ({score:.2f})"
                yield from _found(entries, min(score, SIMILAR_CAP), how)


def match_place(text: str, limit: int | None = 10) -> list[PlaceMatch]:
    """The bundled gazetteer's places that the text names, best first.

    >>> [m.key for m in match_place("Tekes County")][:1]
    ['cn-tekes']
    """
    return default_matcher().match(text, limit)


@lru_cache(maxsize=1)
def default_matcher() -> PlaceMatcher:
    """A matcher over the bundled gazetteer, built once per process."""
    return PlaceMatcher(load_gazetteer())


def _entry(place: Place, name: PlaceName) -> _Entry:
    core = strip_suffixes(name.text).text
    latin = "" if has_han(name.text) else _romanise(core)
    return _Entry(place, name, _fold(name.text), _fold(core), latin)


def _query(text: str) -> _Query:
    core = strip_suffixes(text)
    han = has_han(text)
    latin = _romanise(core.text)
    return _Query(text.casefold(), _fold(text), _fold(core.text), core.kinds, latin, han)


def _parts(text: str) -> list[str]:
    whole = " ".join(text.split())
    parts = [" ".join(part.split()) for part in _PARTS.split(text)]
    return list(dict.fromkeys(part for part in [whole, *parts] if part))


def _romanise(text: str) -> str:
    return to_latin(_APOSTROPHES.sub("", text))


def _fold(text: str) -> str:
    """Chinese characters as they are; anything else romanised, lower-case letters and digits."""
    if has_han(text):
        return han_characters(text)
    return _latin_fold(_romanise(text))


def _latin_fold(latin: str) -> str:
    return re.sub(r"[^a-z0-9]", "", latin.lower())


def _key_variants(key: str) -> set[str]:
    """A phonetic key without voicing, and (from three letters) each one-letter deletion."""
    loose = key.translate(_LOOSE)
    if len(loose) < 3:
        return {loose}
    return {loose} | {loose[:i] + loose[i + 1 :] for i in range(len(loose))}


def _found(entries: Iterable[_Entry], score: float, how: str) -> Iterator[PlaceMatch]:
    for entry in entries:
        yield PlaceMatch(entry.place, score, entry.name.text, entry.name.lang, how)


def _with_kind_hint(match: PlaceMatch, kinds: Kinds) -> PlaceMatch:
    if not kinds or match.place.kind in kinds:
        return match
    score = round(match.score * OTHER_KIND_FACTOR, 4)
    return PlaceMatch(match.place, score, match.matched, match.lang, f"{match.how}, other kind")

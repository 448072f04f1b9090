"""The secrets the leak test plants: unique sentinel strings and made-up names.

Every secret is unique and labelled with where it was planted
(`person.contact`, `hidden draft: name`), so a leak says what leaked. Names
are pronounceable, so that they are indexed and searched like real names,
and each is checked, before it is used, to match no public name of the
entries that were there before the planting (those planted are public for a
moment, before they are hidden): a search for a secret must then find
nothing at all.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable

from django.db.models import Max

from victimsdb.web.records.models import Person
from victimsdb.web.search.query import rank

_FIRST = ["zhy", "qor", "tul", "bax", "kem", "mur", "sar", "uly", "yrg", "dok", "xan", "pel"]
_MIDDLE = ["ta", "ra", "ge", "mo", "su", "ly", "ne", "zi", "qa", "bo"]
_GIVEN_END = ["bek", "gul", "jan", "tai", "nur", "sha"]
_FAMILY_END = ["uly", "qyzy", "ov", "eva", "bai", "ova"]
_CYRILLIC = str.maketrans(
    "abdeghijklmnopqrstuvxyzABDEGHIJKLMNOPQRSTUVXYZ",
    "абдегхийклмнопкрстувхызАБДЕГХИЙКЛМНОПКРСТУВХЫЗ",
)


class Secrets:
    """Labelled secrets, every one unique and unknown to public search."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.names: set[str] = set()
        self._random = random.Random(uuid.uuid4().int)
        self._existing = Person.all_objects.aggregate(last=Max("pk"))["last"] or 0

    def sentinel(self, label: str) -> str:
        """'SENTINEL-<label>-<8 hex digits>', remembered under the label."""
        return self._keep(label, lambda: f"SENTINEL-{label.replace(' ', '_')}-{_hex()}")

    def name(self, label: str) -> str:
        """A made-up two-word name, such as 'Qorsulybek Doktazeva'."""
        return self._keep(label, self._made_up_name, name=True)

    def name_in_two_scripts(self, label: str, cyrillic_label: str) -> tuple[str, str]:
        """A made-up name and its Cyrillic spelling, under these two labels. Drawn
        as a pair: a name unknown to public search may have a Cyrillic spelling
        that is not."""
        for _ in range(50):
            latin = self._made_up_name()
            cyrillic = latin.translate(_CYRILLIC)
            if self._usable(latin) and self._usable(cyrillic) and latin != cyrillic:
                self._store(label, latin, name=True)
                self._store(cyrillic_label, cyrillic, name=True)
                return latin, cyrillic
        raise AssertionError(f"no names for {label!r} that public search does not find")

    def _made_up_name(self) -> str:
        pick = self._random.choice
        given = pick(_FIRST) + pick(_MIDDLE) + pick(_GIVEN_END)
        family = pick(_FIRST) + pick(_MIDDLE) + pick(_MIDDLE) + pick(_FAMILY_END)
        return f"{given.capitalize()} {family.capitalize()}"

    def _keep(self, label: str, make: Callable[[], str], name: bool = False) -> str:
        for _ in range(50):
            value = make()
            if self._usable(value):
                self._store(label, value, name)
                return value
        raise AssertionError(f"no secret for {label!r} that public search does not find")

    def _usable(self, value: str) -> bool:
        return value not in self.values.values() and not self._found(value)

    def _store(self, label: str, value: str, name: bool) -> None:
        assert label not in self.values, f"two secrets labelled {label!r}"
        self.values[label] = value
        if name:
            self.names.add(value)

    def _found(self, text: str) -> bool:
        return any(hit.person_id <= self._existing for hit in rank(text, public=True))


def _hex() -> str:
    return uuid.uuid4().hex[:8]

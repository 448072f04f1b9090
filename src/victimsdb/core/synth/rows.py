"""Source rows: what one source says about a person, in its own spellings.

Each person is reported by several sources, each in a different style (a
Kazakh-language testimony in Cyrillic, an English article, a Chinese
document...). A row gives the names that source prints, sometimes misspelt,
and the facts it happens to state: sources leave out what they do not know,
give a detention date to the year, month or day, write places in their own
language, and now and then disagree on a birth year by one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from victimsdb.core.person_import import COLUMNS
from victimsdb.core.synth.draw import Weighted
from victimsdb.core.synth.noise import misspell, reshape
from victimsdb.core.synth.people import Person
from victimsdb.core.synth.places import Lang
from victimsdb.core.synth.spellings import LANGS, STYLE_DRAWS, Style, spell

_OUTLETS = {
    Style.KK_CYRL: ("testimony-kk", "news-kk"),
    Style.KY_CYRL: ("testimony-ky", "news-ky"),
    Style.RU_CYRL: ("news-ru", "registry-ru"),
    Style.RU_LATN: ("registry-ru", "court-kz"),
    Style.EN_PRESS: ("news-en", "report-en", "blog-en"),
    Style.UG_ARAB: ("service-ug", "testimony-ug"),
    Style.UG_LATN: ("service-ug", "list-ug"),
    Style.UG_CYRL: ("news-ug",),
    Style.ZH_HANI: ("documents-zh", "leak-zh"),
    Style.ZH_LATN: ("leak-zh", "documents-zh"),
}
_DEFAULT_OUTLETS = ("news-kk-latn",)
SOURCES_PER_OUTLET = 1_000_000
_PRECISION = Weighted({4: 35, 7: 45, 10: 20})  # YYYY, YYYY-MM, YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class Record:
    """One row of the persons CSV, with the truth (`person_id`) kept beside it."""

    person_id: str
    style: Style
    names: tuple[str, ...]
    gender: str = ""
    birth_year: str = ""
    ethnicity: str = ""
    citizenship: str = ""
    hometown: str = ""
    status: str = ""
    detained_from: str = ""
    facility: str = ""
    source_url: str = ""
    notes: str = ""

    def cells(self, external_id: str) -> list[str]:
        """The row's cells in the importer's column order."""
        values = {"external_id": external_id, "names": "|".join(self.names)}
        return [values[column] if column in values else getattr(self, column) for column in COLUMNS]


def styles_for(person: Person, count: int, rng: random.Random) -> list[Style]:
    """`count` styles for one person's sources: all different while the people has enough."""
    return STYLE_DRAWS[person.ethnicity].draw_distinct(rng, count)


def records_for(person: Person, count: int, rng: random.Random, noise: float = 0.3) -> list[Record]:
    """`count` rows about `person`, each from a source of a different style."""
    return [record(person, style, rng, noise) for style in styles_for(person, count, rng)]


def curated(records: list[Record]) -> Record:
    """One curated entry from a person's rows: every name any source printed (in order,
    without repeats), and the other facts from the first row that states them."""
    names = tuple(dict.fromkeys(name for row in records for name in row.names))
    facts = {
        column: next((value for row in records if (value := getattr(row, column))), "")
        for column in ("gender", "birth_year", "ethnicity", "citizenship", "hometown")
        + ("status", "detained_from", "facility", "source_url")
    }
    styles = ", ".join(row.style.value for row in records)
    return Record(
        records[0].person_id,
        records[0].style,
        names,
        notes=f"synthetic entry; spelling styles {styles}",
        **facts,
    )


def record(person: Person, style: Style, rng: random.Random, noise: float = 0.3) -> Record:
    """What one source in `style` says about `person`."""
    lang = LANGS.get(style, Lang.EN)
    situation = person.situation
    facility = situation.facility
    return Record(
        person_id=person.person_id,
        style=style,
        names=_names(person, style, rng, noise),
        gender=_maybe(rng, 0.85, person.gender.value),
        birth_year=_maybe(rng, 0.6, str(_birth_year(person, rng))),
        ethnicity=_maybe(rng, 0.8, person.ethnicity.value),
        citizenship=_maybe(rng, 0.5, "|".join(situation.citizenships)),
        hometown=_maybe(rng, 0.75, person.hometown.name(lang, rng)),
        status=_maybe(rng, 0.9, situation.status.value),
        detained_from=_date(situation.detained_from, rng) if situation.detained_from else "",
        facility=_maybe(rng, 0.7, facility.name(lang, rng)) if facility else "",
        source_url=_source_url(style, rng),
        notes=f"synthetic row; spelling style {style.value}",
    )


def _names(person: Person, style: Style, rng: random.Random, noise: float) -> tuple[str, ...]:
    names = list(spell(person, style, rng))
    if rng.random() < noise:
        index = 0 if len(names) == 1 or rng.random() < 0.7 else rng.randrange(len(names))
        names[index] = misspell(names[index], rng)
    if rng.random() < noise / 5:
        names[0] = reshape(names[0], rng)
    return tuple(dict.fromkeys(names))


def _maybe(rng: random.Random, chance: float, value: str) -> str:
    return value if rng.random() < chance else ""


def _birth_year(person: Person, rng: random.Random) -> int:
    """The birth year a source gives: now and then one year off, as ages are converted."""
    return person.birth_year + (rng.choice((-1, 1)) if rng.random() < 0.05 else 0)


def _date(day: object, rng: random.Random) -> str:
    iso = str(day)
    if rng.random() < 0.2:
        return ""
    return iso[: _PRECISION.draw(rng)]


def _source_url(style: Style, rng: random.Random) -> str:
    outlet = rng.choice(_OUTLETS.get(style, _DEFAULT_OUTLETS))
    return f"https://{outlet}.synth.invalid/item/{rng.randrange(SOURCES_PER_OUTLET)}"

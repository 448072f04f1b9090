"""How much of a person's identity a public output may show.

`Disclosure.FULL` shows names; `INITIALS` shows initials only and no other
names; `ANONYMOUS` shows a description such as "Kazakh woman, born 1980s" and
no names at all. Whoever renders a public page asks this module, never the raw
record.
"""

from __future__ import annotations

from dataclasses import dataclass

from victimsdb.core.vocabulary import Disclosure, Ethnicity, Gender

_NOUNS = {Gender.FEMALE: "woman", Gender.MALE: "man"}


@dataclass(frozen=True)
class Identity:
    """The facts a public label may be built from."""

    primary_name: str
    gender: Gender = Gender.UNKNOWN
    ethnicity: Ethnicity = Ethnicity.UNKNOWN
    birth_year: int | None = None
    place: str | None = None  # already reduced to the public granularity


def initials(name: str) -> str:
    """'Gulzira Auelkhankyzy' -> 'G. A.'; works in any script."""
    return " ".join(f"{word[0]}." for word in name.split() if word[:1].isalpha())


def anonymous_label(identity: Identity) -> str:
    """A description that names nobody, e.g. 'Kazakh woman, born 1980s, Tekes'."""
    noun = _NOUNS.get(identity.gender, "person")
    known = identity.ethnicity not in (Ethnicity.UNKNOWN, Ethnicity.OTHER)
    parts = [f"{identity.ethnicity.value.capitalize()} {noun}" if known else noun.capitalize()]
    if identity.birth_year:
        parts.append(f"born {identity.birth_year // 10 * 10}s")
    if identity.place:
        parts.append(identity.place)
    return ", ".join(parts)


def public_label(identity: Identity, disclosure: Disclosure) -> str:
    """The name or description a public page shows for this person."""
    if disclosure is Disclosure.FULL:
        return identity.primary_name
    if disclosure is Disclosure.INITIALS:
        return initials(identity.primary_name) or anonymous_label(identity)
    return anonymous_label(identity)


def shows_names(disclosure: Disclosure) -> bool:
    """Whether a public output may list the person's names and spellings."""
    return disclosure is Disclosure.FULL


_OPENNESS = {Disclosure.ANONYMOUS: 0, Disclosure.INITIALS: 1, Disclosure.FULL: 2}


def strictest(*disclosures: Disclosure) -> Disclosure:
    """The disclosure that shows least: where several people decide, each may only
    narrow what is shown (an entry, a testimony and the testifier's own choice)."""
    return min(disclosures, key=_OPENNESS.__getitem__, default=Disclosure.ANONYMOUS)


def byline(name: str, disclosure: Disclosure) -> str:
    """How a testimony names its testifier: the name, initials, or 'anonymous'
    (a description of the testifier could point at them as surely as a name)."""
    if disclosure is Disclosure.FULL and name:
        return name
    if disclosure is Disclosure.INITIALS and initials(name):
        return initials(name)
    return "anonymous"

"""The typed spec of a report from the public, shared by the web form and ``POST /api/v1/reports``.

:func:`parse_report` turns untrusted JSON-like data into a :class:`Report` or
raises :class:`ReportInvalid` listing every problem, each naming the field
(``victim.birth_year``) but never quoting the value: a value may be a
reporter's phone number, and errors end up in logs. Only ``victim.names`` and
``victim.what_happened`` are required; unknown fields are refused, so a typo
never silently drops what a relative wrote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from victimsdb.core.vocabulary import Ethnicity, Gender

MAX_NAMES = 10
MAX_NAME = 300
MAX_SHORT = 300
MAX_WHEN = 100
MAX_LONG = 20_000
EARLIEST_BIRTH_YEAR = 1900
# C0/C1 controls other than tab and newline: PostgreSQL refuses NUL, the rest only hide text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Victim:
    """The person the report is about."""

    names: tuple[str, ...]
    what_happened: str
    gender: Gender = Gender.UNKNOWN
    birth_year: int | None = None
    ethnicity: Ethnicity = Ethnicity.UNKNOWN
    hometown: str = ""
    when: str = ""
    where: str = ""


@dataclass(frozen=True)
class Reporter:
    """Who reports: confidential, never shown publicly."""

    name: str = ""
    relation: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Consent:
    """What the reporter allows to be published; nothing unless they say so."""

    publish_name: bool = False
    publish_photo: bool = False


@dataclass(frozen=True)
class Report:
    victim: Victim
    reporter: Reporter = field(default_factory=Reporter)
    consent: Consent = field(default_factory=Consent)


class ReportInvalid(ValueError):
    """The report cannot be accepted; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


_VICTIM_TEXT = {"hometown": MAX_SHORT, "when": MAX_WHEN, "where": MAX_SHORT}
_REPORTER_TEXT = {"name": MAX_SHORT, "relation": MAX_SHORT, "contact": MAX_SHORT}
_VICTIM_FIELDS = {"names", "what_happened", "gender", "birth_year", "ethnicity", *_VICTIM_TEXT}


def parse_report(data: Any, this_year: int) -> Report:
    """Check untrusted data against the spec; return the report or raise ReportInvalid."""
    problems: list[str] = []
    top = _object(data, "the report", {"victim", "reporter", "consent"}, problems)
    if "victim" not in top and isinstance(data, dict):
        problems.append("victim: required")
    victim = _victim(top.get("victim", {}), this_year, problems)
    reporter = _reporter(top.get("reporter", {}), problems)
    consent = _consent(top.get("consent", {}), problems)
    if problems or victim is None:
        raise ReportInvalid(problems)
    return Report(victim, reporter, consent)


def clean_text(value: str) -> str:
    """Text as kept: NFC, without control characters, trimmed."""
    return _CONTROLS.sub("", unicodedata.normalize("NFC", value)).strip()


def _object(data: Any, where: str, allowed: set[str], problems: list[str]) -> dict[str, Any]:
    if not isinstance(data, dict):
        problems.append(f"{where}: must be an object")
        return {}
    unknown = sorted(str(key) for key in data if key not in allowed)
    if unknown:
        problems.append(f"{where}: unknown field(s) {', '.join(unknown)}")
    return {key: value for key, value in data.items() if key in allowed}


def _victim(data: Any, this_year: int, problems: list[str]) -> Victim | None:
    fields = _object(data, "victim", _VICTIM_FIELDS, problems)
    names = _names(fields.get("names"), problems)
    what = _text(fields.get("what_happened"), "victim.what_happened", MAX_LONG, problems)
    if not what and "victim.what_happened" not in " ".join(problems):
        problems.append("victim.what_happened: required")
    texts = {
        key: _text(fields.get(key), f"victim.{key}", limit, problems)
        for key, limit in _VICTIM_TEXT.items()
    }
    gender = _choice(fields.get("gender"), Gender, "victim.gender", problems)
    ethnicity = _choice(fields.get("ethnicity"), Ethnicity, "victim.ethnicity", problems)
    birth_year = _year(fields.get("birth_year"), this_year, problems)
    if not names or not what:
        return None
    return Victim(
        names=names,
        what_happened=what,
        gender=Gender(gender or Gender.UNKNOWN),
        birth_year=birth_year,
        ethnicity=Ethnicity(ethnicity or Ethnicity.UNKNOWN),
        **texts,
    )


def _reporter(data: Any, problems: list[str]) -> Reporter:
    fields = _object(data, "reporter", set(_REPORTER_TEXT), problems)
    texts = {
        key: _text(fields.get(key), f"reporter.{key}", limit, problems)
        for key, limit in _REPORTER_TEXT.items()
    }
    return Reporter(**texts)


def _consent(data: Any, problems: list[str]) -> Consent:
    fields = _object(data, "consent", {"publish_name", "publish_photo"}, problems)
    flags = {}
    for key in ("publish_name", "publish_photo"):
        value = fields.get(key, False)
        if not isinstance(value, bool):
            problems.append(f"consent.{key}: must be true or false")
            value = False
        flags[key] = value
    return Consent(**flags)


def _names(value: Any, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        problems.append("victim.names: required (a list of the person's names, in any script)")
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.append("victim.names: must be a list of strings")
        return ()
    names = tuple(dict.fromkeys(name for name in map(clean_text, value) if name))
    if not names:
        problems.append("victim.names: at least one name is required")
    elif len(names) > MAX_NAMES:
        problems.append(f"victim.names: at most {MAX_NAMES} names")
    elif any(len(name) > MAX_NAME for name in names):
        problems.append(f"victim.names: each name at most {MAX_NAME} characters")
    return names if len(names) <= MAX_NAMES else ()


def _text(value: Any, where: str, limit: int, problems: list[str]) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(f"{where}: must be a string")
        return ""
    text = clean_text(value)
    if len(text) > limit:
        problems.append(f"{where}: at most {limit} characters")
        return ""
    return text


def _choice(
    value: Any, enum: type[Gender] | type[Ethnicity], where: str, problems: list[str]
) -> str:
    if value in (None, ""):
        return ""
    allowed = [member.value for member in enum]
    if value not in allowed:
        problems.append(f"{where}: must be one of {', '.join(allowed)}")
        return ""
    return str(value)


def _year(value: Any, this_year: int, problems: list[str]) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append("victim.birth_year: must be a whole number (a year)")
        return None
    if not EARLIEST_BIRTH_YEAR <= value <= this_year:
        problems.append(f"victim.birth_year: must be between {EARLIEST_BIRTH_YEAR} and {this_year}")
        return None
    return value

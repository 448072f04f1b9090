"""The translation catalogues: complete, compiled, and in step with the marked strings."""

import gettext
import re
from pathlib import Path

import polib
import pytest

import victimsdb.web

WEB = Path(victimsdb.web.__file__).parent
CATALOGUES = sorted((WEB / "locale").glob("*/LC_MESSAGES/django.po"))
LANGUAGES = {"ru", "kk", "ky", "ug", "zh_Hans"}
MARKED = [
    re.compile(r"""\{% translate ["'](.+?)["'] %\}"""),
    re.compile(r"""\b_\(\s*["'](.+?)["']\s*\)"""),
]


def marked_strings() -> set[str]:
    """Strings marked with {% translate "..." %} or _("...") on one line (public apps)."""
    found: set[str] = set()
    for folder in ("public", "intake"):
        for path in (WEB / folder).rglob("*"):
            if path.suffix in {".html", ".py"} and "staff" not in path.parts:
                text = path.read_text(encoding="utf-8")
                found.update(match for pattern in MARKED for match in pattern.findall(text))
    return found


def test_every_language_has_a_catalogue() -> None:
    assert {path.parent.parent.name for path in CATALOGUES} == LANGUAGES


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parent.parent.name)
def test_every_string_is_translated(path: Path) -> None:
    catalogue = polib.pofile(str(path))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert len(catalogue) > 100


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parent.parent.name)
def test_the_compiled_catalogue_matches_its_source(path: Path) -> None:
    """Fails when a .po changed without `make messages` (scripts/compile-messages)."""
    compiled = gettext.GNUTranslations(path.with_suffix(".mo").open("rb"))
    for entry in polib.pofile(str(path)):
        if entry.msgid_plural:
            for count in range(0, 30):
                form = entry.msgstr_plural[compiled.plural(count)]
                assert compiled.ngettext(entry.msgid, entry.msgid_plural, count) == form
        else:
            assert compiled.gettext(entry.msgid) == entry.msgstr, entry.msgid


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parent.parent.name)
def test_every_marked_string_is_in_the_catalogue(path: Path) -> None:
    msgids = {entry.msgid for entry in polib.pofile(str(path))}
    assert marked_strings() - msgids == set()


def test_it_finds_the_marked_strings() -> None:
    assert {"Report a detained or missing person", "Nothing was stored."} <= marked_strings()

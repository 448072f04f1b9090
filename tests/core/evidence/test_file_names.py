"""Uploaded file names are reduced to a display-safe base name, never used as a path."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from victimsdb.core.evidence import safe_name
from victimsdb.core.evidence.filenames import MAX_NAME_LENGTH, UNNAMED, extension


@pytest.mark.parametrize(
    ("declared", "kept"),
    [
        ("../../etc/passwd", "passwd"),
        ("../../../root/.ssh/authorized_keys", "authorized_keys"),
        ("/var/lib/victimsdb/evidence/photo.jpg", "photo.jpg"),
        ("..\\..\\Windows\\System32\\evil.dll", "evil.dll"),
        ("C:\\Users\\Aigerim\\Desktop\\passport.jpg", "passport.jpg"),
        ("C:passport.jpg", "C_passport.jpg"),
        ("photo.jpg/..", UNNAMED),
        ("....//....//x.pdf", "x.pdf"),
    ],
)
def test_a_path_traversal_name_is_reduced_to_a_basename(declared: str, kept: str) -> None:
    assert safe_name(declared) == kept


def test_nul_and_control_characters_are_removed() -> None:
    assert safe_name("photo\x00.php\x07\n.jpg") == "photo .php .jpg"


def test_a_right_to_left_override_cannot_disguise_the_extension() -> None:
    assert safe_name("photo\u202egpj.exe") == "photo gpj.exe"
    assert extension("photo\u202egpj.exe") == "exe"


def test_hidden_and_dotted_names_lose_their_leading_dots() -> None:
    assert safe_name(".htaccess") == "htaccess"
    assert safe_name("..") == UNNAMED
    assert safe_name("a..b...jpg") == "a.b.jpg"


def test_names_in_any_script_are_kept() -> None:
    assert safe_name("Гүлзира Әуелханқызы.jpg") == "Гүлзира Әуелханқызы.jpg"
    assert safe_name("گۈلزىرە.pdf") == "گۈلزىرە.pdf"


def test_a_long_name_is_shortened_keeping_its_extension() -> None:
    kept = safe_name("x" * 500 + ".jpeg")
    assert len(kept) == MAX_NAME_LENGTH
    assert kept.endswith("x.jpeg")


def test_an_empty_name_becomes_unnamed() -> None:
    assert safe_name("") == UNNAMED
    assert safe_name(" \t/ ") == UNNAMED


SEPARATOR_HEAVY = st.text(alphabet=st.sampled_from(list("./\\:\x00 a\u202e\n")), max_size=40)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=300), SEPARATOR_HEAVY))
def test_the_name_sanitiser_never_returns_a_path_with_a_separator_or_dot_dot(
    declared: str,
) -> None:
    kept = safe_name(declared)
    assert kept
    assert "/" not in kept and "\\" not in kept and "\x00" not in kept
    assert ".." not in kept
    assert not kept.startswith(".")
    assert len(kept) <= MAX_NAME_LENGTH
    assert kept.isprintable()
    assert safe_name(kept) == kept

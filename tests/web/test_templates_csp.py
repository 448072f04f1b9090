"""No template has inline script, inline style or event-handler attributes.

The Content-Security-Policy (victimsdb.web.security.headers) refuses them, so
anything inline would silently break in browsers: scripts and styles belong in
static files. This checks every template of the project, now and as apps are added.
"""

import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "victimsdb"
TEMPLATES = sorted(SRC.glob("**/templates/**/*.html"))

INLINE = {
    "inline script": re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE),
    "style element": re.compile(r"<style\b", re.IGNORECASE),
    "style attribute": re.compile(r"\sstyle\s*=", re.IGNORECASE),
    "event handler": re.compile(r"\son[a-z]+\s*=", re.IGNORECASE),
    "javascript: URL": re.compile(r"javascript:", re.IGNORECASE),
}


def test_there_are_templates_to_check() -> None:
    assert len(TEMPLATES) >= 5


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(SRC)))
def test_the_template_has_nothing_inline(template: Path) -> None:
    text = template.read_text(encoding="utf-8")
    found = [what for what, pattern in INLINE.items() if pattern.search(text)]
    assert not found, f"{template.relative_to(SRC)}: {', '.join(found)}"


@pytest.mark.parametrize("html", ["<script>alert(1)</script>", '<p style="x">', '<a onclick="x">'])
def test_the_check_finds_inline_code(html: str) -> None:
    assert any(pattern.search(html) for pattern in INLINE.values())

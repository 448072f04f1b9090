"""Uploaded file names, made safe to keep and to show; never used as a path.

A browser or a script may send any name: ``../../etc/passwd``,
``C:\\Users\\x\\photo.jpg``, ``/abs/path``, names with NUL, control or
bidirectional-override characters (``photo\u202egpj.exe`` shows as
``photoexe.jpg``). :func:`safe_name` keeps only a readable base name: no
separator, no ``..``, no leading dot, no control character, bounded length.
The store files content under its SHA-256 alone; this name is for display.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_LENGTH = 120
"""Longest name kept, in characters (the extension is kept when shortening)."""

UNNAMED = "unnamed"
"""The name kept when nothing readable is left."""

_UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
_RESERVED = re.compile(r'[<>:"|?*]')
_DOTS = re.compile(r"\.{2,}")
_SPACES = re.compile(r"\s+")
_EXTENSION = re.compile(r"^[a-z0-9]{1,5}$")


def safe_name(declared_name: str, max_length: int = MAX_NAME_LENGTH) -> str:
    """A display-safe base name of ``declared_name``: never a path, never empty."""
    text = unicodedata.normalize("NFC", declared_name)
    text = "".join(" " if _unsafe(char) else char for char in text)
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = _RESERVED.sub("_", text)
    text = _DOTS.sub(".", _SPACES.sub(" ", text))
    text = text.strip(" .")
    return _shorten(text, max_length) or UNNAMED


def extension(declared_name: str) -> str:
    """The lower-case extension a name claims (``photo.JPG`` -> ``jpg``), or ``""``."""
    name = safe_name(declared_name)
    if "." not in name:
        return ""
    suffix = name.rsplit(".", 1)[1].lower()
    return suffix if _EXTENSION.match(suffix) else ""


def _unsafe(char: str) -> bool:
    return unicodedata.category(char) in _UNSAFE_CATEGORIES


def _shorten(name: str, max_length: int) -> str:
    if len(name) <= max_length:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) >= max_length // 2:
        return name[:max_length].rstrip(" .")
    return stem[: max_length - len(suffix) - 1].rstrip(" .") + "." + suffix

"""The one place that touches PyICU: typed, cached transliterators.

ICU ships inside the ``pyicu-wheels`` wheel (or the system ICU behind
``pyicu``), so nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from threading import Lock

try:
    import icu  # type: ignore[import-untyped,import-not-found,unused-ignore]
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "victimsdb.core.names needs PyICU: pip install pyicu-wheels==2.15.2 "
        "(or pyicu with the system's libicu)"
    ) from error

Transform = Callable[[str], str]


@lru_cache(maxsize=64)
def system(transform_id: str) -> Transform:
    """Return ICU's built-in transliterator ``transform_id`` as a function."""
    return _wrap(icu.Transliterator.createInstance(transform_id))


@lru_cache(maxsize=64)
def from_rules(name: str, rules: str) -> Transform:
    """Compile an ICU rule string (``a > b ;`` lines) into a function."""
    direction = icu.UTransDirection.FORWARD
    return _wrap(icu.Transliterator.createFromRules(name, rules, direction))


def script_code(char: str) -> str:
    """Return the ISO 15924 code of one character (``Zyyy``, ``Zinh`` when shared)."""
    return str(icu.Script.getScript(char).getShortName())


def _wrap(transliterator: object) -> Transform:
    """ICU transliterators are not safe to share between threads: serialise calls."""
    lock = Lock()

    def run(text: str) -> str:
        with lock:
            return str(transliterator.transliterate(text))  # type: ignore[attr-defined]

    return run

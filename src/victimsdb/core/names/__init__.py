"""Names across scripts: detect, romanise, key and compare personal names.

One person may be *Gulzire Awulqanqizi* (RFA), *Gulzira Auelkhankyzy* (Foreign
Policy), *Гүлзира Әуелханқызы* (Kazakh Cyrillic) and 古丽孜热 in Chinese
documents. This package brings such spellings together:

* :func:`detect_script` says which script a name is written in;
* :func:`to_latin` romanises any script (ICU for Cyrillic and Chinese, rule
  tables for Uyghur and Kazakh Arabic script) into plain ASCII Latin;
* :func:`name_keys` gives Turkic-aware phonetic keys for search and blocking;
* :func:`compare` scores two full names in [0, 1] and says whether they name
  the same person, with an explanation.

Pure Python plus PyICU; never imports Django. See ``docs/names.md``.
"""

from __future__ import annotations

from victimsdb.core.names.compare import DEFAULT_THRESHOLD, Comparison, WordMatch, compare
from victimsdb.core.names.keys import name_keys
from victimsdb.core.names.scripts import MIXED, NO_SCRIPT, detect_orthography, detect_script
from victimsdb.core.names.transliterate import to_latin

__all__ = [
    "DEFAULT_THRESHOLD",
    "MIXED",
    "NO_SCRIPT",
    "Comparison",
    "WordMatch",
    "compare",
    "detect_orthography",
    "detect_script",
    "name_keys",
    "to_latin",
]

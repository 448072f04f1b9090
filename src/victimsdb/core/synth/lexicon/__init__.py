"""Real given names and surnames, one module per people, in each people's own script.

Kazakh and Kyrgyz names are written in their Cyrillic alphabets, Uyghur names in
Uyghur Latin (ULY), Hui names in Chinese characters with their pinyin. Every
other spelling is derived from these by the renderers, so one canonical form per
name is the single source of truth. Lists are ordered roughly from most to least
common: `zipf` turns the order into a Zipf-like frequency, so that popular
names recur and unrelated namesakes exist, as in real data.
"""

from __future__ import annotations

from collections.abc import Sequence


def zipf(names: Sequence[str], exponent: float = 0.8) -> dict[str, float]:
    """Zipf-like weights for names listed from most to least common."""
    return {name: 1.0 / (rank**exponent) for rank, name in enumerate(names, start=1)}

"""Real given names and surnames, one module per people, in each people's own script.

Kazakh and Kyrgyz names are written in their Cyrillic alphabets, Uyghur names in
Uyghur Latin (ULY), Hui names in Chinese characters with their pinyin. Every
other spelling is derived from these by the renderers, so one canonical form per
name is the single source of truth. Lists are ordered roughly from most to least
common: `zipf` turns the order into a Zipf-like frequency, so that popular
names recur and unrelated namesakes exist, as in real data.

How concentrated names are is calibrated on Kazakhstan's Bureau of National
Statistics (published 2023, reported by aulieatanews.kz): the most common
men's name, Azamat, is held by 63,000 people and the most common women's,
Aruzhan, by 73,000 (about 1% of Kazakh men or women), and more than 33,000
distinct names occur more than ten times. A list of a few hundred names
cannot hold that tail, so names are also formed as the peoples form them:
a base name with a name-forming ending (*-bek*, *-zhan*, *-khan*, *-bai*,
*-gül*; `MALE_ENDINGS` and `FEMALE_ENDINGS` in each module). With the flatter
weighting below, the most common given name goes to 2.5-4.5% of a people's
men or women: still more namesakes than the statistics show, so search
figures err on the hard side.
"""

from __future__ import annotations

from collections.abc import Sequence


def zipf(names: Sequence[str], exponent: float = 0.5) -> dict[str, float]:
    """Zipf-like weights for names listed from most to least common."""
    return {name: 1.0 / (rank**exponent) for rank, name in enumerate(names, start=1)}

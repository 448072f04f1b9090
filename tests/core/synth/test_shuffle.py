"""The streaming shuffle keeps every item once and moves items apart."""

from __future__ import annotations

import random

from victimsdb.core.synth.shuffle import shuffled


def test_it_keeps_every_item_exactly_once() -> None:
    items = list(range(10_000))
    out = list(shuffled(items, random.Random(0), window=500))
    assert sorted(out) == items and out != items


def test_a_window_larger_than_the_input_shuffles_everything() -> None:
    out = list(shuffled(range(100), random.Random(1), window=1000))
    assert sorted(out) == list(range(100)) and out != list(range(100))


def test_a_window_of_one_keeps_the_order() -> None:
    assert list(shuffled(range(50), random.Random(2), window=1)) == list(range(50))

"""Weighted random draws from fixed distributions, precomputed once (faster than `choices`)."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Mapping
from itertools import accumulate
from typing import Generic, TypeVar

K = TypeVar("K")


class Weighted(Generic[K]):
    """A fixed distribution over options, drawn from with one random number."""

    def __init__(self, weights: Mapping[K, float]) -> None:
        self.options: tuple[K, ...] = tuple(weights)
        self.weights: tuple[float, ...] = tuple(weights.values())
        self._cumulative = list(accumulate(self.weights))
        self._total = self._cumulative[-1]

    def draw(self, rng: random.Random) -> K:
        """One option, with probability proportional to its weight."""
        return self.options[bisect_right(self._cumulative, rng.random() * self._total)]

    def draw_distinct(self, rng: random.Random, count: int) -> list[K]:
        """`count` options, all different while there are enough (then repeats are allowed)."""
        chosen: list[K] = []
        while len(chosen) < count:
            option = self.draw(rng)
            if option not in chosen or len(chosen) >= len(self.options):
                chosen.append(option)
        return chosen

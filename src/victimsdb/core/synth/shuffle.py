"""A streaming shuffle, so that a person's rows do not sit next to each other in the file."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def shuffled(items: Iterable[T], rng: random.Random, window: int) -> Iterator[T]:
    """`items` in random order within a sliding window of `window` items (memory: the window).

    Every item leaves the window at a random later step, so rows that arrive
    together end up, on average, `window` rows apart.
    """
    buffer: list[T] = []
    for item in items:
        if len(buffer) < window:
            buffer.append(item)
            continue
        index = rng.randrange(window)
        yield buffer[index]
        buffer[index] = item
    rng.shuffle(buffer)
    yield from buffer

"""Benchmarks (`make bench`): each writes its figures into docs/benchmarks.md.

A benchmark is a function registered with `@benchmark("title")` that returns
rows of (measure, value, target); the harness runs them all and writes one
table per benchmark with the machine and the date. Speed is measured here,
never in timed tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Row = tuple[str, str, str]


@dataclass(frozen=True)
class Benchmark:
    title: str
    run: Callable[[], list[Row]]


REGISTRY: list[Benchmark] = []


def benchmark(title: str) -> Callable[[Callable[[], list[Row]]], Callable[[], list[Row]]]:
    """Register a benchmark function under a title."""

    def register(function: Callable[[], list[Row]]) -> Callable[[], list[Row]]:
        REGISTRY.append(Benchmark(title, function))
        return function

    return register

"""Small timing helpers shared by benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    """p50, p95 and p99 of a list of milliseconds."""
    ordered = sorted(samples_ms)
    cuts = (
        statistics.quantiles(ordered, n=100, method="inclusive")
        if len(ordered) > 1
        else ordered * 99
    )
    return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98]}


def time_ms(action: Callable[[], object], repeat: int) -> list[float]:
    """Run `action` `repeat` times; the duration of each run in milliseconds."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def cpu_check_ms() -> float:
    """The time of a fixed pure-Python loop (the best of three), in milliseconds: how
    fast this machine's processor ran just then. A virtual machine's speed varies with
    its neighbours: this tells a slow run from slower code."""

    def loop() -> None:
        total = 0
        for number in range(1_000_000):
            total += number * number % 7

    return min(time_ms(loop, repeat=3))

"""Name matching in the core: pairwise precision, recall and F1 of `compare`.

On the shared development set (`../shared/eval/name_variants_dev.tsv` beside
the repository, or `$VICTIMSDB_EVAL_DIR`) when it is there, and on the larger
bundled set (`core/names/data/name_pairs.tsv`, its sources in its header).
"""

from __future__ import annotations

import os
from pathlib import Path

from victimsdb.bench import Row, benchmark
from victimsdb.bench.timing import percentiles, time_ms
from victimsdb.core.names import compare
from victimsdb.core.names.evaluate import BUNDLED_PAIRS, Scores, evaluate, read_pairs


def eval_dir() -> Path:
    """Where the shared evaluation data lives."""
    return Path(os.environ.get("VICTIMSDB_EVAL_DIR", "../shared/eval"))


def _row(title: str, scores: Scores) -> Row:
    value = (
        f"{scores.pairs} pairs: precision {scores.precision:.3f}, "
        f"recall {scores.recall:.3f}, F1 {scores.f1:.3f}"
    )
    return (title, value, "F1 ≥ 0.97")


@benchmark("Name matching: pairwise verdicts of compare (core, no database)")
def pairwise() -> list[Row]:
    rows: list[Row] = []
    dev = eval_dir() / "name_variants_dev.tsv"
    if dev.exists():
        rows.append(_row("development set (shared/eval)", evaluate(read_pairs(dev))))
    else:
        rows.append(("development set (shared/eval)", f"not found at {dev}", ""))
    rows.append(_row("bundled larger set (name_pairs.tsv)", evaluate(read_pairs(BUNDLED_PAIRS))))
    pairs = [(p.name_a, p.name_b) for p in read_pairs(BUNDLED_PAIRS)]
    cuts = percentiles(time_ms(lambda: [compare(a, b) for a, b in pairs], repeat=5))
    per_pair = {name: value * 1000 / len(pairs) for name, value in cuts.items()}
    rows.append(
        (
            "compare, per pair (warm caches): p50 / p95",
            f"{per_pair['p50']:.0f} / {per_pair['p95']:.0f} µs",
            "",
        )
    )
    return rows

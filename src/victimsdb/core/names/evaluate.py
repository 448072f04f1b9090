"""Measure :func:`compare` on labelled name pairs: precision, recall, F1.

The input is a TSV of ``name_a, name_b, same_person`` (1 or 0) with optional
further columns; lines starting with ``#`` are comments. Run as
``python -m victimsdb.core.names.evaluate FILE [--threshold T] [--errors]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from victimsdb.core.names.compare import DEFAULT_THRESHOLD, Comparison, compare

BUNDLED_PAIRS = Path(__file__).parent / "data" / "name_pairs.tsv"
"""The larger evaluation set shipped with the module (see its header for sources)."""


@dataclass(frozen=True)
class LabelledPair:
    """Two names and whether they name the same person."""

    name_a: str
    name_b: str
    same: bool
    note: str = ""


@dataclass(frozen=True)
class Scores:
    """Pairwise precision, recall and F1 of "same person" verdicts."""

    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    errors: tuple[tuple[LabelledPair, Comparison], ...] = ()

    @property
    def precision(self) -> float:
        """Share of "same" verdicts that are right (1.0 when there are none)."""
        called = self.true_positives + self.false_positives
        return self.true_positives / called if called else 1.0

    @property
    def recall(self) -> float:
        """Share of same-person pairs found (1.0 when there are none)."""
        actual = self.true_positives + self.false_negatives
        return self.true_positives / actual if actual else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def pairs(self) -> int:
        """How many pairs were scored."""
        return (
            self.true_positives + self.false_positives + self.false_negatives + self.true_negatives
        )


def read_pairs(path: Path) -> list[LabelledPair]:
    """Read a TSV of labelled pairs, skipping comments and blank lines."""
    pairs: list[LabelledPair] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            raise ValueError(f"{path}: expected name_a, name_b, same_person in {line!r}")
        note = fields[3] if len(fields) > 3 else ""
        pairs.append(LabelledPair(fields[0], fields[1], fields[2].strip() == "1", note))
    return pairs


def evaluate(pairs: Iterable[LabelledPair], threshold: float = DEFAULT_THRESHOLD) -> Scores:
    """Compare every pair and count right and wrong verdicts."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    errors: list[tuple[LabelledPair, Comparison]] = []
    for pair in pairs:
        result = compare(pair.name_a, pair.name_b, threshold)
        outcome = _outcome(pair.same, result.same)
        counts[outcome] += 1
        if outcome in {"fp", "fn"}:
            errors.append((pair, result))
    return Scores(counts["tp"], counts["fp"], counts["fn"], counts["tn"], tuple(errors))


def _outcome(truth: bool, verdict: bool) -> str:
    if verdict:
        return "tp" if truth else "fp"
    return "fn" if truth else "tn"


def report(scores: Scores, *, with_errors: bool = False) -> str:
    """Format scores (and optionally every wrong verdict) as text."""
    lines = [
        f"pairs {scores.pairs}  precision {scores.precision:.3f}  "
        f"recall {scores.recall:.3f}  F1 {scores.f1:.3f}",
        f"tp {scores.true_positives}  fp {scores.false_positives}  "
        f"fn {scores.false_negatives}  tn {scores.true_negatives}",
    ]
    if with_errors:
        for pair, result in scores.errors:
            kind = "missed" if pair.same else "false match"
            lines.append(
                f"{kind}: {pair.name_a} | {pair.name_b} ({result.score:.2f}) {result.explanation}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: print precision, recall and F1 for each TSV file given."""
    parser = argparse.ArgumentParser(prog="names-evaluate", description=__doc__)
    parser.add_argument("files", nargs="*", type=Path, default=[BUNDLED_PAIRS])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--errors", action="store_true", help="list every wrong verdict")
    args = parser.parse_args(argv)
    for path in args.files:
        scores = evaluate(read_pairs(path), args.threshold)
        print(f"{path}\n{report(scores, with_errors=args.errors)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

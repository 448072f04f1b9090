"""`synth`: write a synthetic persons dataset with its truth, for linkage and search evaluation.

    synth --persons 100000 [--seed 0] [--rows-per-person 3] [--curated] --out DIR

writes DIR/persons.csv (importable with `victimsdb import persons`),
DIR/truth.tsv, DIR/queries.tsv and DIR/relations.tsv; see `writers`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from victimsdb.core.synth.writers import Settings, write_dataset


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return value


def _fraction(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def parser() -> argparse.ArgumentParser:
    """The command line of `synth`."""
    cli = argparse.ArgumentParser(
        prog="synth",
        description="Write synthetic persons (names in every script) with a known truth.",
    )
    cli.add_argument("--persons", type=_positive, required=True, help="number of persons")
    cli.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    cli.add_argument(
        "--rows-per-person", type=_positive, default=3, help="source rows per person (default 3)"
    )
    cli.add_argument(
        "--queries-per-person", type=int, default=1, help="search queries per person (default 1)"
    )
    cli.add_argument(
        "--noise", type=_fraction, default=0.3, help="share of rows with a misspelt name (0.3)"
    )
    cli.add_argument(
        "--shuffle-window",
        type=_positive,
        default=100_000,
        help="rows mixed at a time so a person's rows are apart (default 100000)",
    )
    cli.add_argument(
        "--curated",
        action="store_true",
        help="write one row per person holding every name its source rows print "
        "(a curated database, for search benchmarks)",
    )
    cli.add_argument("--out", type=Path, required=True, help="directory to write the files to")
    return cli


def main(argv: Sequence[str] | None = None) -> int:
    """Run `synth` with `argv` (default: the process's arguments); return the exit status."""
    args = parser().parse_args(argv)
    settings = Settings(
        persons=args.persons,
        seed=args.seed,
        rows_per_person=args.rows_per_person,
        queries_per_person=max(0, args.queries_per_person),
        noise=args.noise,
        shuffle_window=args.shuffle_window,
        curated=args.curated,
    )
    started = time.perf_counter()
    summary = write_dataset(args.out, settings)
    seconds = time.perf_counter() - started
    print(
        f"wrote {summary.rows} rows about {summary.persons} persons, {summary.queries} queries "
        f"and {summary.relations} family ties to {args.out} in {seconds:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

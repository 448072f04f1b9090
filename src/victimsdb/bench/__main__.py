"""Run the benchmarks and write docs/benchmarks.md, each section with the machine, the
commit and the date it was measured at (`report`).

`python -m victimsdb.bench [--sizes 100000,1000000|none] [--databases sqlite,postgresql]
[--distractors 1000,5000|none]`.
Each search run happens in its own process with its own database: SQLite in
a temporary file, PostgreSQL in a throwaway cluster (scripts/with-postgres).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from victimsdb.bench import REGISTRY, Row
from victimsdb.bench import dataset as _dataset  # noqa: F401  (registers its benchmark)
from victimsdb.bench import names as _names  # noqa: F401
from victimsdb.bench.report import Report, now, provenance
from victimsdb.bench.timing import cpu_check_ms

OUTPUT = Path("docs/benchmarks.md")
WITH_POSTGRES = Path("scripts/with-postgres")


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, {memory:.0f} GiB memory"
    )


NOTES = """\
How to read these figures. Latencies are measured through the real view code
(Django's test client against the API list view, with facets and entry
summaries), in one process, on the machine the section names, while nothing
else runs. Synthetic entries come from `victimsdb synth --curated` (about 3.4
names each, in the scripts and spellings sources use, with realistic noise).

Recall@10 is given twice. *Strict*: the person is among the first ten results
the API returns. *Ties shared*: the expected recall@10 when the persons the
ranking scores alike are put in random order. The generator draws names as
populations do, so namesakes are many (hundreds of *Gulnar Memet*, in every
script, among a million entries): no name search can tell them apart by the
name alone, and a searcher narrows them with facets (hometown, year, status).
The gap between the two figures is what namesakes cost; the gap between the
second and 1.0 is what the ranking (or the blocking) misses. The *variant +
hometown county* rows measure what narrowing does: variant queries with the
county the entry records as hometown as a filter, as a relative who knows where
the person is from would search; the *variant + year detained* rows, the same
queries with the year the entry records the person was detained in. With a
filter (county, year, or gender in the *faceted* rows), ties are shared among
the entries the filter keeps. A name search tells the user how many entries
match as well as the first (`tied_best`), so that they know to narrow.
*One-word* queries (a given name or a surname alone, the first word of sampled
queries) are timed, with the number of entries they list (at most 10,000: a
name search lists the best 10,000), but have no recall: thousands share such a
name. *What a
name can find* is the share of queries that `compare` scores at least 0.7 (what
search shows) against one of the names the person's entry holds: the
generator's truth also joins names that share too little for any name search
(a Soviet-style surname in one source, a patronymic in another). The gap
between it and recall is roughly what search misses among the persons a name
can find (not exactly: the page also shows persons `compare` scores lower, when
the ranking puts them there).

This is a virtual machine, whose speed varies with its neighbours. Each search
run times a fixed Python loop before each measurement (*CPU check*), and each
section's first line gives the one taken when its run started (50-65 ms on a
good day): compare it between runs before reading a change in latency as a
change in the code.
"""


def _run(command: list[str], label: str) -> list[Row]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    print(f"running: {label}", file=sys.stderr)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return [("failed", done.stderr.strip().splitlines()[-1] if done.stderr else "?", "")]
    return [tuple(row) for row in json.loads(done.stdout.strip().splitlines()[-1])]


def search_run(persons: int, database: str) -> list[Row]:
    """One search benchmark in a fresh process and database."""
    command = [sys.executable, "-m", "victimsdb.bench.search", "--persons", str(persons)]
    if database == "postgresql":
        command = [str(WITH_POSTGRES), *command]
    return _run(command, f"search, {persons:,} persons, {database}")


def ranking_run(distractors: int) -> list[Row]:
    """The ranked-first benchmark of real names among synthetic ones, in its own process."""
    command = [sys.executable, "-m", "victimsdb.bench.ranking", "--distractors", str(distractors)]
    return _run(command, f"ranking among {distractors:,} synthetic persons")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m victimsdb.bench")
    parser.add_argument("--sizes", default="100000,1000000", help="or none")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--distractors", default="1000,5000", help="or none")
    args = parser.parse_args(argv)
    started, where = now(), machine()
    opening = [
        "# Benchmarks",
        "",
        "Written by `make bench`; do not edit by hand. Each section says when, at which",
        "commit and on what machine it was measured: a run replaces the sections it",
        "measures and keeps the others (`make bench SIZES=none` measures only the",
        "sections above the name search ones).",
        "",
        f"- last run: {started:%Y-%m-%d %H:%M} UTC, on {where}",
        "",
        NOTES,
    ]
    report = Report.kept_from(OUTPUT, opening)
    measured = provenance(where, started, cpu_check_ms())
    for bench in REGISTRY:
        print(f"running: {bench.title}", file=sys.stderr)
        report.put(bench.title, bench.run(), measured)
        _write(report)
    for count in _numbers(args.distractors):
        title = f"Name ranking: real names among {count:,} synthetic persons"
        report.put(title, ranking_run(count), measured)
        _write(report)
    for size in _numbers(args.sizes):
        for database in [db for db in args.databases.split(",") if db]:
            rows = search_run(size, database)
            report.put(f"Name search: {size:,} persons on {database}", rows, measured)
            _write(report)  # long runs: what is measured is kept as it comes
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


def _numbers(text: str) -> list[int]:
    """The sizes in a comma-separated list; "none" (or nothing) for none."""
    return [int(item) for item in text.split(",") if item and item != "none"]


def _write(report: Report) -> None:
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(report.text(), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

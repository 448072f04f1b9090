"""Run every benchmark and write docs/benchmarks.md with the machine and the date.

`python -m victimsdb.bench [--sizes 100000,1000000] [--databases sqlite,postgresql]`.
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
from datetime import UTC, datetime
from pathlib import Path

from victimsdb.bench import REGISTRY, Row
from victimsdb.bench import dataset as _dataset  # noqa: F401  (registers its benchmark)
from victimsdb.bench import names as _names  # noqa: F401

OUTPUT = Path("docs/benchmarks.md")
WITH_POSTGRES = Path("scripts/with-postgres")


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, {memory:.0f} GiB memory"
    )


def search_run(persons: int, database: str) -> list[Row]:
    """One search benchmark in a fresh process and database."""
    command = [sys.executable, "-m", "victimsdb.bench.search", "--persons", str(persons)]
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    if database == "postgresql":
        command = [str(WITH_POSTGRES), *command]
    print(f"running: search, {persons:,} persons, {database}", file=sys.stderr)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return [("failed", done.stderr.strip().splitlines()[-1] if done.stderr else "?", "")]
    return [tuple(row) for row in json.loads(done.stdout.strip().splitlines()[-1])]


def table(title: str, rows: list[Row]) -> list[str]:
    lines = [f"## {title}", "", "| measure | value | target |", "|---|---|---|"]
    lines += [f"| {measure} | {value} | {target} |" for measure, value, target in rows]
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m victimsdb.bench")
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--databases", default="sqlite,postgresql")
    args = parser.parse_args(argv)
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench`; do not edit by hand.",
        "",
        f"- machine: {machine()}",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
    ]
    for bench in REGISTRY:
        print(f"running: {bench.title}", file=sys.stderr)
        lines += table(bench.title, bench.run())
    for size in [int(size) for size in args.sizes.split(",") if size]:
        for database in [db for db in args.databases.split(",") if db]:
            rows = search_run(size, database)
            lines += table(f"Name search: {size:,} persons on {database}", rows)
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run every benchmark and write docs/benchmarks.md with the machine and the date."""

from __future__ import annotations

import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from victimsdb.bench import REGISTRY
from victimsdb.bench import dataset as _dataset  # noqa: F401  (registers its benchmark)

OUTPUT = Path("docs/benchmarks.md")


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, {memory:.0f} GiB memory"
    )


def main() -> int:
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
        lines += [f"## {bench.title}", "", "| measure | value | target |", "|---|---|---|"]
        lines += [f"| {measure} | {value} | {target} |" for measure, value, target in bench.run()]
        lines.append("")
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``verify-evidence`` command: recheck every stored original's SHA-256.

``verify-evidence [--root DIR] [--json]`` recomputes every hash in the
evidence store, checks every custody record and the custody log's chain,
prints every mismatch, then the log's head (its length and last hash: write
it down elsewhere, so that a log cut short can be noticed later). Exit code 0
when everything matches, 1 when anything does not. The store defaults to
``$VICTIMSDB_DATA_DIR/evidence`` (``./var/evidence``). Output names items by
SHA-256 only, never by their original file names.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TextIO

from victimsdb.core.evidence.store import EvidenceStore
from victimsdb.core.evidence.verify import Mismatch


def default_root() -> Path:
    """Where the evidence store lives unless told otherwise."""
    return Path(os.environ.get("VICTIMSDB_DATA_DIR", "var")) / "evidence"


def main(argv: list[str], out: TextIO | None = None) -> int:
    """Run ``verify-evidence`` with ``argv`` (without the program name); return the exit code."""
    args = _parser().parse_args(argv)
    stream = out if out is not None else sys.stdout
    if not args.root.is_dir():
        print(f"no evidence store at {args.root}", file=stream)
        return 2
    store = EvidenceStore(args.root)
    mismatches = store.verify_all(by=f"verify-evidence ({current_user()})")
    return report(store, mismatches, args.json, stream)


def report(store: EvidenceStore, mismatches: list[Mismatch], as_json: bool, out: TextIO) -> int:
    """Print the mismatches and the custody log's head; return the exit code (0 or 1)."""
    count, head = store.log.head()
    if as_json:
        _print_json(mismatches, count, head, out)
    else:
        _print_text(mismatches, count, head, out)
    return 1 if mismatches else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="verify-evidence", description="Recheck the SHA-256 of every stored original."
    )
    parser.add_argument("--root", type=Path, default=default_root(), help="the evidence store")
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _print_text(mismatches: list[Mismatch], count: int, head: str, out: TextIO) -> None:
    for mismatch in mismatches:
        print(f"MISMATCH {mismatch}", file=out)
    verdict = f"{len(mismatches)} problem(s)" if mismatches else "every item matches its SHA-256"
    print(verdict, file=out)
    print(f"custody log: {count} events, last {head}", file=out)


def _print_json(mismatches: list[Mismatch], count: int, head: str, out: TextIO) -> None:
    record = {
        "ok": not mismatches,
        "mismatches": [{"sha256": m.sha256, "problem": m.problem} for m in mismatches],
        "log": {"events": count, "head": head},
    }
    print(json.dumps(record), file=out)


def current_user() -> str:
    """The operating-system user running the check, for the custody log."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

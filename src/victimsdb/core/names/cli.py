"""The ``names`` command: keys of a name, or a comparison of two.

``names key NAME [--json]`` prints the phonetic keys of a name;
``names compare NAME_A NAME_B [--json] [--threshold T]`` prints the score and
the verdict (same person or different people) with its explanation.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from victimsdb.core.names.compare import DEFAULT_THRESHOLD, compare
from victimsdb.core.names.keys import name_keys
from victimsdb.core.names.scripts import detect_script
from victimsdb.core.names.transliterate import to_latin


def main(argv: list[str], out: TextIO | None = None) -> int:
    """Run the ``names`` command with ``argv`` (without the program name); return the exit code."""
    args = _parser().parse_args(argv)
    stream = out if out is not None else sys.stdout
    if args.command == "key":
        _key(args.name, as_json=args.json, out=stream)
    else:
        _compare(args.name_a, args.name_b, args.threshold, as_json=args.json, out=stream)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="names", description="Match names across scripts.")
    commands = parser.add_subparsers(dest="command", required=True)
    key = commands.add_parser("key", help="print the phonetic keys of a name")
    key.add_argument("name")
    key.add_argument("--json", action="store_true", help="print JSON")
    pair = commands.add_parser("compare", help="say whether two names name the same person")
    pair.add_argument("name_a")
    pair.add_argument("name_b")
    pair.add_argument("--json", action="store_true", help="print JSON")
    pair.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"score needed for 'same' (default {DEFAULT_THRESHOLD})",
    )
    return parser


def _key(name: str, *, as_json: bool, out: TextIO) -> None:
    keys = name_keys(name)
    if as_json:
        record = {
            "name": name,
            "script": detect_script(name),
            "latin": to_latin(name),
            "keys": keys,
        }
        print(json.dumps(record, ensure_ascii=False), file=out)
    else:
        print(" ".join(keys), file=out)


def _compare(a: str, b: str, threshold: float, *, as_json: bool, out: TextIO) -> None:
    result = compare(a, b, threshold)
    if as_json:
        record = {
            "score": result.score,
            "same": result.same,
            "keys": [result.keys_a, result.keys_b],
            "explanation": result.explanation,
        }
        print(json.dumps(record, ensure_ascii=False), file=out)
        return
    verdict = "same" if result.same else "different"
    print(f"{result.score:.2f} {verdict}", file=out)
    print(result.explanation, file=out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

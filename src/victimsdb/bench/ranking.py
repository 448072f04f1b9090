"""Is the right person ranked first among thousands of similar names? Real search, real cases.

`python -m victimsdb.bench.ranking [--distractors N]` (run by `make bench` in
its own process and database) loads:

* every name of the labelled real pairs (the bundled `name_pairs.tsv` and the
  shared development set when it is beside the repository), each name an
  entry of its own;
* N synthetic persons (core.synth, curated: each an entry with the names three
  sources print) as distractors: the same given names, fathers' names and
  spelling styles, so thousands of similar names. A distractor name spelt
  exactly as a real name (letter for letter, ignoring case and marks) is
  left out: a namesake written identically makes the query unanswerable for
  any name search, and says nothing about ranking.

Real entries get entry numbers after the distractors, so that a tie goes
against the real name. Every real name labelled "same" as another is a query;
the entry holding exactly that text is set aside. The labels are pairs, not
persons (*Aierken Yilisen* is both Ersin son of Erkin, surname first, and
Erkin son of Ersin), so a result is right when it is labelled "same" as the
query, wrong when it is a distractor or labelled "different", and passed over
when the labels say nothing of it. The query counts as ranked first when the
first result not passed over (`rank` then `explain`, as the public list does)
is right. The baseline is the naive search the issue names: ICU
`Any-Latin; Latin-ASCII`, lower case, and rapidfuzz's `fuzz.ratio` against
every name, best first. Prints rows as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from victimsdb.bench.workdir import work_directory

DISTRACTORS = 5000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m victimsdb.bench.ranking")
    parser.add_argument("--distractors", type=int, default=DISTRACTORS)
    parser.add_argument("--keep", action="store_true", help="keep the database and files")
    args = parser.parse_args(argv)
    with work_directory("victimsdb-ranking-", keep=args.keep) as work:
        os.environ["DATABASE_URL"] = f"sqlite:///{work / 'ranking.sqlite3'}"
        os.environ["VICTIMSDB_DATA_DIR"] = str(work)
        os.environ["DJANGO_SETTINGS_MODULE"] = "victimsdb.web.settings"
        import django

        django.setup()
        rows = run(args.distractors, work)
    json.dump(rows, sys.stdout)
    return 0


@dataclass
class Labels:
    """What the labelled pairs say of each real name."""

    same: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    different: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def names(self) -> set[str]:
        return set(self.same) | set(self.different)

    def verdict(self, query: str, result: str | None) -> bool | None:
        """True when `result` is right for `query`, False when wrong, None when unknown.
        `result` None is a distractor."""
        if result is None or result in self.different[query]:
            return False
        return True if result in self.same[query] else None


def read_labels(paths: list[Path]) -> Labels:
    """The "same" and "different" pairs of these files, both ways."""
    from victimsdb.core.names.evaluate import read_pairs

    labels = Labels()
    for path in paths:
        for pair in read_pairs(path):
            kind = labels.same if pair.same else labels.different
            kind[pair.name_a].add(pair.name_b)
            kind[pair.name_b].add(pair.name_a)
    return labels


def first_known(query: str, ranked: Iterable[str | None], labels: Labels) -> bool:
    """Whether the first result the labels know about is right."""
    for result in ranked:
        if result == query:
            continue
        verdict = labels.verdict(query, result)
        if verdict is not None:
            return verdict
    return False


def run(distractors: int, work: Path) -> list[list[str]]:
    from django.core.management import call_command

    from victimsdb.bench.bulk import bulk_load
    from victimsdb.bench.names import eval_dir
    from victimsdb.core.names.evaluate import BUNDLED_PAIRS
    from victimsdb.core.synth.cli import main as synth

    synth(["--persons", str(distractors), "--curated", "--seed", "11", "--out", str(work)])
    dev = eval_dir() / "name_variants_dev.tsv"
    paths = [BUNDLED_PAIRS, *([dev] if dev.exists() else [])]
    labels = read_labels(paths)
    _drop_identical(work / "persons.csv", labels.names())
    call_command("migrate", verbosity=0)
    bulk_load(work / "persons.csv")
    entry_of = _load_real_names(labels.names(), work)
    queries = sorted(name for name, same in labels.same.items() if same)
    name_of = {entry: name for name, entry in entry_of.items()}
    ours = sum(_ours_first(query, labels, name_of) for query in queries)
    naive = _naive_first(queries, labels, work)
    total = max(len(queries), 1)
    pool = f"{distractors:,} synthetic persons + {len(entry_of):,} real names"
    return [
        ["entries searched", pool, ""],
        ["queries (real names with another spelling of the same person)", f"{len(queries)}", ""],
        ["victimsdb search: right person ranked first", f"{ours / total:.3f}", "≥ 0.95"],
        ["naive Any-Latin; Latin-ASCII + fuzz.ratio: ranked first", f"{naive / total:.3f}", ""],
    ]


def fold(text: str) -> str:
    """A name letter for letter: Latin script, no marks, lower case, single spaces."""
    from victimsdb.core.names.icu_adapter import system

    return " ".join(system("Any-Latin; Latin-ASCII")(text).lower().split())


def _drop_identical(path: Path, real: set[str]) -> None:
    """Leave out the distractors' names spelt exactly as a real name (and rows left empty)."""
    import csv

    taken = {fold(name) for name in real}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    kept = []
    for row in rows:
        names = [name for name in row["names"].split("|") if fold(name) not in taken]
        if names:
            kept.append({**row, "names": "|".join(names)})
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept)


def _load_real_names(names: set[str], work: Path) -> dict[str, int]:
    """One entry per real name, after the distractors; text -> entry number."""
    import csv

    from victimsdb.bench.bulk import bulk_load

    path = work / "real.csv"
    ordered = sorted(names)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["external_id", "names"])
        for number, name in enumerate(ordered):
            writer.writerow([f"R{number:06d}", name.replace("|", " ")])
    _, entries = bulk_load(path)
    return {name: entries[f"R{number:06d}"] for number, name in enumerate(ordered)}


def _ours_first(query: str, labels: Labels, name_of: dict[int, str]) -> bool:
    from victimsdb.web.records.models import Name
    from victimsdb.web.search.query import explain, rank

    candidates = [c for c in rank(query, public=True) if name_of.get(c.entry_no) != query]
    hits = explain(query, candidates[:50], Name.objects.all())
    return first_known(query, (name_of.get(hit.person.entry_no) for hit in hits), labels)


def _naive_first(queries: list[str], labels: Labels, work: Path) -> int:
    import csv

    from rapidfuzz import fuzz, process

    pool: list[tuple[str, str | None]] = []  # (folded name, the real name or None)
    with (work / "persons.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            pool += [(fold(name), None) for name in row["names"].split("|")]
    pool += [(fold(name), name) for name in sorted(labels.names())]
    folded = [text for text, _ in pool]
    first = 0
    for query in queries:
        ranked = process.extract(fold(query), folded, scorer=fuzz.ratio, limit=50)
        first += first_known(query, (pool[index][1] for _, _, index in ranked), labels)
    return first


if __name__ == "__main__":
    raise SystemExit(main())

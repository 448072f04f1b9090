"""Search benchmark: one database, one size. Run by the harness in its own process.

`python -m victimsdb.bench.search --persons N` generates N synthetic persons
(core.synth, `--curated`: one entry per person holding the names three
sources print, about 3.4 names each), loads them into the database
DATABASE_URL names (a fresh SQLite file when unset), and measures through the
real view code (the API list view via Django's test client): latency of
exact, misspelled, cross-script and faceted name queries, facet counts
without a name, recall@10 against the generator's truth, index build time and
size. Prints rows as JSON.

Recall@10 is given twice. *Strict*: the person is among the first ten results
the API returns (ties broken by entry number). *Ties shared*: the expected
recall when persons the ranking scores alike are put in random order, from
the ranking score (`rank`): namesakes are real (hundreds of *Gulnar Memet*
among a million), and no name search can tell them apart by the name alone;
this separates what the ranking gets wrong from what the name cannot tell.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import time
from collections import defaultdict
from functools import cache, partial
from pathlib import Path
from typing import Any

from victimsdb.bench.workdir import work_directory

SAMPLE = 200  # queries per kind


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with work_directory("victimsdb-bench-", keep=args.keep) as work:
        os.environ.setdefault("DATABASE_URL", f"sqlite:///{work / 'bench.sqlite3'}")
        os.environ["VICTIMSDB_DATA_DIR"] = str(work)
        os.environ["DJANGO_SETTINGS_MODULE"] = "victimsdb.web.settings"
        os.environ["ALLOWED_HOSTS"] = "testserver"
        import django

        django.setup()
        rows = run(args.persons, work)
    json.dump(rows, sys.stdout)
    return 0


def run(persons: int, work: Path) -> list[list[str]]:
    from django.core.management import call_command

    from victimsdb.bench.bulk import bulk_load
    from victimsdb.bench.timing import cpu_check_ms
    from victimsdb.core.synth.cli import main as synth
    from victimsdb.web.startup import ready_for_requests

    started = time.perf_counter()
    synth(["--persons", str(persons), "--rows-per-person", "3", "--curated", "--out", str(work)])
    generated = time.perf_counter() - started
    call_command("migrate", verbosity=0)
    times, entry_of = bulk_load(work / "persons.csv")
    truth = _truth(work, entry_of)
    queries = _queries(work, truth)
    # As a server does at start (wsgi.py). The harness's own tables (the truth of a
    # million rows) are not a server's: frozen with the rest, the garbage collector no
    # longer visits them in every full collection, which added their cost to the
    # searches it interrupted.
    ready_for_requests()
    rows = [
        ["database", _database(), ""],
        [
            "persons / names / index rows",
            f"{times.persons:,} / {times.names:,} / {times.keys:,}",
            "",
        ],
        ["generate (synth)", f"{generated:.0f} s", ""],
        ["load persons and names", f"{times.load_seconds:.0f} s", ""],
        ["index build (keys computed and written)", f"{times.index_seconds:.0f} s", ""],
        ["public list's facets counted at the end of the load", f"{times.count_seconds:.1f} s", ""],
        ["index size", _index_size(), ""],
    ]
    checks = []
    for kind, sample in queries.items():
        checks.append(cpu_check_ms())
        rows += _measure(kind, sample, truth)
    checks.append(cpu_check_ms())
    rows += _measure_one_word(_one_word_queries(queries))
    checks.append(cpu_check_ms())
    rows += _facets()
    rows.append(
        [
            "CPU check before each measurement (`timing.cpu_check_ms`): min / max",
            f"{min(checks):.0f} / {max(checks):.0f} ms",
            "",
        ]
    )
    return rows


def _truth(work: Path, entry_of: dict[str, int]) -> dict[str, set[int]]:
    """person_id -> the entry numbers of that person's rows."""
    entries: dict[str, set[int]] = defaultdict(set)
    with (work / "truth.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["external_id"] in entry_of:
                entries[row["person_id"]].add(entry_of[row["external_id"]])
    return entries


def _queries(work: Path, truth: dict[str, set[int]]) -> dict[str, list[tuple[str, str, str]]]:
    """Samples of (query, person_id, facet) by kind.

    exact: a stored name verbatim; misspelled: a misspelt query; other spelling:
    another Latin romanisation; cross-script: Cyrillic, Arabic or Chinese script;
    faceted: an exact query combined with the person's gender as a filter; variant +
    hometown county: the variant queries (a third of each kind) narrowed by the
    county the entry records as hometown, as a relative who knows where the person
    is from would narrow hundreds of namesakes (where the entry records none, the
    query goes alone); variant + year detained: the same queries narrowed by the year
    the entry records the person was detained in, as a searcher who knows when would.
    """
    kinds: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    with (work / "queries.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["person_id"] not in truth:
                continue
            script = (row["style"].split("-") + ["Latn"])[1]
            if row["misspelt"] == "1":
                kind = "misspelled"
            else:
                kind = "other spelling" if script == "Latn" else "cross-script"
            kinds[kind].append((row["query"], row["person_id"], ""))
    kinds["exact"] = _stored_names(work)
    rng = random.Random(7)
    sampled = {kind: rng.sample(items, min(SAMPLE, len(items))) for kind, items in kinds.items()}
    sampled["faceted"] = [(q, pid, "gender") for q, pid, _ in sampled["exact"]]
    variants = ("misspelled", "other spelling", "cross-script")
    third = SAMPLE // len(variants) + 1
    narrowed = [(q, pid) for kind in variants for q, pid, _ in sampled[kind][:third]]
    sampled["variant + hometown county"] = [(q, pid, "county") for q, pid in narrowed]
    sampled["variant + year detained"] = [(q, pid, "year") for q, pid in narrowed]
    return sampled


def _stored_names(work: Path) -> list[tuple[str, str, str]]:
    person_of: dict[str, str] = {}
    with (work / "truth.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            person_of[row["external_id"]] = row["person_id"]
    stored = []
    with (work / "persons.csv").open(encoding="utf-8", newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            if index % 97 == 0:  # a spread-out sample, without holding every row
                first = row["names"].split("|")[0].strip()
                stored.append((first, person_of[row["external_id"]], ""))
    return stored


def _measure(
    kind: str, sample: list[tuple[str, str, str]], truth: dict[str, set[int]]
) -> list[list[str]]:
    from django.test import Client

    from victimsdb.bench.timing import percentiles
    from victimsdb.web.records.models import Person
    from victimsdb.web.search.query import MIN_SCORE

    client = Client()
    latencies, found, shared, findable = [], 0, 0.0, 0
    for query, person_id, facet in sample:
        person = Person.objects.filter(entry_no__in=truth[person_id]).first()
        narrowing, within = _narrowed(facet, person)
        started = time.perf_counter()
        response = client.get("/api/v1/persons", {"q": query, **narrowing})
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{query!r} {narrowing}: {response.status_code}")
        top = {entry["entry_no"] for entry in response.json()["results"][:10]}
        found += bool(top & truth[person_id])
        shared += _recall_ties_shared(query, truth[person_id], within)
        findable += _findable(query, truth[person_id], within)
    cuts = percentiles(latencies)
    count = max(len(sample), 1)
    return [
        [
            f"{kind} name query ({len(sample)}): p50 / p95 / p99",
            f"{cuts['p50']:.0f} / {cuts['p95']:.0f} / {cuts['p99']:.0f} ms",
            "p95 ≤ 50 ms",
        ],
        [
            f"{kind} recall@10: strict / ties shared",
            f"{found / count:.3f} / {shared / count:.3f}",
            "≥ 0.95",
        ],
        [
            f"{kind}: like one of the person's names (compare ≥ {MIN_SCORE}): what a name can find",
            f"{findable / count:.3f}",
            "",
        ],
    ]


def _one_word_queries(queries: dict[str, list[tuple[str, str, str]]]) -> list[str]:
    """A given name or a surname alone, as a searcher who knows no more types it: the
    first word of the sampled exact and variant queries of two words or more."""
    kinds = ("exact", "misspelled", "other spelling", "cross-script")
    words = [q.split()[0] for kind in kinds for q, _, _ in queries[kind] if len(q.split()) > 1]
    return random.Random(7).sample(words, min(SAMPLE, len(words)))


def _measure_one_word(sample: list[str]) -> list[list[str]]:
    """Latency and the number of entries listed of one-word queries (no recall: such a
    name is shared by thousands, whom only the facets narrow), and how many matched
    more than a name search lists (MAX_HITS)."""
    from django.test import Client

    from victimsdb.bench.timing import percentiles
    from victimsdb.web.search.query import MAX_HITS

    client = Client()
    latencies, counts, cut = [], [], 0
    for word in sample:
        started = time.perf_counter()
        response = client.get("/api/v1/persons", {"q": word})
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{word!r}: {response.status_code}")
        body = response.json()
        counts.append(body["count"])
        cut += bool(body["truncated"])
    cuts = percentiles(latencies)
    counts.sort()
    return [
        [
            f"one-word name query, a given name or surname alone ({len(sample)}): p50 / p95 / p99",
            f"{cuts['p50']:.0f} / {cuts['p95']:.0f} / {cuts['p99']:.0f} ms",
            "p95 ≤ 50 ms",
        ],
        [
            f"one-word name query: entries listed (at most {MAX_HITS:,}), median / max; "
            "queries that matched more",
            f"{counts[len(counts) // 2]:,} / {counts[-1]:,}; {cut}" if counts else "none",
            "",
        ],
    ]


def _findable(query: str, entries: set[int], within: frozenset[int] | None) -> bool:
    """Whether `compare` scores the query at least MIN_SCORE (what search shows) against
    one of the names the public search sees of the person's entries (among `within`, a
    filter's, if given). The generator's truth also joins names that share too little
    to be found by name: a Soviet-style surname in one source and a patronymic in
    another (*Kanyshay Abdykadyrova*, *Kanyshay Emil kyzy*). Not a strict bound on
    recall: the ranking can put on the page a person whose names `compare` scores lower
    (a name with one word unlike the query's ranks at MIN_SCORE), and the list shows
    what it explains whatever the score."""
    from victimsdb.core.names.compare import compare
    from victimsdb.web.public.policy import PUBLIC
    from victimsdb.web.records.models import Name
    from victimsdb.web.search.query import MIN_SCORE

    shown = entries if within is None else entries & within
    persons = _listable().filter(entry_no__in=shown)
    names = Name.objects.filter(PUBLIC, person__in=persons).values_list("text", flat=True)
    return any(compare(query, name).score >= MIN_SCORE for name in names)


def _narrowed(facet: str, person: Any) -> tuple[dict[str, str], frozenset[int] | None]:
    """The filter a searcher who knows this of the person adds (`facet`: gender, county
    or year; none where the entry records none, or the facet refuses the value), and
    the entries it keeps (None: no filter)."""
    from victimsdb.web.public.facets import FACETS

    if not facet or person is None:
        return {}, None
    value = str(getattr(person, FACETS[facet].column) or "")
    if not value or FACETS[facet].check(value) is not None:
        return {}, None
    return {facet: value}, _entries_kept(facet, value)


@cache
def _entries_kept(facet: str, value: str) -> frozenset[int]:
    """The entries a name search filtered by this facet value can show."""
    from victimsdb.web.public.facets import FACETS

    persons = FACETS[facet].filter(_listable(), value)
    return frozenset(persons.values_list("entry_no", flat=True))


def _listable() -> Any:
    """The persons a public name search can list (as `listing.run_query`: public
    entries whose names are disclosed)."""
    from victimsdb.core.vocabulary import Disclosure
    from victimsdb.web.public.policy import public_persons

    return public_persons().filter(disclosure=Disclosure.FULL)


def _recall_ties_shared(
    query: str, entries: set[int], within: frozenset[int] | None = None, k: int = 10
) -> float:
    """Expected recall@k of the ranking when equal scores are ordered at random, among
    the entries `within` (a facet's) if given: all of them, as the list ranks every
    match before the cap when a filter is set."""
    from victimsdb.web.search.query import MAX_HITS, rank

    # Scores as shown (two decimals): the ranking's spelling tie-break orders namesakes,
    # it does not tell them apart.
    candidates = rank(query, public=True, limit=None if within is not None else MAX_HITS + 1)
    shown = [
        (int(c.score * 100 + 1e-9), c.entry_no)
        for c in candidates
        if within is None or c.entry_no in within
    ]
    scores = [score for score, entry_no in shown if entry_no in entries]
    if not scores:
        return 0.0
    best = max(scores)
    above = sum(1 for score, _ in shown if score > best)
    tied = sum(1 for score, _ in shown if score == best)
    return max(0.0, min(1.0, (k - above) / tied))


def _facets() -> list[list[str]]:
    """The list without a name, with all its facets, for four sets of filters: after an
    edit of one entry (its block counted again), then again (cached), as the first
    lists of a new server process (the counts the database keeps read; the first of
    each set of filters also counts the blocks edited since they were kept), after a
    bulk load (the unfiltered list, which the loader counted), and after a change that
    touches every block and no loader counted (a deleted place: everything counted
    again in the request, and kept in the database)."""
    from django.test import Client

    from victimsdb.bench.timing import time_ms
    from victimsdb.core.vocabulary import Verification
    from victimsdb.web.public.blockcounts import SUMS, forget_what_this_process_keeps
    from victimsdb.web.public.facets import count_the_public_list
    from victimsdb.web.public.freshness import bump
    from victimsdb.web.records.models import Person

    client = Client()
    filters: list[dict[str, str]] = [
        {},
        {"status": "in_camp"},
        {"ethnicity": "uyghur"},
        {"gender": "female", "year": "2018"},
    ]
    requests = [partial(client.get, "/api/v1/persons", params) for params in filters]
    for request in requests:
        request()  # every block counted once, as on a server that has been up a while
    chosen = random.Random(7)
    highest = Person.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    edited: list[float] = []
    warm: list[float] = []
    for _ in range(12):
        person = Person.objects.filter(pk__gte=chosen.randint(1, highest)).order_by("pk").first()
        if person is not None:  # as a curator's edit: one entry's verification changes
            person.verification = chosen.choice([grade.value for grade in Verification])
            person.save()
        for request in requests:
            edited += time_ms(request, repeat=1)
            warm += time_ms(request, repeat=5)
    started: list[float] = []
    for request in requests * 2:
        forget_what_this_process_keeps()  # as a restarted server: the database's counts
        started += time_ms(request, repeat=1)
    loaded: list[float] = []
    for _ in range(4):
        bump()  # a bulk load, which counts the list at its end (timed with the load)
        count_the_public_list()
        SUMS.forget()  # the loader's own process kept them, not the server's
        loaded += time_ms(requests[0], repeat=1)
    everything: list[float] = []
    for request in requests * 2:
        bump()  # as after a deleted place or facility: every block counted again
        everything += time_ms(request, repeat=1)
    return [
        _facet_row("after an edit of one entry (its block counted)", edited),
        _facet_row("repeated (cached)", warm),
        _facet_row("first in a new server process (counts read from the database)", started),
        _facet_row("after a bulk load (the loader counted them at its end)", loaded),
        _facet_row("after a change to every block, counted in the request", everything),
    ]


def _facet_row(kind: str, samples: list[float]) -> list[str]:
    from victimsdb.bench.timing import percentiles

    cuts = percentiles(samples)
    return [
        f"list + all facets without a name, {kind} ({len(samples)}): p50 / p95 / p99",
        f"{cuts['p50']:.0f} / {cuts['p95']:.0f} / {cuts['p99']:.0f} ms",
        "p95 ≤ 200 ms",
    ]


def _database() -> str:
    """The database, with PostgreSQL's memory settings (the cluster's defaults: a
    quarter of memory for shared_buffers measured no faster at 100,000 persons)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return connection.vendor
    with connection.cursor() as cursor:
        cursor.execute("SHOW shared_buffers")
        buffers = cursor.fetchone()[0]
        cursor.execute("SHOW effective_cache_size")
        cache = cursor.fetchone()[0]
    return f"postgresql (shared_buffers {buffers}, effective_cache_size {cache})"


def _index_size() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c"
                " WHERE c.relkind = 'r' AND c.relname LIKE 'search\\_%'"
            )
        else:
            try:
                cursor.execute(
                    "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\'"
                    " OR name LIKE 'namepair%' OR name LIKE 'nameword%'"
                    " OR name LIKE 'keyvariant%' OR name LIKE 'wordkey%'"
                )
            except Exception:  # dbstat is an optional SQLite extension
                return "n/a (SQLite built without dbstat)"
        size = cursor.fetchone()[0] or 0
    return f"{size / 2**20:.0f} MiB"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m victimsdb.bench.search")
    parser.add_argument("--persons", type=int, required=True)
    parser.add_argument("--keep", action="store_true", help="keep the database and files")
    return parser


if __name__ == "__main__":
    raise SystemExit(main())

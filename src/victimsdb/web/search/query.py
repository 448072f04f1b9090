"""Finding persons by a name in any spelling or script.

Three steps, as record linkage does (the index: `models`; the idea:
`victimsdb.core.names.blocking`):

1. **Plan** (Python). The query's words; for each, the stored words that
   share a key variant with it (one vocabulary lookup), scored against it by
   the core's `word_similarity`; words below MIN_SCORE are dropped.
2. **Rank** (one SQL statement). The pair rows whose pair keys join passing
   words of two different query words, scored as the weaker of the two word
   similarities (times a little for words only one name has, as `compare`
   does), the best row per person, best first, ties by entry number, at most
   MAX_HITS persons. A one-word query ranks word rows instead, and stored
   one-word names are reached through their word rows.
3. **Explain** (Python, only for the entries shown). The core's `compare` of
   the query with each of a person's names gives the final score, the
   matched name and why; the entries shown are put in that order.

The ranking score is `compare`'s score for two-word names; where they differ
(three-word names, a son's against a daughter's suffix elsewhere in the name)
step 3 corrects the order within the page shown. Only the rows the caller's
scope allows are read: public search reads rows flagged public only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import connection
from django.db.models import QuerySet

from victimsdb.core.names import compare
from victimsdb.core.names.blocking import pair_keys_between, query_words, word_variants
from victimsdb.core.names.compare import (
    EXTRA_WORD_FACTOR,
    ONE_WORD_EACH_FACTOR,
    SINGLE_WORD_FACTOR,
    word_similarity,
)
from victimsdb.core.names.similarity import levenshtein_ratio
from victimsdb.core.names.tokens import NameToken, token_from_signature
from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.models import NamePair, NameWord, WordVariant

MIN_SCORE = 0.7
"""Below this a person shares too little with the query to be shown."""
MAX_HITS = 10_000
"""A name query ranks at most this many persons (a name, not a whole population)."""
MAX_QUERY_WORDS = 6
SPELLING_TIEBREAK = 0.001
"""Added to a word's similarity times its literal likeness to the query word: it orders
equal matches (hundreds of *Gulnar Memet* in every script) by spelling, nothing more."""

SqlParam = int | float | str | bool


@dataclass(frozen=True)
class Candidate:
    """A person the index ranks for a query, with the ranking score."""

    person_id: int
    entry_no: int
    score: float


@dataclass(frozen=True)
class Hit:
    """A person found, with the final score, the best-matching name and why."""

    person: Person
    score: float
    matched_name: str
    explanation: str


@dataclass(frozen=True)
class Plan:
    """The query's words and, per stored word id, its similarity to each query word."""

    tokens: list[NameToken]
    similarity: dict[tuple[int, int], float]  # (word id, query word index) -> similarity
    keys: list[set[str]]  # per query word: the keys of the stored words that passed


def rank(text: str, *, public: bool) -> list[Candidate]:
    """Persons whose names match `text`, best first, at most MAX_HITS + 1 (to tell a cap).

    `public` reads only the rows of names the public may find; otherwise every
    live name of every live entry (staff search).
    """
    plan = _plan(text)
    if not plan.similarity:
        return []
    if len(plan.tokens) == 1:
        sql, params = _one_word_sql(plan, public)
    else:
        sql, params = _pairs_sql(plan, public)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [Candidate(pk, entry_no, round(score, 4)) for pk, entry_no, score in cursor]


def explain(text: str, candidates: Sequence[Candidate], names: QuerySet[Name]) -> list[Hit]:
    """Compare `text` with the names (among `names`) of these candidates; best first."""
    ids = [candidate.person_id for candidate in candidates]
    persons = Person.all_objects.in_bulk(ids)
    texts: dict[int, list[str]] = defaultdict(list)
    for person_id, name in names.filter(person_id__in=ids).values_list("person_id", "text"):
        texts[person_id].append(name)
    hits = []
    for candidate in candidates:
        verdicts = [(compare(text, name), name) for name in texts[candidate.person_id]]
        if not verdicts or candidate.person_id not in persons:
            continue
        verdict, name = max(verdicts, key=lambda pair: (pair[0].score, _likeness(text, pair[1])))
        hits.append(Hit(persons[candidate.person_id], verdict.score, name, verdict.reasons))
    return sorted(
        hits, key=lambda hit: (-hit.score, -_likeness(text, hit.matched_name), hit.person.entry_no)
    )


def _likeness(query: str, name: str) -> float:
    """How alike two names are spelt, letter for letter (a tie-break, not a score)."""
    return levenshtein_ratio(query.casefold(), name.casefold())


def search_names(
    text: str, persons: QuerySet[Person], names: QuerySet[Name], limit: int | None = None
) -> list[Hit]:
    """The persons among `persons` whose names among `names` match `text`, best first.

    For staff tools (the `search` command, intake): ranks every live entry,
    then keeps those in `persons`, and explains the first `limit`.
    """
    candidates = rank(text, public=False)[:MAX_HITS]
    allowed = set(
        persons.filter(pk__in=[c.person_id for c in candidates]).values_list("pk", flat=True)
    )
    kept = [candidate for candidate in candidates if candidate.person_id in allowed]
    hits = explain(text, kept[:limit] if limit else kept, names)
    return [hit for hit in hits if hit.score >= MIN_SCORE]


def _plan(text: str) -> Plan:
    tokens = query_words(text)[:MAX_QUERY_WORDS]
    variants = [word_variants(token) for token in tokens]
    rows = WordVariant.objects.filter(variant__in=set().union(*variants)).values_list(
        "variant", "key", "word_id", "word__signature"
    )
    similarity: dict[tuple[int, int], float] = {}
    keys: list[set[str]] = [set() for _ in tokens]
    for variant, key, word_id, signature in rows:
        for slot, token in enumerate(tokens):
            if variant not in variants[slot]:
                continue
            score = similarity.get((word_id, slot))
            if score is None:
                stored = token_from_signature(signature)
                score = word_similarity(token, stored).score
                # Among equally good matches, the spelling closest to what was typed first.
                score += SPELLING_TIEBREAK * levenshtein_ratio(token.latin, stored.latin)
                similarity[(word_id, slot)] = score
            if score >= MIN_SCORE:
                keys[slot].add(key)
    passing = {pair: score for pair, score in similarity.items() if score >= MIN_SCORE}
    return Plan(tokens, passing, keys)


def _values(plan: Plan) -> tuple[str, list[SqlParam]]:
    rows = ", ".join(["(%s, %s, %s)"] * len(plan.similarity))
    params: list[SqlParam] = []
    for (word_id, slot), score in sorted(plan.similarity.items()):
        params += [word_id, slot, score]
    return f"sims (word_id, slot, sim) AS (VALUES {rows})", params


def _placeholders(values: Iterable[SqlParam]) -> tuple[str, list[SqlParam]]:
    listed = sorted(values, key=str)
    return ", ".join(["%s"] * len(listed)), listed


def _extra_words_factor(column: str, words: int) -> str:
    """compare's cost of words only one name has, as SQL on the row's word count."""
    steps = " ".join(f"WHEN {extra} THEN {EXTRA_WORD_FACTOR**extra:.6f}" for extra in range(1, 4))
    rest = f"{EXTRA_WORD_FACTOR**4:.6f}"
    return f"CASE ABS({column} - {int(words)}) WHEN 0 THEN 1.0 {steps} ELSE {rest} END"


def _pairs_sql(plan: Plan, public: bool) -> tuple[str, list[SqlParam]]:
    values, params = _values(plan)
    flag: list[SqlParam] = [True] if public else []
    pair_keys = pair_keys_between(plan.keys)
    scored, scored_params = _single_names_sql(plan, public)
    if pair_keys:
        pair_list, pair_params = _placeholders(pair_keys)
        scored = f"""
            SELECT np.person_id, np.entry_no,
                   CASE WHEN a.sim < b.sim THEN a.sim ELSE b.sim END
                   * {_extra_words_factor("np.words", len(plan.tokens))} AS score
            FROM {NamePair._meta.db_table} np
            JOIN sims a ON a.word_id = np.word_a_id
            JOIN sims b ON b.word_id = np.word_b_id AND b.slot <> a.slot
            WHERE np.pair_key IN ({pair_list}) {"AND np.public = %s" if public else ""}
            UNION ALL {scored}"""
        scored_params = [*pair_params, *flag, *scored_params]
    sql = f"""
        WITH {values}
        SELECT person_id, entry_no, MAX(score) AS best FROM ({scored}) scored
        GROUP BY person_id, entry_no
        HAVING MAX(score) >= %s
        ORDER BY best DESC, entry_no
        LIMIT %s
    """
    return sql, [*params, *scored_params, MIN_SCORE, MAX_HITS + 1]


def _single_names_sql(plan: Plan, public: bool) -> tuple[str, list[SqlParam]]:
    """Stored one-word names, which have no pairs: a full name against one word."""
    words, params = _placeholders({word for word, _ in plan.similarity})
    sql = f"""
        SELECT nw.person_id, nw.entry_no, s.sim * {SINGLE_WORD_FACTOR} AS score
        FROM {NameWord._meta.db_table} nw JOIN sims s ON s.word_id = nw.word_id
        WHERE nw.word_id IN ({words}) AND nw.words = 1 {"AND nw.public = %s" if public else ""}"""
    return sql, [*params, *([True] if public else [])]


def _one_word_sql(plan: Plan, public: bool) -> tuple[str, list[SqlParam]]:
    values, params = _values(plan)
    word_list, word_params = _placeholders({word for word, _ in plan.similarity})
    visible = "AND nw.public = %s" if public else ""
    flag: list[SqlParam] = [True] if public else []
    sql = f"""
        WITH {values}
        SELECT nw.person_id, nw.entry_no,
               MAX(s.sim * CASE nw.words WHEN 1 THEN {ONE_WORD_EACH_FACTOR}
                                         ELSE {SINGLE_WORD_FACTOR} END) AS best
        FROM {NameWord._meta.db_table} nw JOIN sims s ON s.word_id = nw.word_id
        WHERE nw.word_id IN ({word_list}) {visible}
        GROUP BY nw.person_id, nw.entry_no
        HAVING MAX(s.sim * CASE nw.words WHEN 1 THEN {ONE_WORD_EACH_FACTOR}
                                         ELSE {SINGLE_WORD_FACTOR} END) >= %s
        ORDER BY best DESC, nw.entry_no
        LIMIT %s
    """
    return sql, [*params, *word_params, *flag, MIN_SCORE, MAX_HITS + 1]

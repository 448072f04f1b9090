"""Finding persons by a name in any spelling or script.

Three steps, as record linkage does (the index: `models`; the idea:
`victimsdb.core.names.blocking`):

1. **Block** (two indexed lookups). The query's words and their keys; the
   stored keys one edit from them (`KeyVariant`); the index rows under the
   pair keys that join two query words, one of them possibly one edit off
   (`NamePair`; a one-word query instead reads the one-word names under its keys,
   scores the words its keys find, and reads the `NameWord` rows of those alike
   enough to be shown in a longer name).
2. **Rank** (Python, over those rows). Each stored word in the rows is scored
   once against each query word its keys are near, by the two words' profiles
   (the core's `profile_scores_at_least`, which scores every distinct profile the
   query word meets at once, with NumPy: `core.names.batch`; the index keeps each
   word's profile, so ranking transliterates no stored word; exact from the least
   score the ranking can use, and below it some lower score: a pair whose consonants
   alone keep it below is not measured, as most words a common name's keys find are
   unlike it), and counts 0 against the others; a row scores the weaker of its two words
   (times a little for words only one name has, as `compare` does), a person
   their best row. A query of three words or more scores whole names instead
   (a person's rows of one name length together), so that a name with a word
   unlike the query's ranks below every full match (`_Scorer.best_per_name`).
   Persons below MIN_SCORE are dropped, the rest sorted best first, ties by
   spelling then entry number, at most MAX_HITS.
3. **Explain** (Python, only for the entries shown). The core's `compare` of
   the query with each of a person's names (their words read from the index,
   not transliterated again) gives the final score, the matched name and why;
   the entries shown are put in that order (equal scores and spellings in the
   ranking's).

The ranking score is `compare`'s score for two-word names; where they differ
(a son's against a daughter's suffix elsewhere in the name, a word that pairs
best with a query word its keys are not near, a word unlike the query's in a
longer name, which `compare` scores by that pair's similarity)
step 3 corrects the order within the page shown. Public search reads only
rows flagged public.

Explaining a deeper window than the page was measured and left out: on the 1M
benchmark database (600 sampled variant queries), comparing the first 50, 100
or 200 candidates in full instead of the page's 25 moved recall@10 by -0.005 to
+0.015 (the misses are namesakes the ranking already scores alike), for 1.2 to
3.8 times the explaining time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TypeVar

from django.db.models import QuerySet

from victimsdb.core.names.batch import profile_scores_at_least
from victimsdb.core.names.blocking import (
    key_variants,
    query_pair_keys,
    query_words,
    wide_pair_keys,
)
from victimsdb.core.names.compare import (
    EXTRA_WORD_FACTOR,
    ONE_WORD_EACH_FACTOR,
    SINGLE_WORD_FACTOR,
    Comparison,
    compare_parsed,
)
from victimsdb.core.names.keys import token_keys
from victimsdb.core.names.matching import best_matching
from victimsdb.core.names.profiles import profile_text
from victimsdb.core.names.similarity import levenshtein_ratio
from victimsdb.core.names.tokens import (
    NameToken,
    parse_name,
    signature_latin,
    token_from_signature,
)
from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.models import KeyVariant, NamePair, NameWord, Word, WordKey

T = TypeVar("T")

MIN_SCORE = 0.7
"""Below this a person shares too little with the query to be shown."""
MAX_HITS = 10_000
"""A name query ranks at most this many persons (a name, not a whole population)."""
MAX_QUERY_WORDS = 6
CHUNK = 5000  # values per IN list
SECOND_TRY_BELOW = 10
"""A multi-word query that finds fewer persons than this tries again with both words
one edit off (two misspelt words)."""
UNMATCHED_WORD_SCORE = MIN_SCORE
"""The most a name scores when one of its words and one of the query's match nothing:
the two are unlike (or the index would have found them alike), as `compare` would
judge; at the threshold, so the name is found (unless its other words match weakly or
the lengths differ), after every full match. A name with more words unlike the
query's is not found, as a pair of words is not."""
SPELLING_TIEBREAK = 0.001
"""Added to a word's similarity times its literal likeness to the query word: it orders
equal matches (hundreds of *Gulnar Memet* in every script) by spelling, nothing more."""
ONE_WORD_FLOOR = MIN_SCORE / max(ONE_WORD_EACH_FACTOR, SINGLE_WORD_FACTOR) - 1e-9  # rounding
"""What a stored word must score for a one-word query to show anybody by it: a one-word
name's word scores times ONE_WORD_EACH_FACTOR, a longer name's less."""
IN_NAME_FLOOR = MIN_SCORE / SINGLE_WORD_FACTOR - 1e-9
"""What a word of a longer stored name must score for a one-word query to show it."""


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


def rank(text: str, *, public: bool, limit: int | None = MAX_HITS + 1) -> list[Candidate]:
    """Persons whose names match `text`, best first, at most `limit` (None: all; the
    default, MAX_HITS + 1, tells a cap).

    `public` reads only the rows of names the public may find; otherwise every
    live name of every live entry (staff search).
    """
    tokens = query_words(text)[:MAX_QUERY_WORDS]
    if not tokens:
        return []
    exact = [set(token_keys(token)) for token in tokens]
    near = [_near_keys(keys) for keys in exact]
    scorer = _Scorer(tokens, near, ONE_WORD_FLOOR if len(tokens) == 1 else MIN_SCORE)
    if len(tokens) == 1:
        best = scorer.best_per_person(scorer.alike_word_rows(near[0], public), _one_word_score)
    elif len(tokens) == 2:
        best = scorer.best_per_pair(_pair_rows(exact, near, public))
    else:
        best = scorer.best_per_name(_pair_rows(exact, near, public))
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[1][1]))
    return [
        Candidate(pk, entry_no, round(score, 4))
        for pk, (score, entry_no) in ranked[:limit]
        if score >= MIN_SCORE
    ]


Row = tuple[int, int, int, int, int]  # person id, entry number, word a, word b, words in name
RowScore = Callable[[dict[int, tuple[float, ...]], Row], float]


class _Scorer:
    """Word similarities to each query word, computed once per stored word.

    A stored word is scored against the query words its keys are near (`near[i]`: the
    stored keys one edit from query word i's), and counts 0 against the others: those
    are the pairings the blocking looks up, and most words are near one query word
    only, so this halves the work of a two-word query.

    `used_from` is the least similarity the ranking reads as more than "unlike":
    below it, a word's similarity is some value below it, not always the true one
    (`_learn_words`)."""

    def __init__(self, tokens: list[NameToken], near: list[set[str]], used_from: float) -> None:
        self.queries = [(profile_text(token), token.latin) for token in tokens]
        self.near = near
        self.floor = used_from - SPELLING_TIEBREAK  # a score this high may reach it
        self.similarity: dict[int, tuple[float, ...]] = {}

    def best_per_person(self, rows: list[Row], score_of: RowScore) -> dict[int, tuple[float, int]]:
        """Each person's best row by `score_of` (a one-word query's rows)."""
        self._learn({word for row in rows for word in (row[2], row[3])})
        best: dict[int, tuple[float, int]] = {}
        for row in rows:
            _keep_best(best, row[0], score_of(self.similarity, row), row[1])
        return best

    def alike_word_rows(self, near: set[str], public: bool) -> list[Row]:
        """The index rows of a one-word query: those of the stored words under its near
        keys that can score MIN_SCORE (`_one_word_score`), found by scoring the words
        before reading their rows. Among a million entries, most of the words a common
        name's keys find are unlike it, and their rows were most of the time (*Xilin*:
        775,422 rows under 37,625 words, of which 3,987 words and 74,240 rows can reach
        the threshold).

        A word in a stored one-word name must score MIN_SCORE / ONE_WORD_EACH_FACTOR
        (ONE_WORD_FLOOR), a word in a longer name MIN_SCORE / SINGLE_WORD_FACTOR
        (IN_NAME_FLOOR, 0.93): the one-word names under the near keys (few: their rows
        in `NamePair` are under a single key) are read first, so that every other word
        is scored only as far as the higher floor, and only the rows of the words that
        reach it are read (*Nuran* against *Nurlan*, 0.88, shows the entry named
        *Nuran* alone, and no longer name's)."""
        words = _stored_words_under(near)
        alone_rows = _rows_under(near, public)
        alone = {row[2] for row in alone_rows}
        alone_words = {w: word for w, word in words.items() if w in alone}
        self._learn_words(alone_words, ONE_WORD_FLOOR, all_near=True)
        other_words = {w: word for w, word in words.items() if w not in alone}
        self._learn_words(other_words, IN_NAME_FLOOR, all_near=True)
        similarity = self.similarity
        in_names = sorted(word for word in words if similarity[word][0] >= IN_NAME_FLOOR)
        rows = [row for chunk in _chunks(in_names) for row in _word_rows(chunk, public)]
        return rows + [row for row in alone_rows if similarity[row[2]][0] >= ONE_WORD_FLOOR]

    def best_per_pair(self, rows: list[Row]) -> dict[int, tuple[float, int]]:
        """Each person's best row for a two-word query: its words matched to the
        query's, either way round, the weaker of the two (times a little for words only
        one name has); a stored one-word name scores its word. Written out rather than
        a score function a row: a common name's rows are tens of thousands (39,831 for
        *Xiuyan Ma* among a million), and two calls a row were most of this loop.
        Scoring each distinct (word a, word b, name length) once, as namesakes share
        them (9,400 of 32,904 rows for *Ma Giujjing*), was measured no quicker: the key
        costs what the score does."""
        self._learn({word for row in rows for word in (row[2], row[3])})
        similarity = self.similarity
        factors = {words: EXTRA_WORD_FACTOR ** abs(words - 2) for words in {r[4] for r in rows}}
        best: dict[int, tuple[float, int]] = {}
        for person, entry_no, word_a, word_b, words in rows:
            a, b = similarity[word_a], similarity[word_b]
            if word_a == word_b and words == 1:  # a stored one-word name
                score = max(a) * SINGLE_WORD_FACTOR
            else:
                straight = a[0] if a[0] < b[1] else b[1]
                crossed = a[1] if a[1] < b[0] else b[0]
                score = (straight if straight > crossed else crossed) * factors[words]
            if score >= MIN_SCORE:
                kept = best.get(person)
                if kept is None or score > kept[0]:
                    best[person] = (score, entry_no)
        return best

    def best_per_name(self, rows: list[Row]) -> dict[int, tuple[float, int]]:
        """Each person's best score for a query of three words or more, whose names are
        scored whole, not by their best pair of words.

        A row holds two words; a person's rows of one name length together hold every
        word of their names of that length the query's keys found. Query words are
        matched one to one with those alike one of them (`core.names.matching`: a pair
        less alike than MIN_SCORE fills no place, so the others are left out, and a row
        with neither word alike is skipped). Where a word of the query and a word of the
        name are both left over, the name has a word the index found unlike any the
        query has: *Ержанов Ерлан Нурланович* for *Ержанов Ерлан Жанболатович*, which
        its best pair alone would rank first. It scores at most
        UNMATCHED_WORD_SCORE (as `compare` scores a name by its weakest pair), still
        shown, below every name whose words all match.

        A name needs two words alike the query's and at most one unlike them (else it
        scores 0, as a pair of words alike does not make a match); a stored one-word
        name scores its word, as for any query.

        Rows belong to a person, not a name (see `models`), so a person's names of one
        length are matched as one: usually the same name in other spellings. Two words
        alike the same query word that no row pairs are taken for one word in two
        spellings and matched once (`core.names.matching`); two misspelt words of one
        name (whose pair no row holds) are taken so too. Two names that differ could
        together match a query neither matches alone: such a person counts as one name
        of that many words. The page's `compare`, name by name, scores them all.
        Telling names apart would put a name number in every row and index."""
        self._learn({word for row in rows for word in (row[2], row[3])})
        alike = self._alike_masks()
        names: dict[tuple[int, int], _Name] = {}
        for person, entry_no, word_a, word_b, words in rows:
            if not alike[word_a] | alike[word_b]:
                continue  # neither word can be matched (nor score a one-word name)
            name = names.setdefault((person, words), _Name(entry_no))
            for word in (word_a, word_b):
                if alike[word]:
                    name.found.setdefault(word, 1)
            if word_a == word_b and words > 1:  # a word the name has twice
                name.found[word_a] = 2
            name.paired.add(frozenset((word_a, word_b)))
        best: dict[int, tuple[float, int]] = {}
        scored: dict[_NameShape, float] = {}
        for (person, words), name in names.items():
            score = self._name_score(name, words, alike, scored)
            _keep_best(best, person, score, name.entry_no)
        return best

    def _alike_masks(self) -> dict[int, int]:
        """Each learnt word's query words it is alike (bit q: similarity to query word q
        at least MIN_SCORE), the only pairs a matching may use."""
        return {
            word: sum(1 << q for q, score in enumerate(row) if score >= MIN_SCORE)
            for word, row in self.similarity.items()
        }

    def _name_score(
        self,
        name: _Name,
        words: int,
        alike_of: dict[int, int],
        scored: dict[_NameShape, float] | None = None,
    ) -> float:
        """A name's score from its words found (`alike_of`: `_alike_masks`). A word
        alike no query word cannot be matched: leaving it out changes no matching.

        Namesakes share names: a name scored before (kept in `scored`, by its length, its
        words found and which of them a row pairs: all the score reads of the name, the
        query's similarities being fixed, so `scored` must not outlive one query) is not
        matched again (*Kerimov Ismaiilakhun Kerimovich* among a million: 1,901 names,
        655 distinct). The matching's count and weakest match do not depend on the
        words' order, so the key sorts them."""
        needed = min(len(self.queries), words)
        matchable = 0
        for word in name.found:
            matchable |= alike_of[word]
        if words > 1 and matchable.bit_count() < max(needed - 1, 2):
            # No matching can pair more query words than the name's words are alike: a
            # quick no, before the matching, for most of a common name's namesakes.
            return 0.0
        if scored is None:
            return self._matched_name_score(name, words, alike_of)
        found = name.found
        shape = (
            words,
            tuple(sorted(found.items())),
            frozenset(pair for pair in name.paired if all(word in found for word in pair)),
        )
        score = scored.get(shape)
        if score is None:
            score = scored[shape] = self._matched_name_score(name, words, alike_of)
        return score

    def _matched_name_score(self, name: _Name, words: int, alike_of: dict[int, int]) -> float:
        """`_name_score` of a name not scored before."""
        needed = min(len(self.queries), words)
        ids = [word for word, times in name.found.items() for _ in range(times)]
        similarity = [self.similarity[word] for word in ids]
        if words == 1:  # a stored one-word name
            return max(max(s) for s in similarity) * SINGLE_WORD_FACTOR
        alike = [alike_of[word] for word in ids]

        def apart(u: int, v: int) -> bool:
            """Two words of one name (a row pairs them), or unlike: both may be matched.
            Alike words no row pairs are one word in two spellings (*Жанболатов* and
            *Janbolatov*, from two names), which must not fill two places."""
            return not alike[u] & alike[v] or frozenset((ids[u], ids[v])) in name.paired

        count, weakest = best_matching(similarity, MIN_SCORE, apart)
        if count < max(needed - 1, 2):  # one word unlike the query's at most, and a pair alike
            return 0.0
        # More than `words`: the person's names of this length together match more query
        # words than one name has (*Бакыт Тилеков* and *Бакыт Турганаалы* for *Тилеков
        # Бакыт Турганалыевич*), and count as one name of that many words.
        score = weakest * EXTRA_WORD_FACTOR ** abs(max(words, count) - len(self.queries))
        return score if count >= needed else min(score, UNMATCHED_WORD_SCORE)

    def _learn(self, word_ids: set[int]) -> None:
        self._learn_words(_stored_words_of(word_ids - set(self.similarity)))

    def _learn_words(
        self,
        words: dict[int, _StoredWord],
        used_from: float | None = None,
        *,
        all_near: bool = False,
    ) -> None:
        """Score these words; exactly from `used_from` when given (else from the
        scorer's own floor), some score below it elsewhere. Each query word scores the
        stored words its keys are near (`all_near`: these words were read under a
        one-word query's near keys), all at once (`core.names.batch`: among a million
        entries, a common name's keys find thousands), each distinct profile once; the
        others count 0."""
        floor = self.floor if used_from is None else used_from - SPELLING_TIEBREAK
        assert not all_near or len(self.queries) == 1, "near keys are a one-word query's"
        keys = {} if all_near else {word_id: stored[1].split() for word_id, stored in words.items()}
        columns = []
        for (profile, latin), near in zip(self.queries, self.near, strict=True):
            found = (
                list(words)
                if all_near
                else [word_id for word_id in words if not near.isdisjoint(keys[word_id])]
            )
            profiles = list(dict.fromkeys(words[word_id][2] for word_id in found))
            scores = dict(
                zip(profiles, profile_scores_at_least(profile, profiles, floor), strict=True)
            )
            column = {word_id: scores[words[word_id][2]] for word_id in found}
            for word_id, score in column.items():
                if score >= floor:
                    column[word_id] = _with_tiebreak(score, latin, words[word_id])
            columns.append(column)
        for word_id in words:
            self.similarity[word_id] = tuple(column.get(word_id, 0.0) for column in columns)


def _keep_best(
    best: dict[int, tuple[float, int]], person: int, score: float, entry_no: int
) -> None:
    """Keep `score` as the person's if it is their best yet and reaches MIN_SCORE."""
    if score >= MIN_SCORE and score > best.get(person, (0.0, 0))[0]:
        best[person] = (score, entry_no)


@dataclass
class _Name:
    """What a person's rows of one name length hold: the words found alike a query word,
    each with how often one name has it, and which two words a row pairs (two places of
    one name; either word may be unlike the query's)."""

    entry_no: int
    found: dict[int, int] = field(default_factory=dict)
    paired: set[frozenset[int]] = field(default_factory=set)


_NameShape = tuple[int, tuple[tuple[int, int], ...], frozenset[frozenset[int]]]
"""All that a name's score reads of the name (the query's similarities being fixed): its
length, its words found (with how often the name has each) and the pairs of them its
rows hold."""

_StoredWord = tuple[str, str, str]
"""What ranking reads of a stored word: its signature, its keys (separated by spaces,
as the index stores them) and its profile. Its Latin spelling is read from the
signature only for a word alike enough to need the tie-break (`_with_tiebreak`): most
are not.

A flat tuple of strings, as the similarity rows (`_Scorer`) are tuples of numbers:
CPython stops tracking such a tuple at the first collection that finds it alive, while
a list, a class instance or a NamedTuple stays tracked, and a tuple holding another
tuple takes two collections (the outer one is checked first). A common name's keys
find tens of thousands of words; among a million entries, their NamedTuples and lists
of keys and rows of similarities (some 50,000) outlived the young generations and set
off a full collection in most one-word queries (figures in the CHANGELOG)."""


def _one_word_score(similarity: dict[int, tuple[float, ...]], row: Row) -> float:
    factor = ONE_WORD_EACH_FACTOR if row[4] == 1 else SINGLE_WORD_FACTOR
    return similarity[row[2]][0] * factor


def _with_tiebreak(score: float, query_latin: str, stored: _StoredWord) -> float:
    """A word's similarity to a query word, from the exact score of their profiles,
    plus a tie-break that puts the spelling closest to what was typed first among
    equally good matches. Only for a score that reaches the ranking's floor: below
    it, ranking reads a similarity only as less than what it can use."""
    return score + SPELLING_TIEBREAK * levenshtein_ratio(query_latin, signature_latin(stored[0]))


def _stored_words_of(word_ids: set[int]) -> dict[int, _StoredWord]:
    """These words' spellings, keys and profiles (read each time: ids are the
    database's, and a process must not trust what another transaction may have rolled
    back). Computed from the signature where an index built before words kept their
    keys and profiles has not got them."""
    return _read_words(Word.objects.filter(pk__in_ids=word_ids))


def _stored_words_under(keys: set[str]) -> dict[int, _StoredWord]:
    """The words stored under these keys, read as `_stored_words_of` reads them (one
    query: the ids are not read first)."""
    ids = WordKey.objects.filter(key__in=sorted(keys)).values("word_id")
    return _read_words(Word.objects.filter(pk__in=ids))


def _read_words(words: QuerySet[Word]) -> dict[int, _StoredWord]:
    rows = words.values_list("pk", "signature", "keys", "profile")
    return {pk: _stored_word(signature, keys, profile) for pk, signature, keys, profile in rows}


# Not cached: an lru_cache of word objects is walked by every full garbage collection
# (core/names/memo.py), and caching these saved 8 ms of 35 for *Ma Giujjing*'s 6,059.
def _stored_word(signature: str, keys: str, profile: str) -> _StoredWord:
    if keys and profile:
        return (signature, keys, profile)
    token = token_from_signature(signature)
    return (signature, " ".join(token_keys(token)), profile_text(token))


def _near_keys(keys: set[str]) -> set[str]:
    """The stored keys one edit from these (these included)."""
    variants = {variant for key in keys for variant in key_variants(key)}
    near = KeyVariant.objects.filter(variant__in=variants).values_list("key", flat=True)
    return set(near) | keys


def _pair_rows(exact: list[set[str]], near: list[set[str]], public: bool) -> list[Row]:
    first = query_pair_keys(exact, near)
    rows = _rows_under(first, public)
    if len({row[0] for row in rows}) < SECOND_TRY_BELOW:
        rows += _rows_under(wide_pair_keys(near) - first, public)
    return rows


def _rows_under(pair_keys: set[str], public: bool) -> list[Row]:
    found: list[Row] = []
    for chunk in _chunks(sorted(pair_keys)):
        rows = NamePair.objects.filter(pair_key__in=chunk)
        if public:
            rows = rows.filter(public=True)
        found += rows.values_list("person_id", "entry_no", "word_a_id", "word_b_id", "words")
    return found


def _word_rows(words: list[int], public: bool) -> list[Row]:
    rows = NameWord.objects.filter(word__id__in_ids=set(words))  # a set: see `lookups`
    if public:
        rows = rows.filter(public=True)
    found = rows.values_list("person_id", "entry_no", "word_id", "words")
    return [(pk, entry_no, word, word, words) for pk, entry_no, word, words in found]


def _chunks(items: list[T], size: int = CHUNK) -> Iterable[list[T]]:
    """`items` in lists of at most `size`: within every database's parameter limit."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def explain(text: str, candidates: Sequence[Candidate], names: QuerySet[Name]) -> list[Hit]:
    """Compare `text` with the names (among `names`) of these candidates; best first,
    then the closest spelling of the whole name, then the candidates' order (the
    ranking weighs all of a person's names together, `compare` one at a time). With
    the entry number last instead, recall@10 on the 1M benchmark database was up to
    0.015 lower; with the candidates' order before the spelling, the right person was
    ranked first less often among real names (0.945 instead of 0.950 among 1,000).

    A stored name's words come from the index (`ParsedName`), not from reading the
    name again: transliterating every name on a page was most of this step's time."""
    ids = [candidate.person_id for candidate in candidates]
    persons = Person.all_objects.in_bulk(ids)
    query = parse_name(text)
    stored: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    rows = names.filter(person_id__in=ids).values_list("person_id", "text", "parsed__signatures")
    for person_id, name, signatures in rows:
        stored[person_id].append((name, signatures))
    compared: dict[tuple[str, str | None], Comparison] = {}  # namesakes share spellings
    hits = []
    for candidate in candidates:
        verdicts = [
            (_compared(compared, text, query, name, signatures), name)
            for name, signatures in stored[candidate.person_id]
        ]
        if not verdicts or candidate.person_id not in persons:
            continue
        verdict, name = max(verdicts, key=lambda pair: (pair[0].score, _likeness(text, pair[1])))
        hits.append(Hit(persons[candidate.person_id], verdict.score, name, verdict.reasons))
    order = {candidate.person_id: i for i, candidate in enumerate(candidates)}
    return sorted(
        hits, key=lambda hit: (-hit.score, -_likeness(text, hit.matched_name), order[hit.person.pk])
    )


def _compared(
    compared: dict[tuple[str, str | None], Comparison],
    text: str,
    query: list[NameToken],
    name: str,
    signatures: str | None,
) -> Comparison:
    """The comparison of the query with a stored name, once per spelling of the name
    and its indexed words (one page's namesakes share spellings)."""
    key = (name, signatures)
    if key not in compared:
        words = _stored_words(name, signatures)
        compared[key] = compare_parsed(text, query, name, words, with_keys=False)
    return compared[key]


def _stored_words(name: str, signatures: str | None) -> list[NameToken]:
    """A stored name's words, from the index; parsed from the name only if the index
    has not got it (written before its version had this table)."""
    if signatures is None:
        return parse_name(name)
    return [_capitalised(token_from_signature(word)) for word in signatures.split()]


def _capitalised(token: NameToken) -> NameToken:
    """The word as an explanation writes it (the index keeps it lower-case)."""
    return replace(token, text=token.text.capitalize())


@lru_cache(maxsize=10_000)  # raw texts: not for string_memo, whose keys join words
def _likeness(query: str, name: str) -> float:
    """How alike two names are spelt, letter for letter (a tie-break, not a score): the
    same spelling first, then the share of letters in common."""
    a, b = query.casefold(), name.casefold()
    return 2.0 if a == b else SequenceMatcher(None, a, b).quick_ratio()


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

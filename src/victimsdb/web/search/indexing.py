"""Building and refreshing the name index from the names in the database.

`index_persons` replaces the rows of some persons (what the signals call on
every edit of a person or one of their names), `rebuild_index` rebuilds
everything (`victimsdb reindex`, and `migrate` when INDEX_VERSION changed).
Both write the same rows, computed by `rows_for` from the core's `index_name`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Model

from victimsdb.core.names.blocking import IndexedName, index_name, key_variants
from victimsdb.web.public.policy import searchable_by_public
from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.models import (
    INDEX_VERSION,
    IndexState,
    KeyVariant,
    NamePair,
    NameWord,
    ParsedName,
    Word,
    WordKey,
)

BATCH = 5000
NAME_FIELDS = ("pk", "person_id", "text", "visibility", "publication", "deleted_at")


@dataclass
class Vocabulary:
    """Word ids by signature, creating words (their keys and profiles, the keys' variants)
    on first sight."""

    ids: dict[str, int] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)

    def resolve(self, indexed: Iterable[IndexedName]) -> None:
        words = {word.signature: word for name in indexed for word in name.words}
        missing = [signature for signature in words if signature not in self.ids]
        if not missing:
            return
        Word.objects.bulk_create(
            [
                Word(signature=s, keys=" ".join(words[s].keys), profile=words[s].profile)
                for s in missing
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        found = dict(Word.objects.filter(signature__in=missing).values_list("signature", "id"))
        WordKey.objects.bulk_create(
            [WordKey(word_id=found[s], key=key) for s in missing for key in words[s].keys],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        new_keys = {key for s in missing for key in words[s].keys} - self.keys
        KeyVariant.objects.bulk_create(
            [KeyVariant(variant=v, key=key) for key in new_keys for v in key_variants(key)],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        self.ids.update(found)
        self.keys |= new_keys


@dataclass
class Rows:
    pairs: list[NamePair] = field(default_factory=list)
    words: list[NameWord] = field(default_factory=list)
    names: list[ParsedName] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.pairs) + len(self.words)

    def write(self) -> int:
        """Write the rows; the pair and word rows written (what the index counts)."""
        NamePair.objects.bulk_create(self.pairs, batch_size=BATCH)
        NameWord.objects.bulk_create(self.words, batch_size=BATCH)
        ParsedName.objects.bulk_create(self.names, batch_size=BATCH)
        written = len(self)
        self.pairs, self.words, self.names = [], [], []
        return written


def rows_for(names: Sequence[Name], persons: dict[int, Person], vocabulary: Vocabulary) -> Rows:
    """The index rows of these live names (their persons given by id): each distinct row
    of a person once."""
    indexed = [index_name(name.text) for name in names]
    vocabulary.resolve(indexed)
    pairs: set[tuple[int, int, bool, str, int, int]] = set()
    words: set[tuple[int, int, bool, int]] = set()
    for name, entry in zip(names, indexed, strict=True):
        person = persons[name.person_id]
        shared = (person.pk, len(entry.words), searchable_by_public(person, name))
        ids = [vocabulary.ids[word.signature] for word in entry.words]
        words.update((*shared, word_id) for word_id in ids)
        pairs.update((*shared, p.key, ids[p.first], ids[p.second]) for p in entry.pairs)
    entry_of = {pk: person.entry_no for pk, person in persons.items()}
    rows = Rows()
    rows.names = [
        ParsedName(
            name_id=name.pk,
            person_id=name.person_id,
            signatures=" ".join(word.signature for word in entry.words),
        )
        for name, entry in zip(names, indexed, strict=True)
    ]
    rows.words = [
        NameWord(person_id=pk, entry_no=entry_of[pk], words=n, public=public, word_id=word)
        for pk, n, public, word in sorted(words)
    ]
    rows.pairs = [
        NamePair(
            person_id=pk,
            entry_no=entry_of[pk],
            words=n,
            public=public,
            pair_key=key,
            word_a_id=a,
            word_b_id=b,
        )  # fmt: skip
        for pk, n, public, key, a, b in sorted(pairs)
    ]
    return rows


@transaction.atomic
def index_persons(person_ids: Iterable[int]) -> int:
    """Replace the index rows of these persons from their live names (a deleted person,
    or a deleted name, has none)."""
    ids = set(person_ids)
    # Two edits of one person at once must not both delete, then both insert (on
    # PostgreSQL each would not see the other's rows): the second waits for the first.
    # NO KEY: a rebuild's rows for this person check it exists (FOR KEY SHARE, at the
    # rebuild's commit: Django defers foreign keys), which FOR UPDATE would block while
    # this edit waits for the rebuild: a deadlock.
    list(
        Person.all_objects.select_for_update(no_key=True)
        .filter(pk__in=ids)
        .order_by("pk")
        .values("pk")
    )
    NamePair.objects.filter(person_id__in=ids).delete()
    NameWord.objects.filter(person_id__in=ids).delete()
    ParsedName.objects.filter(person_id__in=ids).delete()
    persons = Person.objects.in_bulk(ids)  # live persons only
    names = list(Name.objects.filter(person_id__in=list(persons)).only(*NAME_FIELDS))
    return rows_for(names, persons, Vocabulary()).write()


def rebuild_index() -> int:
    """Rebuild the whole index from every live name, vocabulary included (a new
    INDEX_VERSION may key the same words otherwise); rows written."""
    with transaction.atomic():
        _hold_index_against_edits()
        NamePair.objects.all().delete()
        NameWord.objects.all().delete()
        ParsedName.objects.all().delete()
        KeyVariant.objects.all().delete()
        WordKey.objects.all().delete()
        Word.objects.all().delete()
        vocabulary = Vocabulary()
        written = sum(
            rows_for(chunk, persons, vocabulary).write() for chunk, persons in _live_chunks()
        )
        IndexState.objects.all().delete()
        IndexState.objects.create(version=INDEX_VERSION)
    return written


def _hold_index_against_edits() -> None:
    """Make edits wait for the rebuild to commit, on PostgreSQL (SQLite lets one writer
    in at a time); searches keep reading the index as it was.

    Without it, an edit's first delete (NamePair's, `index_persons`) waited for the
    rebuild's row locks and then skipped the rows the rebuild had written for the person
    meanwhile, from the names before the edit (an alias withheld meanwhile stayed
    public): they were not in the statement's snapshot. Waiting for a table lock
    instead, the statement reads a snapshot taken once the lock is granted, after the
    rebuild committed. That needs the delete to be one statement: nothing may point at
    NamePair or listen to its deletions (else Django reads the rows first).

    The edits' own writes start with NamePair, so it is locked first: an edit that
    holds it finishes before the rebuild starts. An edit of a person waits for it
    before it writes the person (`wait_for_a_rebuild`)."""
    if connection.vendor != "postgresql":
        return
    tables = ", ".join(
        _table(model) for model in (NamePair, NameWord, ParsedName, Word, WordKey, KeyVariant)
    )
    with connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")


def wait_for_a_rebuild() -> None:
    """Before a person is written in a transaction, on PostgreSQL: wait for a rebuild of
    the index (`_hold_index_against_edits`) to commit, and keep the next one from
    starting until this transaction ends, by taking the lock the edit's reindex
    (`index_persons`) would take anyway, before the person's row is locked, not after.

    Taken after, it deadlocked whenever the edit changed a unique column (the external
    id, the key): such an update locks the row as strongly as FOR UPDATE, the edit then waited
    for the rebuild, and the rebuild's check of its rows' persons at commit (FOR KEY
    SHARE: Django defers foreign keys) waited for the edit. Outside a transaction the
    row is unlocked as soon as it is written: nothing to wait for."""
    if connection.vendor != "postgresql" or not connection.in_atomic_block:
        return
    with connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {_table(NamePair)} IN ROW EXCLUSIVE MODE")


def _table(model: type[Model]) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def index_is_current() -> bool:
    """Whether the stored index was built by this version of the code."""
    return IndexState.objects.filter(version=INDEX_VERSION).exists()


def _live_chunks() -> Iterator[tuple[list[Name], dict[int, Person]]]:
    """Live names of live persons, a whole person's names always in one chunk."""
    names = Name.objects.filter(person__deleted_at__isnull=True).only(*NAME_FIELDS)
    chunk: list[Name] = []
    for name in names.order_by("person_id", "pk").iterator(chunk_size=BATCH):
        if len(chunk) >= BATCH and chunk[-1].person_id != name.person_id:
            yield chunk, _persons_of(chunk)
            chunk = []
        chunk.append(name)
    if chunk:
        yield chunk, _persons_of(chunk)


def _persons_of(names: list[Name]) -> dict[int, Person]:
    return Person.objects.in_bulk({name.person_id for name in names})

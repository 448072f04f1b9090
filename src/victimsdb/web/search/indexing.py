"""Building and refreshing the name index from the names in the database.

`index_names` replaces the rows of some names (what the signals call on
every edit), `rebuild_index` rebuilds everything (`victimsdb reindex`, and
`migrate` when INDEX_VERSION changed). Both write the same rows, computed by
`rows_for` from the core's `index_name`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from django.db import transaction

from victimsdb.core.names.blocking import IndexedName, index_name
from victimsdb.web.public.policy import searchable_by_public
from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.models import (
    INDEX_VERSION,
    IndexState,
    NamePair,
    NameWord,
    Word,
    WordVariant,
)

BATCH = 5000


@dataclass
class Vocabulary:
    """Word ids by signature, creating words (and their variants) on first sight."""

    ids: dict[str, int] = field(default_factory=dict)

    def resolve(self, indexed: Iterable[IndexedName]) -> None:
        words = {word.signature: word for name in indexed for word in name.words}
        missing = [signature for signature in words if signature not in self.ids]
        if not missing:
            return
        Word.objects.bulk_create(
            [Word(signature=s) for s in missing], batch_size=BATCH, ignore_conflicts=True
        )
        found = dict(Word.objects.filter(signature__in=missing).values_list("signature", "id"))
        WordVariant.objects.bulk_create(
            [
                WordVariant(variant=variant, key=key, word_id=found[signature])
                for signature in missing
                for variant, key in words[signature].variants()
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        self.ids.update(found)


@dataclass
class Rows:
    pairs: list[NamePair] = field(default_factory=list)
    words: list[NameWord] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.pairs) + len(self.words)

    def write(self) -> int:
        NamePair.objects.bulk_create(self.pairs, batch_size=BATCH)
        NameWord.objects.bulk_create(self.words, batch_size=BATCH)
        written = len(self)
        self.pairs, self.words = [], []
        return written


def rows_for(names: Sequence[Name], persons: dict[int, Person], vocabulary: Vocabulary) -> Rows:
    """The index rows of these live names (their persons given by id)."""
    indexed = [index_name(name.text) for name in names]
    vocabulary.resolve(indexed)
    rows = Rows()
    for name, entry in zip(names, indexed, strict=True):
        person = persons[name.person_id]
        common = {
            "name_id": name.pk,
            "person_id": person.pk,
            "entry_no": person.entry_no,
            "words": len(entry.words),
            "public": searchable_by_public(person, name),
        }
        ids = [vocabulary.ids[word.signature] for word in entry.words]
        rows.words += [NameWord(word_id=word_id, **common) for word_id in ids]
        rows.pairs += [
            NamePair(
                pair_key=pair.key, word_a_id=ids[pair.first], word_b_id=ids[pair.second], **common
            )
            for pair in entry.pairs
        ]
    return rows


@transaction.atomic
def index_names(names: Iterable[Name]) -> int:
    """Replace the index rows of these names (deleted names and persons lose theirs)."""
    names = list(names)
    ids = [name.pk for name in names]
    NamePair.objects.filter(name_id__in=ids).delete()
    NameWord.objects.filter(name_id__in=ids).delete()
    persons = Person.objects.in_bulk({name.person_id for name in names})  # live persons only
    live = [name for name in names if name.deleted_at is None and name.person_id in persons]
    return rows_for(live, persons, Vocabulary()).write()


def index_person(person: Person) -> int:
    """Refresh the rows of every name of one person (after the person changed)."""
    return index_names(Name.all_objects.filter(person_id=person.pk))


def rebuild_index() -> int:
    """Rebuild the whole index from every live name; rows written."""
    with transaction.atomic():
        NamePair.objects.all().delete()
        NameWord.objects.all().delete()
        vocabulary = Vocabulary()
        written = sum(
            rows_for(chunk, persons, vocabulary).write() for chunk, persons in _live_chunks()
        )
        IndexState.objects.all().delete()
        IndexState.objects.create(version=INDEX_VERSION)
    return written


def index_is_current() -> bool:
    """Whether the stored index was built by this version of the code."""
    return IndexState.objects.filter(version=INDEX_VERSION).exists()


def _live_chunks() -> Iterator[tuple[list[Name], dict[int, Person]]]:
    names = Name.objects.filter(person__deleted_at__isnull=True).only(
        "pk", "person_id", "text", "visibility", "publication", "deleted_at"
    )
    chunk: list[Name] = []
    for name in names.order_by("pk").iterator(chunk_size=BATCH):
        chunk.append(name)
        if len(chunk) >= BATCH:
            yield chunk, _persons_of(chunk)
            chunk = []
    if chunk:
        yield chunk, _persons_of(chunk)


def _persons_of(names: list[Name]) -> dict[int, Person]:
    return Person.objects.in_bulk({name.person_id for name in names})

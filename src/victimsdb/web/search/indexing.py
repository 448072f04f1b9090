"""Building and refreshing the name key index from the names in the database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.db import transaction

from victimsdb.core.names import name_keys
from victimsdb.web.records.models import Name
from victimsdb.web.search.models import PREFIX_LENGTH, NameKey

BATCH = 5000


def keys_for(name: Name) -> Iterator[NameKey]:
    """The index rows of one name."""
    for key in name_keys(name.text):
        yield NameKey(
            person_id=name.person_id, name_id=name.pk, key=key, prefix=key[:PREFIX_LENGTH]
        )


@transaction.atomic
def reindex_names(names: Iterable[Name]) -> int:
    """Replace the index rows of these names (deleted names lose theirs); rows written."""
    names = list(names)
    NameKey.objects.filter(name_id__in=[name.pk for name in names]).delete()
    rows = [row for name in names if name.deleted_at is None for row in keys_for(name)]
    NameKey.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def rebuild_index() -> int:
    """Rebuild the whole index from every live name; rows written."""
    with transaction.atomic():
        NameKey.objects.all().delete()
        written = 0
        batch: list[NameKey] = []
        for name in Name.objects.only("pk", "person_id", "text").iterator(chunk_size=BATCH):
            batch.extend(keys_for(name))
            if len(batch) >= BATCH:
                NameKey.objects.bulk_create(batch, batch_size=BATCH)
                written += len(batch)
                batch = []
        NameKey.objects.bulk_create(batch, batch_size=BATCH)
    return written + len(batch)

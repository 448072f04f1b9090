"""The database as rows: dumped and loaded through Django's serializers, vendor-neutral.

Every concrete model of every installed app is dumped (history tables,
many-to-many link tables and apps added later included; not a model that says
`backed_up = False`, derived data made again on first use), by primary key, in
JSON Lines chunks; the same rows load into SQLite or PostgreSQL. Primary keys
are kept, so every reference stays valid; loading happens in one transaction
with foreign keys checked at the end (Django creates them deferrable), then
the sequences are reset. Encrypted fields travel as ciphertext.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.apps import apps
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.jsonl import Deserializer
from django.core.serializers.jsonl import Serializer as JsonlSerializer
from django.db import connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import Model

from victimsdb.core.backup import BackupError
from victimsdb.core.crypto import FieldKeyError

CHUNK_ROWS = 2_000
# Rows that `migrate` itself creates in a new database (permissions, the staff role
# groups of victimsdb.web.security.roles, the search index's version): a restore
# replaces them with the backup's. Deleted in reverse order.
MADE_BY_MIGRATE = (
    "contenttypes.ContentType",
    "auth.Permission",
    "auth.Group",
    "auth.Group_permissions",
    "search.IndexState",
)


class RowSerializer(JsonlSerializer):
    """JSON Lines with primary keys; many-to-many links travel as rows of their own tables."""

    def handle_m2m_field(self, obj: Any, field: Any) -> None:
        return None


def backed_up_models() -> list[type[Model]]:
    """Every model whose rows a backup holds."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed
        and not model._meta.proxy
        and not model._meta.swapped
        and getattr(model, "backed_up", True)  # derived data that is made again says False
    ]


def dump(write: Callable[[str, bytes], object], using: str) -> dict[str, int]:
    """Write every model's rows as numbered JSONL entries; return the rows per model."""
    counts: dict[str, int] = {}
    number = 0
    for model in backed_up_models():
        counts[model._meta.label] = 0
        for rows in _pages(model, using):
            buffer = io.StringIO()
            RowSerializer().serialize(rows, stream=buffer)
            number += 1
            write(f"database/{number:05d}.jsonl", buffer.getvalue().encode("utf-8"))
            counts[model._meta.label] += len(rows)
    return counts


def _pages(model: type[Model], using: str) -> Iterator[list[Model]]:
    rows = model._base_manager.using(using).order_by("pk")
    last = None
    while True:
        page = list((rows if last is None else rows.filter(pk__gt=last))[:CHUNK_ROWS])
        if not page:
            return
        yield page
        last = page[-1].pk


def load(lines: Iterable[str], using: str, entry: str) -> int:
    """Save the rows of one dumped entry as they are (no signals, no history); return how many."""
    count = 0
    try:
        # Django's JSONL deserializer takes any iterable of lines; its stubs say otherwise.
        for row in Deserializer(lines, using=using):  # type: ignore[arg-type]
            row.save(using=using)
            count += 1
    except DeserializationError as error:
        cause = _root_cause(error)
        if isinstance(cause, FieldKeyError):
            raise BackupError(str(cause)) from None
        # Django's message quotes the field's value: name the kind of problem only.
        raise BackupError(f"{entry}: a row cannot be restored ({type(cause).__name__})") from None
    return count


def _root_cause(error: BaseException) -> BaseException:
    while error.__cause__ is not None or error.__context__ is not None:
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    return error


def counts(using: str) -> dict[str, int]:
    """The rows of every backed-up model now in the database."""
    return {m._meta.label: m._base_manager.using(using).count() for m in backed_up_models()}


def non_empty(using: str) -> list[str]:
    """The models holding rows that a fresh, migrated database would not hold."""
    return [
        f"{label} ({n} rows)"
        for label, n in counts(using).items()
        if n and label not in MADE_BY_MIGRATE
    ]


def clear_made_by_migrate(using: str) -> None:
    """Delete the rows `migrate` made, so that the backup's (same content, its ids) replace them."""
    for label in reversed(MADE_BY_MIGRATE):
        apps.get_model(label)._base_manager.using(using).all().delete()


def applied_migrations(using: str) -> list[str]:
    """Every applied migration as ``app.name``, sorted."""
    recorder = MigrationRecorder(connections[using])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def finish_load(using: str) -> None:
    """Check every foreign key now, and move id sequences past the restored rows."""
    connection = connections[using]
    connection.check_constraints()
    statements = connection.ops.sequence_reset_sql(no_style(), backed_up_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@contextlib.contextmanager
def snapshot(using: str) -> Iterator[None]:
    """Read the whole database as of one moment, without blocking writers.

    PostgreSQL: a REPEATABLE READ, READ ONLY transaction. SQLite (WAL): a
    deferred read transaction; Django's IMMEDIATE mode would lock writers out.
    Inside an enclosing transaction (tests), that transaction is the snapshot.
    """
    connection = connections[using]
    if connection.in_atomic_block:
        yield
    elif connection.vendor == "postgresql":
        with transaction.atomic(using=using), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
    elif connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
            try:
                yield
            finally:
                cursor.execute("ROLLBACK")  # nothing was written
    else:
        with transaction.atomic(using=using):
            yield

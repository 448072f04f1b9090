"""Whether `migrate` has migrations still to apply, for the post_migrate receivers that
need the project's tables in their present form (the search index, the role groups,
the public list's count).

post_migrate is sent to every app after any `migrate`, even one that applied a single
app's migrations (`migrate contenttypes` on a new database): such a receiver waits for
the `migrate` that applies the rest, rather than reading tables that are not there yet.
"""

from __future__ import annotations

from collections.abc import Collection

from django.db import connections
from django.db.migrations.executor import MigrationExecutor


def has_unapplied_migrations(using: str, apps: Collection[str]) -> bool:
    """Whether these apps, or what their migrations depend on, have migrations not yet
    applied to this database."""
    executor = MigrationExecutor(connections[using])
    leaves = executor.loader.graph.leaf_nodes()
    targets = [node for node in leaves if node[0] in apps]
    return bool(executor.migration_plan(targets))

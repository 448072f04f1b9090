"""`field__in_ids={...}`: membership in a set of whole numbers, written into the SQL.

Django's `__in` makes each value a query parameter and prepares each one (some
microseconds apiece, in Python). A name search passes thousands of word and
person ids per query, and that preparation was a sixth of its time at a million
entries. These values are whole numbers (`operator.index` of each: an int, never a
string, so nothing else can reach the SQL), so they are written as literals, which
also lifts the databases' limits on parameters per query.

Give it a set: Django walks a list or a tuple handed to any lookup element by
element, in case one of them is an expression, before the lookup sees it. For the
thousands of persons a common name finds, that walk (their rows and their events
for the facets) took some 15 ms of a 400 ms query at a million entries.
"""

from __future__ import annotations

import operator
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Field, Lookup
from django.db.models.sql.compiler import SQLCompiler


@Field.register_lookup
class InIds(Lookup):  # type: ignore[type-arg]
    lookup_name = "in_ids"
    prepare_rhs = False

    def get_prep_lookup(self) -> list[int]:
        return sorted({operator.index(value) for value in self.rhs})

    def as_sql(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper
    ) -> tuple[str, list[Any]]:
        if not self.rhs:
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} IN ({', '.join(str(value) for value in self.rhs)})", list(params)

"""The search index: one row per (name, phonetic key).

Plain indexed columns, so the same queries run on SQLite and PostgreSQL with
the same results. `prefix` (the key's first letters) lets a misspelled query
whose key differs still reach its candidates.
"""

from __future__ import annotations

from django.db import models

from victimsdb.web.records.models import Name, Person

PREFIX_LENGTH = 3


class NameKey(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    name = models.ForeignKey(Name, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=64)
    prefix = models.CharField(max_length=PREFIX_LENGTH)

    class Meta:
        indexes = [
            models.Index(fields=["key", "person"], name="namekey_key_person"),
            models.Index(fields=["prefix", "person"], name="namekey_prefix_person"),
        ]

    def __str__(self) -> str:
        return f"{self.key} -> {self.name_id}"

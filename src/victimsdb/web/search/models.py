"""The name search index (see victimsdb.core.names.blocking for the idea).

* `Word`: each distinct word of any stored name, once, by its signature.
* `WordVariant`: the deletion variants of each word's phonetic keys; a query
  word finds the stored words within one edit of its keys here.
* `NamePair`: one row per two words of a name (and per reading of each) under
  their pair key; multi-word queries are answered from these rows.
* `NameWord`: one row per word of a name; one-word queries (and stored
  one-word names) are answered from these.

Rows carry the person's entry number and the name's word count, so a query is
ranked without touching the records tables, and a `public` flag (the person
and the name may be shown to the public), kept in step by signals, so public
search never needs the records tables to leave out what is not public. Plain
indexed columns: the same queries run on SQLite and PostgreSQL with the same
results.
"""

from __future__ import annotations

from django.db import models

from victimsdb.web.records.models import Name, Person

INDEX_VERSION = 3
"""Bumped whenever keys or rows change meaning; `migrate` then rebuilds the index."""


class Word(models.Model):
    signature = models.CharField(max_length=64, unique=True)

    def __str__(self) -> str:
        return self.signature


class WordVariant(models.Model):
    variant = models.CharField(max_length=64)
    key = models.CharField(max_length=64)
    word = models.ForeignKey(Word, on_delete=models.CASCADE, related_name="+", db_index=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["variant", "key", "word"], name="wordvariant_unique")
        ]

    def __str__(self) -> str:
        return f"{self.variant} -> {self.key}"


class IndexRow(models.Model):
    """What both kinds of index row carry."""

    name = models.ForeignKey(Name, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    entry_no = models.PositiveIntegerField()
    words = models.PositiveSmallIntegerField()
    public = models.BooleanField()

    class Meta:
        abstract = True


class NamePair(IndexRow):
    pair_key = models.CharField(max_length=130)
    word_a = models.ForeignKey(Word, on_delete=models.CASCADE, related_name="+", db_index=False)
    word_b = models.ForeignKey(Word, on_delete=models.CASCADE, related_name="+", db_index=False)

    class Meta:
        indexes = [models.Index(fields=["pair_key", "public"], name="namepair_key_public")]

    def __str__(self) -> str:
        return f"{self.pair_key} -> {self.name_id}"


class NameWord(IndexRow):
    word = models.ForeignKey(Word, on_delete=models.CASCADE, related_name="+", db_index=False)

    class Meta:
        # `words` before `public`: a multi-word query reaches stored one-word names by
        # (word, words=1) without reading every row of a common word.
        indexes = [models.Index(fields=["word", "words", "public"], name="nameword_word_public")]

    def __str__(self) -> str:
        return f"{self.word_id} -> {self.name_id}"


class IndexState(models.Model):
    """One row: the INDEX_VERSION the stored index was built with."""

    version = models.PositiveIntegerField()

    def __str__(self) -> str:
        return f"search index version {self.version}"

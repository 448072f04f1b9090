"""The name search index (see victimsdb.core.names.blocking for the idea).

* `Word`: each distinct word of any stored name, once, by its signature, with
  its keys (space-separated) and its profile (`victimsdb.core.names.profiles`):
  ranking checks a stored word's keys against the query's and scores its
  profile, without parsing the word (computing them again was most of its
  time for a common name).
* `WordKey`: the phonetic keys of each word (one per reading); a one-word
  query finds its words here.
* `KeyVariant`: the deletion variants of every key in the index; a query key
  finds the stored keys within one edit here.
* `NamePair`: for each person, each two words of one of their names (and each
  reading of each) under their pair key, once; a stored one-word name is a
  row of its own under its word's key. Multi-word queries read these rows.
* `NameWord`: for each person, each word of their names, once; one-word
  queries read these rows.
* `ParsedName`: each name's words in order (their signatures): the page a
  search shows compares the query with its entries' names from these, without
  reading the names again (ICU transliteration is most of that cost).

Rows belong to a person, not a name: one person's names in several scripts
often share words (*Gulnar* in Latin, Arabic script and Cyrillic all read
*gulnar*), and a search ranks persons. Rows carry the entry number and the
name's word count, so a query is ranked without touching the records
tables, and a `public` flag (the person and that name may be shown to the
public), kept in step by signals. Plain indexed columns: the same queries run
on SQLite and PostgreSQL with the same results. The indexes that find rows
carry every column a search reads (covering indexes), so a search reads the
index alone, not a table row for each of the thousands of rows of a common
name (half the time of reading them at a million entries). Plain columns, not
PostgreSQL's INCLUDE, which SQLite lacks.
"""

from __future__ import annotations

from django.db import models

from victimsdb.web.records.models import Name, Person

INDEX_VERSION = 16
"""Bumped whenever keys, profiles or rows change meaning (a stored profile is what
`core.names.profiles` computed when the index was built: tests/core/names/
test_profile_texts.py pins a few); `migrate` then rebuilds the index."""


class Word(models.Model):
    signature = models.CharField(max_length=64, unique=True)
    keys = models.TextField(default="")  # its WordKey keys, space-separated
    profile = models.TextField(default="")  # what scoring needs: core.names.profiles

    def __str__(self) -> str:
        return self.signature


class WordKey(models.Model):
    word = models.ForeignKey(Word, on_delete=models.CASCADE, related_name="+", db_index=False)
    key = models.CharField(max_length=64)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "word"], name="wordkey_unique")]

    def __str__(self) -> str:
        return f"{self.key} -> {self.word_id}"


class KeyVariant(models.Model):
    variant = models.CharField(max_length=64)
    key = models.CharField(max_length=64)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["variant", "key"], name="keyvariant_unique")]

    def __str__(self) -> str:
        return f"{self.variant} -> {self.key}"


class IndexRow(models.Model):
    """What both kinds of index row carry."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    entry_no = models.PositiveIntegerField()
    words = models.PositiveSmallIntegerField()  # how many words the name has
    public = models.BooleanField()

    class Meta:
        abstract = True


class NamePair(IndexRow):
    pair_key = models.CharField(max_length=130)
    word_a = models.ForeignKey(Word, on_delete=models.CASCADE, related_name="+", db_index=False)
    word_b = models.ForeignKey(Word, on_delete=models.CASCADE, related_name="+", db_index=False)

    class Meta:
        indexes = [
            models.Index(
                fields=["pair_key", "public", "person", "entry_no", "word_a", "word_b", "words"],
                name="namepair_key_covering",
            )
        ]

    def __str__(self) -> str:
        return f"{self.pair_key} -> #{self.entry_no}"


class NameWord(IndexRow):
    word = models.ForeignKey(Word, on_delete=models.CASCADE, related_name="+", db_index=False)

    class Meta:
        indexes = [
            models.Index(
                fields=["word", "public", "person", "entry_no", "words"],
                name="nameword_word_covering",
            )
        ]

    def __str__(self) -> str:
        return f"{self.word_id} -> #{self.entry_no}"


class ParsedName(models.Model):
    name = models.OneToOneField(
        Name, on_delete=models.CASCADE, primary_key=True, related_name="parsed"
    )
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    signatures = models.TextField()  # the words' signatures, in order, space-separated

    def __str__(self) -> str:
        return self.signatures


class IndexState(models.Model):
    """One row: the INDEX_VERSION the stored index was built with."""

    version = models.PositiveIntegerField()

    def __str__(self) -> str:
        return f"search index version {self.version}"

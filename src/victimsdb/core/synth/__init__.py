"""Synthetic victims data with a known truth, for measuring name search and record linkage.

Persons are generated in families (siblings share a patronymic, a wife may
carry her husband's surname, Hui siblings a generation character) so that hard
negatives exist; each person is reported by several sources, each spelling the
name in another script or romanisation (Kazakh Cyrillic and Latin, Russian,
English press, Uyghur script and ULY, Chinese characters and pinyin) with
realistic misspellings. The truth says which rows are the same person.

Pure Python, deterministic for a seed, streaming: see `cli` for the command.
"""

from victimsdb.core.synth.generate import Sample, generate_persons, generate_samples
from victimsdb.core.synth.people import Person, PersonName, Relation, Situation
from victimsdb.core.synth.queries import Query
from victimsdb.core.synth.rows import Record
from victimsdb.core.synth.spellings import Style, spell
from victimsdb.core.synth.writers import (
    Settings,
    Summary,
    write_dataset,
    write_persons_csv,
    write_queries_tsv,
    write_relations_tsv,
)

__all__ = [
    "Person",
    "PersonName",
    "Query",
    "Record",
    "Relation",
    "Sample",
    "Settings",
    "Situation",
    "Style",
    "Summary",
    "generate_persons",
    "generate_samples",
    "spell",
    "write_dataset",
    "write_persons_csv",
    "write_queries_tsv",
    "write_relations_tsv",
]

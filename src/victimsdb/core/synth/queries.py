"""Search queries with a known answer: a person's name as a searcher might type it.

A query is one spelling of the person's name in any style the people is
written in (possibly one no row of the person uses), misspelt half the time.
Namesakes are real: a query may also fit other persons, so evaluate with a
ranked-retrieval measure (recall@k), not exact matching.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from victimsdb.core.synth.noise import misspell
from victimsdb.core.synth.people import Person
from victimsdb.core.synth.spellings import STYLE_DRAWS, Style, spell


@dataclass(frozen=True, slots=True)
class Query:
    """A query and the person it should find."""

    text: str
    person_id: str
    style: Style
    misspelt: bool


def queries_for(
    person: Person, rng: random.Random, count: int = 1, noise: float = 0.5
) -> list[Query]:
    """`count` queries for `person`, each in a style drawn by how often sources use it."""
    out = []
    for _ in range(count):
        style = STYLE_DRAWS[person.ethnicity].draw(rng)
        text = spell(person, style, rng)[0]
        misspelt = rng.random() < noise
        out.append(
            Query(misspell(text, rng) if misspelt else text, person.person_id, style, misspelt)
        )
    return out

"""The gazetteer in the database, and finding the place a text names.

`load_gazetteer` writes the bundled gazetteer (core.places) into Place rows,
parents first, keyed by the gazetteer's keys: missing places are created and
missing names added, so a newer gazetteer can be loaded over an older one;
curators' own places and edits are left alone. `resolve_place` turns a
hometown or facility address as a spreadsheet writes it ("Tekes County",
"特克斯县", "Kulja") into the gazetteer place, loading the gazetteer first if
needed; text no gazetteer place matches becomes a new, unlinked place for a
curator to place.
"""

from __future__ import annotations

from django.db import transaction

from victimsdb.core.places import match_place, place_records
from victimsdb.web.records.models import Place, PlaceName

MATCH_SCORE = 0.9  # exact or suffix-stripped name matches; fuzzier ones go to curators


@transaction.atomic
def load_gazetteer() -> tuple[int, int]:
    """Create missing gazetteer places and names; return (places, names) created."""
    created_places = created_names = 0
    by_key: dict[str, Place] = {}
    for item in place_records():
        place = Place.all_objects.filter(key=item["key"]).first()
        if place is None:
            place = Place.objects.create(
                key=item["key"],
                kind=item["kind"],
                parent=by_key.get(item["parent"] or ""),
                latitude=item["lat"],
                longitude=item["lon"],
            )
            created_places += 1
        known = set(place.names.values_list("text", flat=True))
        for name in item["names"]:
            if name["text"] not in known:
                PlaceName.objects.create(place=place, text=name["text"], language=name["lang"])
                known.add(name["text"])
                created_names += 1
        by_key[item["key"]] = place
    return created_places, created_names


def resolve_place(text: str) -> Place:
    """The place a text names: a gazetteer place when one matches well, else a new place."""
    match = next(iter(match_place(text, limit=1)), None)
    if match is not None and match.score >= MATCH_SCORE:
        place = Place.all_objects.filter(key=match.place.key).first()
        if place is None:
            load_gazetteer()
            place = Place.all_objects.get(key=match.place.key)
        return place
    named = PlaceName.objects.filter(text__iexact=text).select_related("place").first()
    if named is not None:
        return named.place
    place = Place.objects.create()
    PlaceName.objects.create(place=place, text=text)
    return place

"""Keep each person's derived fields (status, year detained, divisions) in step.

A place moved to another parent, or given another kind, changes the county and
prefecture of every person whose hometown lies at or below it: those are
rewritten in one UPDATE per place of its subtree (a prefecture holds some
hundreds of places, and perhaps a hundred thousand persons: not one save each).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from victimsdb.web.records.models import (
    COUNTY_KINDS,
    PREFECTURE_KINDS,
    Claim,
    Event,
    Person,
    Place,
    division_of,
)


@receiver(pre_save, sender=Event)
def remember_event_owner(sender: type, instance: Event, **kwargs: Any) -> None:
    """Note whose the event was before this save: an event moved to another person
    changes both persons' status and year detained (and both persons' public counts)."""
    if kwargs.get("raw") or instance.pk is None:
        return
    stored = Event._base_manager.filter(pk=instance.pk).values_list("person_id", flat=True)
    instance._previous_person_id = stored.first()  # type: ignore[attr-defined]


@receiver([post_save, post_delete], sender=Event)
@receiver([post_save, post_delete], sender=Claim)
def refresh_person_status(sender: type, instance: Event | Claim, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    owners = {instance.person_id, getattr(instance, "_previous_person_id", None)} - {None}
    for person in Person.all_objects.filter(pk__in=owners):
        person.refresh_derived()


@receiver(post_save, sender=Person)
def refresh_after_person_save(sender: type, instance: Person, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        instance.refresh_derived()


@receiver(pre_save, sender=Place)
def remember_place_position(sender: type, instance: Place, **kwargs: Any) -> None:
    """Note where the place sat before this save (its parent and kind)."""
    if kwargs.get("raw") or instance.pk is None:
        return
    stored = Place.all_objects.filter(pk=instance.pk).values_list("parent_id", "kind").first()
    instance._previous_position = stored  # type: ignore[attr-defined]


@receiver(post_save, sender=Place)
def refresh_divisions_below(sender: type, instance: Place, **kwargs: Any) -> None:
    if kwargs.get("raw") or not place_moved(instance):
        return
    for place in places_below(instance):
        county = division_of(place, COUNTY_KINDS)
        prefecture = division_of(place, PREFECTURE_KINDS)
        stale = ~Q(county_id=county) | ~Q(prefecture_id=prefecture)
        Person.all_objects.filter(stale, hometown=place).update(
            county_id=county, prefecture_id=prefecture
        )


def place_moved(place: Place) -> bool:
    """Whether this save gave the place another parent or kind (read in post_save)."""
    previous = getattr(place, "_previous_position", None)
    return previous is not None and previous != (place.parent_id, place.kind)


def places_below(place: Place) -> list[Place]:
    """The place and every place below it (deleted ones too: a hometown may be one)."""
    found, frontier = [place], [place]
    while frontier:
        children = list(
            Place.all_objects.filter(parent__in=frontier).exclude(pk__in=[p.pk for p in found])
        )
        found += children
        frontier = children
    return found

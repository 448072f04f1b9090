"""Keep each person's derived fields (status, year detained, divisions) in step."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from victimsdb.web.records.models import Claim, Event, Person


@receiver([post_save, post_delete], sender=Event)
@receiver([post_save, post_delete], sender=Claim)
def refresh_person_status(sender: type, instance: Event | Claim, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    person = Person.all_objects.filter(pk=instance.person_id).first()
    if person is not None:
        person.refresh_derived()


@receiver(post_save, sender=Person)
def refresh_after_person_save(sender: type, instance: Person, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        instance.refresh_derived()

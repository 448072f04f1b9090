"""Keep the index in step: a saved name or person is reindexed at once.

A deleted name's rows go with it (the foreign keys cascade). `migrate`
rebuilds the index when it was built by another INDEX_VERSION, or never.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver

from victimsdb.web.records.models import Name, Person
from victimsdb.web.search.indexing import index_is_current, index_names, index_person, rebuild_index


@receiver(post_save, sender=Name)
def index_saved_name(sender: type, instance: Name, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        index_names([instance])


@receiver(post_save, sender=Person)
def index_saved_person(sender: type, instance: Person, **kwargs: Any) -> None:
    if not kwargs.get("raw") and not kwargs.get("created"):
        index_person(instance)


def rebuild_if_stale(sender: Any, **kwargs: Any) -> None:
    """Rebuild the index after `migrate` when this code's INDEX_VERSION is not the stored one."""
    if sender.label == "search" and not index_is_current():
        rebuild_index()


post_migrate.connect(rebuild_if_stale, dispatch_uid="search-rebuild-if-stale")

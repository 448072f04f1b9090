"""Keep the index in step: a saved, soft-deleted or deleted name is reindexed at once."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from victimsdb.web.records.models import Name
from victimsdb.web.search.indexing import reindex_names
from victimsdb.web.search.models import NameKey


@receiver(post_save, sender=Name)
def index_saved_name(sender: type, instance: Name, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        reindex_names([instance])


@receiver(post_delete, sender=Name)
def unindex_deleted_name(sender: type, instance: Name, **kwargs: Any) -> None:
    NameKey.objects.filter(name_id=instance.pk).delete()

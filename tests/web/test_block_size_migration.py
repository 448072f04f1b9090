"""The migration for blocks of 5,000 persons (was 10,000) makes every block count again
where blocks were logged under the old size, and leaves a new database empty."""

import importlib

import pytest
from django.apps import apps

from victimsdb.web.public.models import DataChange

pytestmark = pytest.mark.django_db

migration = importlib.import_module(
    "victimsdb.web.public.migrations.0003_every_block_after_block_size"
)


def test_it_logs_a_change_to_every_block_where_blocks_were_logged() -> None:
    DataChange.objects.create(block=3)
    migration.log_every_block(apps, None)
    assert DataChange.objects.order_by("-id").first().block is None


def test_it_leaves_a_new_database_empty() -> None:
    DataChange.objects.all().delete()
    migration.log_every_block(apps, None)
    assert not DataChange.objects.exists()

"""Blocks of list counts became 5,000 persons instead of 10,000 (freshness.BLOCK).

The block numbers already logged meant other persons: one change that touches every
block makes every server process count every block again under the new size, rather
than trust a block's version logged under the old one (a process that kept counts,
as in a rolling restart, would otherwise keep a block's stale counts until that
block next changed).
"""

import uuid

from django.db import migrations


def log_every_block(apps, schema_editor):  # type: ignore[no-untyped-def]
    DataChange = apps.get_model("public", "DataChange")
    # A new database has logged no block under either size: it stays empty, as a
    # backup's restore requires.
    if DataChange.objects.exists():
        DataChange.objects.create(block=None, token=uuid.uuid4().hex)


class Migration(migrations.Migration):
    dependencies = [("public", "0002_data_change_block")]

    operations = [migrations.RunPython(log_every_block, migrations.RunPython.noop)]

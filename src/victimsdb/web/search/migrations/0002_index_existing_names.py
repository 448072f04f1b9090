"""Index the names that existed before the search index did."""

from typing import Any

from django.db import migrations

from victimsdb.core.names import name_keys


def index_names(apps: Any, schema_editor: Any) -> None:
    name_model = apps.get_model("records", "Name")
    key_model = apps.get_model("search", "NameKey")
    rows = [
        key_model(person_id=name.person_id, name_id=name.pk, key=key, prefix=key[:3])
        for name in name_model.objects.filter(deleted_at__isnull=True).iterator()
        for key in name_keys(name.text)
    ]
    key_model.objects.bulk_create(rows, batch_size=5000)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_name_keys"), ("records", "0001_initial")]
    operations = [migrations.RunPython(index_names, migrations.RunPython.noop)]

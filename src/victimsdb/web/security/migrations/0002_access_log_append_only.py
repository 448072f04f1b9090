"""The database itself refuses to change access-log entries, and on PostgreSQL to delete them.

On SQLite deletion is refused by the application only (model, queryset,
admin): Django empties SQLite tables with DELETE when tests reset the
database, which a trigger would forbid. PostgreSQL's TRUNCATE, used for that
there, fires no row trigger; the table's owner can still TRUNCATE, so a
deployment should run the application as a role that does not own the tables
(docs/threat-model.md).
"""

from typing import Any

from django.db import migrations

TABLE = "security_accesslog"

SQLITE = [
    f"""CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE ON {TABLE}
    BEGIN SELECT RAISE(ABORT, 'access-log entries are never changed'); END""",
]
SQLITE_UNDO = [f"DROP TRIGGER IF EXISTS {TABLE}_no_update"]

POSTGRESQL = [
    f"""CREATE FUNCTION {TABLE}_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'access-log entries are never changed or deleted'; END $$""",
    f"""CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION {TABLE}_refuse()""",
]
POSTGRESQL_UNDO = [
    f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}",
    f"DROP FUNCTION IF EXISTS {TABLE}_refuse()",
]


def run(statements: dict[str, list[str]]) -> Any:
    def apply(apps: Any, schema_editor: Any) -> None:
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("security", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_UNDO, "postgresql": POSTGRESQL_UNDO}),
        )
    ]

"""The backup commands end to end: SQLite -> PostgreSQL -> SQLite, nothing lost on the way.

Each instance is a real `victimsdb` process with its own data folder and
database. With DATABASE_URL pointing at PostgreSQL (`make test-postgres`), the
middle instance is a new PostgreSQL database on that server; otherwise all
three are SQLite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from victimsdb.core.backup import generate_identity
from victimsdb.core.crypto import generate_key

FIELD_KEY = generate_key()
SETUP = """
import io
from datetime import UTC, datetime
from django.conf import settings
from victimsdb.core.evidence import EvidenceStore
from victimsdb.web.records.models import Person
person = Person.objects.get(names__text="Gulzira Auelkhankyzy")
person.contact, person.location_detail = "SENTINEL +7 701", "SENTINEL Akyaz"
person.save()
photo = b"\\xff\\xd8\\xff\\xe0\\x00\\x10JFIF\\x00" + b"an ID scan" * 50 + b"\\xff\\xd9"
EvidenceStore(settings.EVIDENCE_ROOT).put(
    io.BytesIO(photo), "id.jpg", "image/jpeg", "volunteer", datetime.now(UTC), "office")
"""
INVENTORY = """
import json
from victimsdb.web.backups.inventory import inventory
from victimsdb.web.records.models import Person
person = Person.objects.get(names__text="Gulzira Auelkhankyzy")
print(json.dumps({**inventory(), "secrets": [person.contact, person.location_detail]}))
"""


class Instance:
    """One victimsdb installation: a data folder and a database."""

    def __init__(self, folder: Path, database_url: str | None) -> None:
        self.folder, self.database_url = folder, database_url
        folder.mkdir()

    def run(self, *args: str) -> str:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env |= {"VICTIMSDB_DATA_DIR": str(self.folder), "VICTIMSDB_FIELD_KEYS": FIELD_KEY}
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        command = [sys.executable, "-m", "victimsdb.cli", *args]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    def inventory(self) -> dict[str, Any]:
        return dict(json.loads(self.run("shell", "-c", INVENTORY).strip().splitlines()[-1]))


@pytest.fixture
def postgres_database() -> Iterator[str | None]:
    """A new, empty PostgreSQL database on the test server (None when testing on SQLite)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield None
        return
    import psycopg

    name = f"victimsdb_restore_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_sqlite_to_postgresql_and_back_loses_nothing(
    tmp_path: Path, postgres_database: str | None
) -> None:
    recipient = generate_identity(tmp_path / "identity.txt")
    identity = ["--identity", str(tmp_path / "identity.txt")]
    first = Instance(tmp_path / "first", None)
    first.run("migrate", "--noinput", "-v0")
    first.run("demo")
    first.run("shell", "-c", SETUP)
    expected = first.inventory()
    assert expected["secrets"] == ["SENTINEL +7 701", "SENTINEL Akyaz"]
    assert len(expected["files"]) >= 6  # the archived articles and the evidence with its log
    first.run("backup", str(tmp_path / "first.age"), "--recipient", recipient)

    middle = Instance(tmp_path / "middle", postgres_database)
    middle.run("migrate", "--noinput", "-v0")
    vendor = middle.run("shell", "-c", "from django.db import connection; print(connection.vendor)")
    assert vendor.strip().splitlines()[-1] == ("postgresql" if postgres_database else "sqlite")
    assert "every SHA-256 and row count verified" in middle.run(
        "restore", str(tmp_path / "first.age"), *identity
    )
    assert middle.inventory() == expected
    middle.run("backup", str(tmp_path / "middle.age"), "--recipient", recipient)

    last = Instance(tmp_path / "last", None)
    last.run("migrate", "--noinput", "-v0")
    last.run("restore", str(tmp_path / "middle.age"), *identity)
    assert last.inventory() == expected
    last.run("verify-evidence")

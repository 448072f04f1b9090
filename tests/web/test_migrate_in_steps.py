"""`migrate` of one app alone on a new database (as a deploy script or Django's own docs
may run first) succeeds, and the `migrate` that applies the rest builds what the
project's post_migrate receivers build: the search index and the role groups."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def victimsdb(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # A clean environment: nothing from the test run (its database) leaks in.
    environment = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    environment.update(
        VICTIMSDB_DATA_DIR=str(tmp_path), DATABASE_URL=f"sqlite:///{tmp_path / 'new.sqlite3'}"
    )
    command = [sys.executable, "-m", "victimsdb.cli", *args]
    return subprocess.run(command, env=environment, capture_output=True, text=True, timeout=300)


def test_migrating_one_app_first_on_a_new_database_succeeds(tmp_path: Path) -> None:
    for app in ("contenttypes", "auth"):
        result = victimsdb(tmp_path, "migrate", app)
        assert result.returncode == 0, result.stderr[-2000:]
    result = victimsdb(tmp_path, "migrate")
    assert result.returncode == 0, result.stderr[-2000:]
    database = sqlite3.connect(tmp_path / "new.sqlite3")
    try:
        assert database.execute("SELECT count(*) FROM search_indexstate").fetchone()[0] == 1
        assert database.execute("SELECT count(*) FROM auth_group").fetchone()[0] > 0
    finally:
        database.close()

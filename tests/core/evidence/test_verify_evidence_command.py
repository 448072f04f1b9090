"""The verify-evidence command: exit 0 when every hash matches, 1 with each mismatch."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from pathlib import Path

from victimsdb.core.evidence import EvidenceStore, StoredItem
from victimsdb.core.evidence.cli import main

Upload = Callable[..., StoredItem]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_it_says_everything_matches(store: EvidenceStore, upload: Upload, photo: bytes) -> None:
    upload(photo, "passport of Aigerim.jpg")
    code, output = run("--root", str(store.layout.root))
    assert code == 0
    assert output.splitlines()[0] == "every item matches its SHA-256"
    assert output.splitlines()[1].startswith("custody log: 2 events, last ")
    assert "Aigerim" not in output


def test_it_lists_every_mismatch_and_fails(
    store: EvidenceStore, upload: Upload, photo: bytes
) -> None:
    item = upload(photo)
    path = store.layout.original(item.sha256)
    os.chmod(path, 0o600)
    path.write_bytes(photo.replace(b"JFIF", b"JFIX"))
    code, output = run("--root", str(store.layout.root))
    assert code == 1
    assert output.startswith(f"MISMATCH {item.sha256}: the original was altered")
    assert "1 problem(s)" in output


def test_it_prints_json(store: EvidenceStore, upload: Upload, photo: bytes) -> None:
    upload(photo)
    code, output = run("--root", str(store.layout.root), "--json")
    record = json.loads(output)
    assert (code, record["ok"], record["mismatches"]) == (0, True, [])
    assert record["log"]["events"] == 2  # the collection, then this verification


def test_it_fails_without_a_store(tmp_path: Path) -> None:
    code, output = run("--root", f"{tmp_path}/nowhere")
    assert code == 2
    assert output.startswith("no evidence store at ")

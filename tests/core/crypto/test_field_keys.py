"""Field keys come from the environment or a key file, never the database."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from victimsdb.core.crypto import (
    KEY_FILE_VARIABLE,
    KEYS_VARIABLE,
    KeyringError,
    generate_key,
    load_keyring,
    parse_keys,
)
from victimsdb.core.crypto.cli import main as new_field_key

FIRST, SECOND = generate_key(), generate_key()


def test_keys_from_the_environment_put_the_first_one_first(tmp_path: Path) -> None:
    keyring = load_keyring({KEYS_VARIABLE: f"{FIRST}, {SECOND}"}, tmp_path / "unused", True)
    assert keyring.ids == parse_keys([FIRST, SECOND]).ids
    assert keyring.primary.key_id == parse_keys([FIRST]).primary.key_id
    assert not (tmp_path / "unused").exists()


def test_keys_from_a_file_skip_comments(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text(f"# rotated 2026-01\n{SECOND}\n\n{FIRST}\n", encoding="utf-8")
    path.chmod(0o600)
    keyring = load_keyring({KEY_FILE_VARIABLE: str(path)}, tmp_path / "unused", True)
    assert keyring.ids == parse_keys([SECOND, FIRST]).ids


def test_a_key_file_other_users_can_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text(FIRST, encoding="utf-8")
    path.chmod(0o644)
    with pytest.raises(KeyringError, match="chmod 600"):
        load_keyring({KEY_FILE_VARIABLE: str(path)}, tmp_path / "unused", False)


def test_production_without_keys_refuses_to_start(tmp_path: Path) -> None:
    with pytest.raises(KeyringError, match="no field key in production"):
        load_keyring({}, tmp_path / "field-keys", production=True)
    assert not (tmp_path / "field-keys").exists()


def test_development_generates_a_private_key_file_once(tmp_path: Path) -> None:
    path = tmp_path / "data" / "field-keys"
    first = load_keyring({}, path, production=False)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_keyring({}, path, production=False).ids == first.ids
    assert list(path.parent.iterdir()) == [path]


def test_a_malformed_key_is_refused_without_echoing_it(tmp_path: Path) -> None:
    with pytest.raises(KeyringError) as raised:
        load_keyring({KEYS_VARIABLE: f"{FIRST},not-a-key-s3cr3t"}, tmp_path / "unused", False)
    assert "number 2" in str(raised.value) and "s3cr3t" not in str(raised.value)


def test_both_sources_at_once_are_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyringError, match="not both"):
        load_keyring({KEYS_VARIABLE: FIRST, KEY_FILE_VARIABLE: "/x"}, tmp_path / "unused", False)


def test_the_same_key_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyringError, match="twice"):
        load_keyring({KEYS_VARIABLE: f"{FIRST},{FIRST}"}, tmp_path / "unused", False)


def test_new_field_key_prints_a_usable_key(capsys: pytest.CaptureFixture[str]) -> None:
    assert new_field_key([]) == 0
    printed = capsys.readouterr()
    key = printed.out.strip()
    assert parse_keys([key]).primary.key_id in printed.err

"""`victimsdb check --deploy` is clean with production settings, which refuse unsafe setups."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

PRODUCTION = {
    "VICTIMSDB_ENV": "production",
    "ALLOWED_HOSTS": "victims.example.org",
    # Production refuses to start without a field key (victimsdb.web.vault).
    "VICTIMSDB_FIELD_KEYS": "N2Q1ZmUzYjM4NTk0NDEzYWI5OGUxNWM3ZTYwZDNmYmE=",
}


def victimsdb(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # A clean environment: nothing from the test run (database, async flags) leaks in.
    environment = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    environment.update(VICTIMSDB_DATA_DIR=str(tmp_path), **env)
    command = [sys.executable, "-m", "victimsdb.cli", *args]
    return subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120)


def test_check_deploy_is_clean_in_production(tmp_path: Path) -> None:
    key = secrets.token_urlsafe(50)
    result = victimsdb(
        tmp_path, "check", "--deploy", "--fail-level", "DEBUG", **PRODUCTION, SECRET_KEY=key
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_the_secret_key_can_come_from_a_file(tmp_path: Path) -> None:
    key_file = tmp_path / "secret"
    key_file.write_text(secrets.token_urlsafe(50))
    result = victimsdb(
        tmp_path, "check", "--deploy", "--fail-level", "DEBUG", **PRODUCTION,
        SECRET_KEY_FILE=str(key_file),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    result = victimsdb(tmp_path, "check", **PRODUCTION)
    assert result.returncode != 0
    assert "production needs SECRET_KEY" in result.stderr


def test_production_refuses_debug(tmp_path: Path) -> None:
    key = secrets.token_urlsafe(50)
    result = victimsdb(tmp_path, "check", **PRODUCTION, SECRET_KEY=key, DEBUG="true")
    assert result.returncode != 0
    assert "DEBUG must be false in production" in result.stderr


def test_production_refuses_to_start_without_host_names(tmp_path: Path) -> None:
    key = secrets.token_urlsafe(50)
    result = victimsdb(tmp_path, "check", VICTIMSDB_ENV="production", SECRET_KEY=key)
    assert result.returncode != 0
    assert "production needs ALLOWED_HOSTS" in result.stderr


def test_the_development_defaults_warn_in_check_deploy(tmp_path: Path) -> None:
    result = victimsdb(tmp_path, "check", "--deploy")
    assert "security.W004" in result.stderr + result.stdout  # no HSTS outside production


def test_otp_code_is_refused_in_production(tmp_path: Path) -> None:
    key = secrets.token_urlsafe(50)
    result = victimsdb(tmp_path, "otp-code", "curator", **PRODUCTION, SECRET_KEY=key)
    assert result.returncode != 0
    assert "refused in production" in result.stderr


def test_production_refuses_to_start_without_a_field_key(tmp_path: Path) -> None:
    key = secrets.token_urlsafe(50)
    settings = {name: value for name, value in PRODUCTION.items() if "FIELD" not in name}
    result = victimsdb(tmp_path, "check", **settings, SECRET_KEY=key)
    assert result.returncode != 0
    assert "no field key in production" in result.stderr

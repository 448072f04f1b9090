"""The names command: `names key NAME` and `names compare A B [--json]`."""

from __future__ import annotations

import io
import json

import pytest

from victimsdb.core.names.cli import main


def run(*argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), out=out) == 0
    return out.getvalue()


def test_it_prints_the_keys_of_a_name() -> None:
    assert run("key", "Ersin Erkinuly") == "arkn arsn\n"


def test_it_prints_the_keys_as_json() -> None:
    record = json.loads(run("key", "古丽孜热", "--json"))
    assert record == {"name": "古丽孜热", "script": "Hani", "latin": "Gulizire", "keys": ["krzr"]}


def test_it_prints_the_score_and_verdict() -> None:
    lines = run("compare", "Yilisen Aierken", "Ersin Erkinuly").splitlines()
    assert lines[0] == "0.91 same"
    assert "Chinese transcription" in lines[1]


def test_it_prints_different_for_brothers() -> None:
    assert run("compare", "Nurmambet Osmon", "Almambet Osmon").startswith("0.69 different")


def test_it_prints_the_comparison_as_json() -> None:
    record = json.loads(run("compare", "Сайрагүл Сауытбай", "Sayragul Sauytbay", "--json"))
    assert set(record) == {"score", "same", "keys", "explanation"}
    assert record["same"] is True
    assert record["score"] == 1.0
    assert record["keys"] == [["srkr", "stp"], ["srkr", "stp"]]


def test_it_takes_a_threshold() -> None:
    record = json.loads(
        run("compare", "Nurmambet Osmon", "Almambet Osmon", "--json", "--threshold", "0.5")
    )
    assert record["same"] is True


def test_it_rejects_an_unknown_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["spell", "Ersin"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err

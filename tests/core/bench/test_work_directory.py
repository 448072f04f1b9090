"""A benchmark run's files are removed after it, unless it is asked to keep them."""

from __future__ import annotations

import pytest

from victimsdb.bench.workdir import work_directory


def test_it_removes_the_runs_files_when_the_run_ends() -> None:
    with work_directory("victimsdb-test-") as work:
        (work / "bench.sqlite3").write_bytes(b"x" * 10)
    assert not work.exists()


def test_it_removes_them_when_the_run_fails_too() -> None:
    with pytest.raises(RuntimeError), work_directory("victimsdb-test-") as work:
        (work / "persons.csv").write_text("x")
        raise RuntimeError("the run failed")
    assert not work.exists()


def test_it_keeps_them_when_asked_and_says_where(capsys: pytest.CaptureFixture[str]) -> None:
    with work_directory("victimsdb-test-", keep=True) as work:
        (work / "bench.sqlite3").write_bytes(b"x")
    try:
        assert (work / "bench.sqlite3").exists()
        assert str(work) in capsys.readouterr().err
    finally:
        (work / "bench.sqlite3").unlink()
        work.rmdir()

"""`synth --persons N [--seed S] [--rows-per-person K] --out DIR` writes the dataset."""

from __future__ import annotations

from pathlib import Path

import pytest

from victimsdb.core.synth.cli import main


def test_it_writes_persons_truth_queries_and_relations(tmp_path: Path) -> None:
    out = tmp_path / "data"
    assert (
        main(["--persons", "50", "--seed", "3", "--rows-per-person", "2", "--out", str(out)]) == 0
    )
    assert sorted(path.name for path in out.iterdir()) == [
        "persons.csv",
        "queries.tsv",
        "relations.tsv",
        "truth.tsv",
    ]
    assert len((out / "persons.csv").read_text(encoding="utf-8").splitlines()) == 101
    assert len((out / "truth.tsv").read_text(encoding="utf-8").splitlines()) == 101


def test_the_same_seed_writes_the_same_files(tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert main(["--persons", "80", "--seed", "9", "--out", str(tmp_path / name)]) == 0
    for file in ("persons.csv", "truth.tsv", "queries.tsv", "relations.tsv"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()


def test_it_reports_what_it_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--persons", "10", "--out", str(tmp_path)])
    assert "wrote 30 rows about 10 persons" in capsys.readouterr().err


@pytest.mark.parametrize("count", ["0", "-5", "many"])
def test_it_rejects_a_count_that_is_not_positive(count: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--persons", count, "--out", str(tmp_path)])
    assert exit_.value.code == 2


def test_it_requires_an_output_directory() -> None:
    with pytest.raises(SystemExit):
        main(["--persons", "5"])

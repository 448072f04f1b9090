"""Precision, recall and F1 of compare on the dev set and the bundled larger set."""

from __future__ import annotations

from pathlib import Path

import pytest

from victimsdb.core.names.evaluate import (
    BUNDLED_PAIRS,
    LabelledPair,
    evaluate,
    main,
    read_pairs,
    report,
)

REPO = Path(__file__).resolve().parents[3]
DEV_PAIRS = REPO.parent / "shared" / "eval" / "name_variants_dev.tsv"
TARGET_F1 = 0.97


def test_it_reaches_the_target_f1_on_the_dev_set() -> None:
    if not DEV_PAIRS.exists():
        pytest.skip(f"no dev set at {DEV_PAIRS}")
    scores = evaluate(read_pairs(DEV_PAIRS))
    assert scores.f1 >= TARGET_F1, report(scores, with_errors=True)


def test_it_reaches_the_target_f1_on_the_bundled_pairs() -> None:
    scores = evaluate(read_pairs(BUNDLED_PAIRS))
    assert scores.pairs >= 300
    assert scores.f1 >= TARGET_F1, report(scores, with_errors=True)


def test_the_bundled_pairs_hold_both_same_and_different_people() -> None:
    pairs = read_pairs(BUNDLED_PAIRS)
    assert sum(p.same for p in pairs) >= 100
    assert sum(not p.same for p in pairs) >= 100


def test_the_bundled_pairs_document_the_source_of_every_group() -> None:
    groups = [
        line
        for line in BUNDLED_PAIRS.read_text(encoding="utf-8").splitlines()
        if line.startswith("# ") and line[2:4].rstrip(".").isalpha() and line[3] == "."
    ]
    assert len(groups) >= 5


def test_it_counts_right_and_wrong_verdicts() -> None:
    pairs = [
        LabelledPair("Ersin Erkinuly", "Yilisen Aierken", True),
        LabelledPair("Adil Junus", "Askar Junus", False),
        LabelledPair("Nurmambet Osmon", "Almambet Osmon", True),
    ]
    scores = evaluate(pairs)
    assert (scores.true_positives, scores.true_negatives, scores.false_negatives) == (1, 1, 1)
    assert (scores.precision, scores.recall) == (1.0, 0.5)
    assert "missed: Nurmambet Osmon | Almambet Osmon" in report(scores, with_errors=True)


def test_it_reads_a_tsv_with_comments(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("# a comment\nA\tB\t1\tnote\n\nC\tD\t0\n", encoding="utf-8")
    assert read_pairs(path) == [LabelledPair("A", "B", True, "note"), LabelledPair("C", "D", False)]


def test_it_rejects_a_line_without_a_label(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("A\tB\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected name_a"):
        read_pairs(path)


def test_it_prints_the_scores_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("Adil Junus\tAskar Junus\t0\n", encoding="utf-8")
    assert main([str(path)]) == 0
    assert "precision 1.000  recall 1.000" in capsys.readouterr().out

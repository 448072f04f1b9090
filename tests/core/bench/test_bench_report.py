"""docs/benchmarks.md: a run replaces the sections it measures where they stand and
keeps the others, each saying when, at which commit and where it was measured."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from victimsdb.bench.report import Report, provenance

OLD_FILE = """# Benchmarks

- machine: an old machine
- date: 2026-12-01 02:06 UTC

Notes of the old run.

## Name matching

| measure | value | target |
|---|---|---|
| bundled larger set | 470 pairs: F1 0.986 | F1 ≥ 0.97 |

## Name search: 1,000,000 persons on sqlite

| measure | value | target |
|---|---|---|
| exact name query | 57 / 271 / 521 ms | p95 ≤ 50 ms |
"""
NOW = "Measured 2026-12-02 10:00 UTC at abc1234 on a new machine."


def written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "benchmarks.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_measured_section_replaces_the_old_one_where_it_stands(tmp_path: Path) -> None:
    report = Report.kept_from(written(tmp_path, OLD_FILE), ["# Benchmarks", ""])
    report.put("Name matching", [("bundled larger set", "490 pairs: F1 0.979", "")], NOW)
    text = report.text()
    assert "490 pairs" in text and "470 pairs" not in text
    assert text.index("## Name matching") < text.index("## Name search: 1,000,000")
    assert text.count("## Name matching") == 1


def test_a_section_not_measured_is_kept_with_the_date_of_its_run(tmp_path: Path) -> None:
    report = Report.kept_from(written(tmp_path, OLD_FILE), ["# Benchmarks", ""])
    report.put("Name matching", [("bundled larger set", "490 pairs: F1 0.979", "")], NOW)
    kept = report.text().split("## Name search: 1,000,000 persons on sqlite")[1]
    assert "Measured by an earlier run (started 2026-12-01 02:06 UTC on an old machine)." in kept
    assert "57 / 271 / 521 ms" in kept


def test_a_kept_section_keeps_its_own_provenance_run_after_run(tmp_path: Path) -> None:
    first = Report.kept_from(written(tmp_path, OLD_FILE), ["# Benchmarks", ""])
    first.put("Name matching", [("pairs", "490", "")], NOW)
    second = Report.kept_from(written(tmp_path, first.text()), ["# Benchmarks", ""])
    later = "Measured 2026-12-03 10:00 UTC at def5678 on a new machine."
    second.put("Name search: 1,000,000 persons on sqlite", [("exact", "40 ms", "")], later)
    text = second.text()
    matching = text.split("## Name matching")[1].split("## ")[0]
    assert NOW in matching and later not in matching
    assert text.count("Measured ") == 2


def test_a_new_section_goes_at_the_end_and_the_opening_is_the_new_one(tmp_path: Path) -> None:
    report = Report.kept_from(written(tmp_path, OLD_FILE), ["# Benchmarks", "", "new notes", ""])
    report.put("Name search: 100,000 persons on sqlite", [("exact", "30 ms", "")], NOW)
    text = report.text()
    assert text.startswith("# Benchmarks\n\nnew notes\n")
    assert "Notes of the old run." not in text
    assert text.rstrip().endswith("| exact | 30 ms |  |")


def test_without_a_file_the_report_holds_only_what_is_measured(tmp_path: Path) -> None:
    report = Report.kept_from(tmp_path / "missing.md", ["# Benchmarks", ""])
    report.put("Name matching", [("pairs", "490", "")], NOW)
    assert report.text().count("## ") == 1


def test_a_measured_section_names_its_commit_machine_and_cpu_check() -> None:
    line = provenance("a machine", datetime(2026, 12, 2, 10, 0, tzinfo=UTC), 61.4)
    assert line.startswith("Measured 2026-12-02 10:00 UTC at ")
    assert line.endswith(" on a machine; CPU check 61 ms.")


def test_a_section_opening_with_a_line_of_spaces_keeps_one_provenance(tmp_path: Path) -> None:
    text = "# Benchmarks\n\n- last run: 2026-12-02 10:00 UTC, on a machine\n\n## A\n  \n" + NOW
    report = Report.kept_from(written(tmp_path, text), ["# Benchmarks", ""])
    assert report.text().count("Measured ") == 1


def test_a_hand_written_section_of_a_new_file_names_the_files_last_run(tmp_path: Path) -> None:
    text = "# Benchmarks\n\n- last run: 2026-12-02 10:00 UTC, on a machine\n\n## A\n\n| x |"
    report = Report.kept_from(written(tmp_path, text), ["# Benchmarks", ""])
    assert "by an earlier run (the run of 2026-12-02 10:00 UTC, on a machine)" in report.text()

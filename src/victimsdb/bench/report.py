"""docs/benchmarks.md as sections that each say when, at which commit and on what
machine they were measured.

A run measures what it is asked to (`make bench SIZES=none` only the quick
sections; `DATABASES=sqlite` one database) and replaces those sections where they
stand; the sections it did not measure are kept as they were, with their own
provenance, so that a partial run never leaves figures that no longer say where
they came from. A section kept from a file written before sections carried their
provenance is said to come from that file's run, by its date.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

Row = tuple[str, str, str]
MEASURED = "Measured "
HEADING = "## "


@dataclass
class Report:
    """The file's opening (title, machine, notes) and its sections, in order."""

    opening: list[str]
    sections: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def kept_from(cls, path: Path, opening: list[str]) -> Report:
        """A report with this opening and the sections the file at `path` holds (none
        if there is no file), each with its provenance."""
        report = cls(opening)
        if not path.exists():
            return report
        lines = path.read_text(encoding="utf-8").splitlines()
        earlier = _earlier_run(lines)
        bodies: dict[str, list[str]] = {}
        title: str | None = None
        for line in lines:
            if line.startswith(HEADING):
                title = line.removeprefix(HEADING)
                bodies[title] = []
            elif title is not None:
                bodies[title].append(line)
        for title, body in bodies.items():
            body = _trimmed(body)
            if not body[0].startswith(MEASURED):
                body = [f"{MEASURED}by an earlier run ({earlier}).", "", *body]
            report.sections[title] = [f"{HEADING}{title}", "", *body, ""]
        return report

    def put(self, title: str, rows: list[Row], provenance: str) -> None:
        """Measured now: replaces the section of that title where it stands, or adds it
        at the end."""
        lines = [f"{HEADING}{title}", "", provenance, ""]
        lines += ["| measure | value | target |", "|---|---|---|"]
        lines += [f"| {measure} | {value} | {target} |" for measure, value, target in rows]
        self.sections[title] = [*lines, ""]

    def text(self) -> str:
        lines = list(self.opening)
        for section in self.sections.values():
            lines += section
        return "\n".join(lines)


def provenance(machine: str, started: datetime, cpu_check_ms: float) -> str:
    """The line that opens a section measured by this run, with the CPU check taken at
    its start (`timing.cpu_check_ms`), which tells a slow machine from slower code."""
    return (
        f"{MEASURED}{started:%Y-%m-%d %H:%M} UTC at {commit()} on {machine}; "
        f"CPU check {cpu_check_ms:.0f} ms."
    )


def commit(report: str = "docs/benchmarks.md") -> str:
    """The checked-out commit, marked when tracked files other than the report itself
    have changes (a second run before the first's report is committed measures the
    same code); "unknown" outside a git checkout."""
    try:
        head = _git("rev-parse", "--short", "HEAD")
        changed = _git("status", "--porcelain", "--untracked-files=no", "--", ".", f":!{report}")
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"
    return f"{head} with uncommitted changes" if changed else head


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def _earlier_run(lines: list[str]) -> str:
    """What the opening of a file written before sections had their provenance says
    of the run that wrote it: its date and machine."""
    said = {
        key: line.split(": ", 1)[1]
        for line in lines
        for key in ("date", "machine", "last run")
        if line.startswith(f"- {key}: ")
    }
    if "last run" in said:  # this module's own opening: the date and machine in one
        return f"the run of {said['last run']}"
    date = f"started {said['date']}" if "date" in said else "date unknown"
    return f"{date} on {said['machine']}" if "machine" in said else date


def _trimmed(lines: list[str]) -> list[str]:
    """The lines without blank ones (or ones of spaces) at either end; one blank line if
    nothing else."""
    kept = list(lines)
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept or [""]


def now() -> datetime:
    return datetime.now(UTC)

"""The custody log is append-only and hash-chained: edits are detectable."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from victimsdb.core.evidence import CustodyLog, Event
from victimsdb.core.evidence.custody import GENESIS

SHA = "a" * 64


def test_the_log_chains_every_event(tmp_path: Path) -> None:
    log = CustodyLog(tmp_path / "custody.log", clock=lambda: datetime(2020, 1, 1, tzinfo=UTC))
    log.append(Event.COLLECTED, SHA, "volunteer-7", {"how": "intake form"})
    log.append(Event.VIEWED, SHA, "curator-2")
    events = list(log.events(SHA))
    assert [(e.seq, e.event, e.by) for e in events] == [
        (1, Event.COLLECTED, "volunteer-7"),
        (2, Event.VIEWED, "curator-2"),
    ]
    assert events[0].at == datetime(2020, 1, 1, tzinfo=UTC)
    assert log.check() == []
    assert log.head()[0] == 2 and log.head()[1] != GENESIS


def test_removing_a_line_breaks_the_chain(tmp_path: Path) -> None:
    log = CustodyLog(tmp_path / "custody.log")
    for by in ("a", "b", "c"):
        log.append(Event.VIEWED, SHA, by)
    lines = log.path.read_text(encoding="utf-8").splitlines(keepends=True)
    log.path.write_text(lines[0] + lines[2], encoding="utf-8")
    assert log.check() == [
        "custody log line 2: does not follow the line before it (altered, removed or reordered)"
    ]


def test_an_empty_log_has_a_genesis_head(tmp_path: Path) -> None:
    assert CustodyLog(tmp_path / "custody.log").head() == (0, GENESIS)


def test_concurrent_appends_keep_the_chain(tmp_path: Path) -> None:
    log = CustodyLog(tmp_path / "custody.log")

    def append_many(by: str) -> None:
        for _ in range(25):
            CustodyLog(log.path).append(Event.VIEWED, SHA, by)

    threads = [threading.Thread(target=append_many, args=(f"curator-{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert log.check() == []
    assert log.head()[0] == 100

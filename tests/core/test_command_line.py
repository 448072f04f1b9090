"""The `victimsdb` command as a shell runs it."""

from __future__ import annotations

import os
import subprocess
import sys


def test_it_ends_quietly_when_its_reader_has_gone() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `| head -1` does once it has its line
    try:
        done = subprocess.run(
            [sys.executable, "-m", "victimsdb.cli", "names", "compare", "马强", "Ma Qiang"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 141

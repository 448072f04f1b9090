"""Where one benchmark run keeps its files: a fresh temporary directory, removed after.

A search run at a million entries leaves about 3 GB (the generated CSV, the SQLite
database and its write-ahead log); runs one after another must not fill the disk.
`--keep` leaves the directory and says where, for profiling the same database again.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def work_directory(prefix: str, *, keep: bool = False) -> Iterator[Path]:
    """A new directory for one run, deleted when the run ends (however it ends) unless
    `keep`, in which case its path is printed on stderr."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        if keep:
            print(f"kept the benchmark's files in {path}", file=sys.stderr)
        else:
            shutil.rmtree(path, ignore_errors=True)

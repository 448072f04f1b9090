"""File roots (media, evidence) on disk: listing their files, restoring them by staging.

A restore writes every file into a staging folder beside its root, and only
when the whole backup has been verified swaps the staging folders into place
(one rename each, undone if a later one fails). A failed restore leaves the
roots as they were.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from victimsdb.core.backup.archive import check_path
from victimsdb.core.backup.errors import BackupError

_CHUNK = 1 << 20


def files_under(root: Path, skip: frozenset[str] = frozenset()) -> Iterator[tuple[str, Path]]:
    """Every regular file below ``root`` as (relative POSIX path, path), sorted.

    Top-level folders named in ``skip`` (transient uploads) and symbolic
    links are left out.
    """
    if not root.is_dir():
        return
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not (here == root and d in skip))
        for name in sorted(files):
            path = here / name
            if path.is_file() and not path.is_symlink():
                yield path.relative_to(root).as_posix(), path


def has_files(root: Path) -> bool:
    """Whether any regular file is below ``root`` (empty folders do not count)."""
    return next(files_under(root), None) is not None


class Staging:
    """Files restored beside their final root until :meth:`swap_in`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=f".{root.name}.restoring-", dir=root.parent))

    def write(self, relative: str, stream: object, mode: int) -> None:
        """Write one file (its content read from ``stream``) with ``mode`` (made owner-only)."""
        target = self.folder / check_path(relative)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            while chunk := stream.read(_CHUNK):  # type: ignore[attr-defined]
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(target, mode & 0o700)

    def discard(self) -> None:
        """Remove everything staged."""
        shutil.rmtree(self.folder, ignore_errors=True)


def swap_in(stagings: list[Staging]) -> None:
    """Put every staged root in place of its root, which must hold no file; all or none."""
    for staging in stagings:
        if has_files(staging.root):
            raise BackupError(f"{staging.root} is not empty")
    done: list[tuple[Staging, Path | None]] = []
    try:
        for staging in stagings:
            done.append((staging, _set_aside(staging.root)))
            os.rename(staging.folder, staging.root)
    except OSError as error:
        _undo(done)
        raise BackupError(f"could not put the restored files in place: {error.strerror}") from error
    for _, aside in done:
        if aside is not None:
            shutil.rmtree(aside, ignore_errors=True)


def swap_out(stagings: list[Staging]) -> None:
    """Take swapped-in roots back out (to be discarded), leaving the roots as before."""
    _undo([(staging, None) for staging in stagings])


def _undo(done: list[tuple[Staging, Path | None]]) -> None:
    for staging, aside in reversed(done):
        if not staging.folder.exists() and staging.root.exists():
            os.rename(staging.root, staging.folder)
        if aside is not None:
            os.rename(aside, staging.root)


def _set_aside(root: Path) -> Path | None:
    """Move an existing, file-less root out of the way (kept until the swap succeeds)."""
    if not root.exists():
        return None
    aside = Path(tempfile.mkdtemp(prefix=f".{root.name}.replaced-", dir=root.parent))
    aside.rmdir()
    os.rename(root, aside)
    return aside

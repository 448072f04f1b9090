"""Streaming age encryption: write plaintext into a pipe, ciphertext goes to the file.

pyrage's ``encrypt_io``/``decrypt_io`` pull from a reader and push to a
writer, so a thread runs them on one end of an OS pipe while the caller
writes (or reads) the other end: nothing is held whole in memory, and no
plaintext touches the disk. age authenticates every 64 KiB chunk and marks
the last one, so truncation and tampering are detected; because the last
chunk is only checked at the end, a reader must call :meth:`Decrypted.finish`
(which drains the stream) before trusting anything it read.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from victimsdb.core.backup.errors import BackupError

_CHUNK = 1 << 16


class _Pump:
    """Runs one pyrage call in a thread and keeps its exception."""

    def __init__(self, target: Any, *args: Any) -> None:
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(target, *args), daemon=True)
        self._thread.start()

    def _run(self, target: Any, *args: Any) -> None:
        try:
            target(*args)
        except BaseException as error:  # noqa: BLE001  (re-raised in the caller's thread)
            self.error = error

    def join(self) -> BaseException | None:
        self._thread.join()
        return self.error


@contextlib.contextmanager
def encrypting(path: Path, recipients: list[Any]) -> Iterator[BinaryIO]:
    """Yield a stream whose bytes are encrypted into ``path`` (created 0600, never replaced).

    The file appears under its name only when everything was written; on any
    error the partial file is removed and nothing is left.
    """
    partial = path.with_name(f".{path.name}.partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise BackupError(f"{partial} exists: another backup is running, or remove it") from None
    with contextlib.ExitStack() as cleanup:  # undone last to first
        cleanup.callback(partial.unlink, missing_ok=True)
        out = cleanup.enter_context(open(descriptor, "wb"))
        read_end, write_end = os.pipe()
        pump = _Pump(_encrypt, read_end, out, recipients)
        cleanup.callback(pump.join)
        sink = cleanup.enter_context(open(write_end, "wb"))
        yield sink
        sink.close()
        error = pump.join()
        if error is not None:
            raise BackupError("encrypting the backup failed") from error
        out.flush()
        os.fsync(out.fileno())
        out.close()
        _place(partial, path)


def _encrypt(read_end: int, out: BinaryIO, recipients: list[Any]) -> None:
    # Closing the source when done gives a writer still writing a broken pipe, not a hang.
    with open(read_end, "rb") as source:
        pyrage.encrypt_io(source, out, recipients)


def _place(partial: Path, path: Path) -> None:
    try:
        os.link(partial, path)
    except FileExistsError:
        raise BackupError(f"{path} exists: choose another file name") from None


class Decrypted:
    """The plaintext of a backup file as a stream, decrypted while it is read."""

    def __init__(self, stream: BinaryIO, pump: _Pump) -> None:
        self.stream = stream
        self._pump = pump

    def finish(self) -> None:
        """Read to the end and check the whole file decrypted; raise :class:`BackupError` if not."""
        while self.stream.read(_CHUNK):
            pass
        error = self._pump.join()
        if error is not None:
            raise BackupError(_describe(error)) from error


_DECRYPT_FAILED = (
    "the backup file cannot be decrypted: it is truncated, altered, or not a backup"
    " encrypted to this identity"
)


@contextlib.contextmanager
def decrypting(path: Path, identities: list[Any]) -> Iterator[Decrypted]:
    """Yield the decrypted plaintext of ``path``; a decryption failure wins over later errors."""
    with contextlib.ExitStack() as cleanup:  # undone last to first
        try:
            encrypted = cleanup.enter_context(open(path, "rb"))
        except OSError as error:
            raise BackupError(f"cannot read {path}: {error.strerror}") from None
        read_end, write_end = os.pipe()
        pump = _Pump(_decrypt, encrypted, write_end, identities)
        cleanup.callback(pump.join)
        stream = cleanup.enter_context(open(read_end, "rb"))
        try:
            yield Decrypted(stream, pump)
        except BaseException as failure:
            stream.close()
            problem = pump.join()
            if problem is not None and not isinstance(problem, BrokenPipeError):
                raise BackupError(_describe(problem)) from failure
            raise


def _decrypt(encrypted: BinaryIO, write_end: int, identities: list[Any]) -> None:
    # Closing the sink when done (or failed) lets the reader see the end of the stream.
    with contextlib.suppress(BrokenPipeError), open(write_end, "wb") as sink:
        pyrage.decrypt_io(encrypted, sink, identities)


def _describe(error: BaseException) -> str:
    if isinstance(error, pyrage.DecryptError) and "No matching keys" in str(error):
        return "the backup was not encrypted to this identity (wrong --identity?)"
    return _DECRYPT_FAILED

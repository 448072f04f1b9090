"""Backup problems, each with a message that says what to do and quotes no data."""

from __future__ import annotations


class BackupError(Exception):
    """A backup could not be written, or a backup file cannot be restored; nothing was written."""

"""Backups of the whole instance: ``victimsdb backup FILE`` and ``victimsdb restore FILE``."""

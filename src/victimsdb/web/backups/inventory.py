"""What an instance holds, to compare two instances: rows per table, SHA-256 per file."""

from __future__ import annotations

from typing import Any

from victimsdb.core.backup import files_under
from victimsdb.core.evidence.verify import sha256_of_file
from victimsdb.web.backups.database import counts
from victimsdb.web.backups.roots import file_roots


def inventory(using: str = "default") -> dict[str, Any]:
    """``{"rows": {model label: count}, "files": {"root/relative path": sha256}}``."""
    files = {
        f"{root.name}/{relative}": sha256_of_file(path)
        for root in file_roots()
        for relative, path in files_under(root.path, root.skip)
    }
    return {"rows": counts(using), "files": files}

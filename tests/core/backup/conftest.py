"""Age key pairs for the backup tests, made on the spot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from victimsdb.core.backup import generate_identity, identities, recipients


@pytest.fixture
def key_pair(tmp_path: Path) -> tuple[list[Any], list[Any]]:
    """(recipients, identities) of a new age identity."""
    path = tmp_path / "identity.txt"
    public = generate_identity(path)
    return recipients([public], {}), identities(str(path), {})

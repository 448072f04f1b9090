"""What the public site keeps of its own: the version of the public data.

`DataVersion.token` is replaced by a new random token whenever something public
counts depend on changes (see `freshness`), so counts computed once can be
reused until then. A token, not a counter: a rolled-back change must not let
a later change reuse its number (and find counts cached for data that never was).
"""

from __future__ import annotations

from django.db import models


class DataVersion(models.Model):
    """One row: a token renewed on every change to persons, events, places, facilities."""

    token = models.CharField(max_length=32)

    def __str__(self) -> str:
        return f"public data version {self.token}"

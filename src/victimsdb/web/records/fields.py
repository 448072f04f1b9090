"""Model fields built from the core's vocabularies."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.db import models

from victimsdb.core.vocabulary import choices


def enum_field(enum: type[StrEnum], default: StrEnum | None = None, **kwargs: Any) -> Any:
    """A short CharField limited to the values of a core vocabulary."""
    if default is None:
        kwargs.setdefault("blank", True)
    return models.CharField(
        max_length=32, choices=choices(enum), default=default.value if default else "", **kwargs
    )

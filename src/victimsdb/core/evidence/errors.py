"""What can go wrong with evidence, each with a message safe to show and to log.

No message ever quotes an uploaded file's name or content: a file name such as
``passport_of_<testifier>.jpg`` can itself identify a testifier. Messages name
at most the file's extension and its detected type.
"""

from __future__ import annotations

from enum import StrEnum


class Rejection(StrEnum):
    """Why an upload was refused."""

    EMPTY = "empty"
    TOO_LARGE = "too_large"
    UNSUPPORTED_TYPE = "unsupported_type"
    MISLABELLED = "mislabelled"


class EvidenceRejected(ValueError):
    """An upload was refused; nothing was stored. ``reason`` says why, the message how."""

    def __init__(self, reason: Rejection, message: str) -> None:
        self.reason = reason
        super().__init__(f"{message} Nothing was stored.")


class CustodyError(ValueError):
    """Bad custody information (who, when, how), or an unknown or malformed SHA-256."""


class UnknownEvidence(LookupError):
    """No item with this SHA-256 is in the store."""


class PublishingUnsupported(ValueError):
    """No public copy can be made of this item; the original stays confidential."""


class PublishingFailed(ValueError):
    """The file could not be read or cleaned; no public copy was made."""

"""Receipt codes: what a reporter writes down to refer to their report later.

Twelve symbols of Crockford's base32 (no I, L, O or U, so nothing is misread),
in groups of four: ``7KQ4-M2XD-9PRT``: 60 random bits from the operating
system, unguessable with the status page's rate limit. Only the SHA-256 of a
receipt is stored, like a password-reset token: a leaked table does not let
anyone present someone else's receipt. Typing is forgiving: case, spaces,
dashes and the look-alikes O/0 and I/L/1 are normalised.
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 12
GROUP = 4
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_receipt() -> str:
    """A fresh receipt code, e.g. ``7KQ4-M2XD-9PRT``."""
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(symbols[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise_receipt(text: str) -> str | None:
    """The receipt's twelve symbols as typed by a person, or None if it cannot be one."""
    symbols = "".join(text.upper().split()).replace("-", "").translate(_LOOK_ALIKES)
    if len(symbols) != LENGTH or any(symbol not in ALPHABET for symbol in symbols):
        return None
    return symbols


def receipt_digest(text: str) -> str | None:
    """The SHA-256 under which a receipt is stored, or None if the text is no receipt."""
    symbols = normalise_receipt(text)
    return hashlib.sha256(symbols.encode("ascii")).hexdigest() if symbols else None

"""Where a request comes from, behind as many trusted reverse proxies as configured."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The client's IP address: REMOTE_ADDR, or behind N trusted proxies (TRUSTED_PROXIES=N)
    the Nth address from the right of X-Forwarded-For. Anything unparseable gives None.

    Only the proxies' own entries are trusted: addresses left of them are
    whatever the client chose to send.
    """
    proxies = getattr(settings, "TRUSTED_PROXIES", 0)
    candidate = request.META.get("REMOTE_ADDR", "")
    if proxies:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        candidate = forwarded[-proxies] if len(forwarded) >= proxies else ""
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None

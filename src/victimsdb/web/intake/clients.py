"""Which client sent a request, as the rate limiter counts it.

The address is the one `victimsdb.web.security.client.client_ip` sees (the
same as login throttling: REMOTE_ADDR, or behind TRUSTED_PROXIES reverse
proxies the address the outermost trusted proxy saw). An IPv6 client is
counted by its /64 network, which one household usually holds whole.
The address is only ever kept as an HMAC under the secret key: it can
identify a reporter.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.http import HttpRequest

from victimsdb.web.security.client import client_ip


def client_address(request: HttpRequest) -> str:
    """The client's address, seen through the trusted proxies ("" when unknown: all
    such clients share one allowance, which errs on the side of throttling)."""
    return client_ip(request) or ""


def client_key(request: HttpRequest) -> str:
    """A keyed hash of the client's address (or network, for IPv6)."""
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
        if parsed.version == 6:
            address = str(ipaddress.ip_network(f"{address}/64", strict=False))
    except ValueError:
        pass  # an unparsable address is still counted, as itself
    secret = settings.SECRET_KEY.encode("utf-8")
    return hmac.new(secret, address.encode("utf-8"), hashlib.sha256).hexdigest()

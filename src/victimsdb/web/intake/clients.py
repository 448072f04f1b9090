"""Which client sent a request, as the rate limiter counts it.

The address is REMOTE_ADDR, unless the site runs behind TRUSTED_PROXY_COUNT
reverse proxies: then it is the Nth address from the right of
X-Forwarded-For, the one the outermost trusted proxy saw (addresses further
left are whatever the client claimed and are ignored). An IPv6 client is
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


def client_address(request: HttpRequest) -> str:
    """The client's address, seen through the trusted proxies."""
    trusted = settings.TRUSTED_PROXY_COUNT
    if trusted > 0:
        header = request.META.get("HTTP_X_FORWARDED_FOR", "")
        forwarded = [part.strip() for part in header.split(",") if part.strip()]
        if len(forwarded) >= trusted:
            return forwarded[-trusted]
    return str(request.META.get("REMOTE_ADDR", ""))


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

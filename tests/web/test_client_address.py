"""The client address logged and throttled is REMOTE_ADDR, or the trusted proxies' entry."""

from typing import Any

from django.test import RequestFactory

from victimsdb.web.security.client import client_ip


def request(remote: str, forwarded: str = "") -> Any:
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


def test_without_proxies_it_is_the_connecting_address(settings: Any) -> None:
    settings.TRUSTED_PROXIES = 0
    assert client_ip(request("203.0.113.7", forwarded="1.2.3.4")) == "203.0.113.7"


def test_behind_one_proxy_it_is_the_address_the_proxy_saw(settings: Any) -> None:
    settings.TRUSTED_PROXIES = 1
    spoofed = request("10.0.0.2", forwarded="1.2.3.4, 198.51.100.9")
    assert client_ip(spoofed) == "198.51.100.9"


def test_a_missing_or_garbled_header_gives_no_address(settings: Any) -> None:
    settings.TRUSTED_PROXIES = 2
    assert client_ip(request("10.0.0.2", forwarded="198.51.100.9")) is None
    assert client_ip(request("10.0.0.2", forwarded="x, <script>")) is None

"""Turn a field key problem into a plain 503 page, logged without any value.

A missing or wrong key must not become a 500 with a traceback (which could
carry values in a debug page); the message names the field and key id only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from victimsdb.core.crypto import FieldKeyError

log = logging.getLogger(__name__)

PAGE = (
    "Encrypted data cannot be read: the server's field keys are missing or wrong."
    " Nothing was changed. The administrators have been told."
)


class FieldKeyErrorMiddleware:
    """Answers 503 when encrypted fields cannot be decrypted."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, FieldKeyError):
            return None
        log.error("field keys: %s (%s %s)", exception, request.method, request.path)
        return HttpResponse(PAGE, status=503, content_type="text/plain; charset=utf-8")

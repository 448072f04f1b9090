"""A small database-backed rate limiter: so many requests per client per window.

Every counted request is a Hit row (bucket, keyed client hash, time); hits
older than the window are deleted as new ones arrive, so the table stays
small. Works the same on every process and server sharing the database,
without a cache service.
"""

from __future__ import annotations

import math
from datetime import timedelta

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from victimsdb.web.intake.clients import client_key
from victimsdb.web.intake.models import Hit

HOUR = 3600


def throttle(request: HttpRequest, bucket: str, limit: int, window: int = HOUR) -> int | None:
    """Count this request; return None when allowed, or the seconds to wait when not."""
    now = timezone.now()
    since = now - timedelta(seconds=window)
    client = client_key(request)
    with transaction.atomic():
        Hit.objects.filter(bucket=bucket, at__lt=since).delete()
        recent = Hit.objects.filter(bucket=bucket, client=client, at__gte=since)
        if recent.count() >= limit:
            oldest = recent.order_by("at").values_list("at", flat=True).first() or now
            return max(1, math.ceil((oldest - since).total_seconds()))
        Hit.objects.create(bucket=bucket, client=client, at=now)
    return None

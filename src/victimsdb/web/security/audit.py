"""The access log: every view or download of confidential data by staff.

Call `log_access(request, obj, fields, action)` wherever staff code shows or
hands over confidential data (a testifier's contact, staff notes, a testimony
transcript, an evidence original). Only field *names* are logged; passing
anything that is not a field of the object is refused, so a value can never
slip into the log.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest

from victimsdb.web.security.client import client_ip
from victimsdb.web.security.models import AccessLog


def log_access(
    request: HttpRequest, obj: Any, fields: Iterable[str], action: str = AccessLog.Action.VIEW
) -> AccessLog:
    """Record that request.user viewed (or downloaded, exported) these fields of obj.

    ValueError if obj is unsaved, the action unknown, a name not a field of
    obj's model, or nobody is signed in.
    """
    names = sorted(set(fields))
    known = {field.name for field in obj._meta.get_fields()}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"not fields of {obj._meta.label}: {', '.join(unknown)}")
    if obj.pk is None:
        raise ValueError("only stored records can be logged")
    if action not in AccessLog.Action.values:
        raise ValueError(f"unknown action {action!r}")
    user = request.user
    if user.pk is None:
        raise ValueError("only signed-in staff can be logged")
    return AccessLog.objects.create(
        user_id=user.pk,
        username=user.get_username(),
        action=action,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=str(obj.pk),
        fields=names,
        visibility=str(getattr(obj, "visibility", "")),
        ip_address=client_ip(request),
        path=request.path[:500],  # the path only: a query string may hold a searched name
    )

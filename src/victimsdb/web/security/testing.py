"""Helpers for tests: staff users of a role, signed in and past the second factor.

    from victimsdb.web.security.testing import make_staff, sign_in_verified
    client = sign_in_verified(Client(), make_staff("volunteer"))

tests/conftest.py wraps them as the `staff_user` and `staff_client` fixtures.
`admin_form_data(response)` is what a browser would post back from an admin page.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from victimsdb.web.security.roles import role as role_named

PASSWORD = "a-long-test-password"


def make_staff(role: str, username: str | None = None) -> Any:
    """A staff user in this role's group, with a confirmed TOTP device."""
    role_named(role)  # refuses unknown roles
    user = get_user_model().objects.create_user(
        username or f"test-{role}", password=PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=role))
    TOTPDevice.objects.create(user=user, name="test device", confirmed=True)
    return user


def sign_in_verified(client: Client, user: Any) -> Client:
    """Sign the client in as user, verified by the user's (possibly new) TOTP device."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test device", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def admin_form_data(response: Any) -> dict[str, Any]:
    """What a browser would post back from an admin change page: the form's values
    and its inline formsets' (none on history pages)."""
    form = response.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    for formset in response.context.get("inline_admin_formsets", []):
        management = formset.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for inline_form in formset.formset.forms:
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value is not None:
                    data[inline_form.add_prefix(name)] = value
    return data

"""Two-factor pages: enrol a TOTP device (QR code), verify a code after the password."""

from __future__ import annotations

import base64
import logging

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django_otp import login as otp_login
from django_otp.models import VerifyNotAllowed
from django_otp.plugins.otp_totp.models import TOTPDevice

from victimsdb.web.security.admin_site import is_verified
from victimsdb.web.security.forms import TokenForm
from victimsdb.web.security.qr import qr_svg

log = logging.getLogger(__name__)


def next_url(request: HttpRequest) -> str:
    """The page to return to: a same-site `next`, else the admin's index."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else reverse("admin:index")


def context(request: HttpRequest, **extra: object) -> dict[str, object]:
    from django.contrib import admin

    return {**admin.site.each_context(request), "next": next_url(request), **extra}


def signed_in(request: HttpRequest, device: TOTPDevice) -> HttpResponse:
    request.session.cycle_key()  # a new session id for the newly privileged session
    otp_login(request, device)
    log.info("staff user %s verified a second factor", request.user.pk)
    return HttpResponseRedirect(next_url(request))


def refused(device: TOTPDevice) -> str | None:
    """Why this device may not verify now (too many wrong codes), or None."""
    allowed, details = device.verify_is_allowed()
    if allowed:
        return None
    if details and details.get("reason") == VerifyNotAllowed.N_FAILED_ATTEMPTS:
        return (
            f"{details['failure_count']} wrong codes in a row: wait a little "
            "before the next try (the wait doubles with every wrong code)."
        )
    return "Codes cannot be checked right now; try again in a minute."


@never_cache
@sensitive_post_parameters("otp_token")
@sensitive_variables("device", "form")
@staff_member_required
def enrol(request: HttpRequest) -> HttpResponse:
    """Set up a first authenticator app: show its QR code and secret, confirm a code."""
    if TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
        # One device per person; a lost one is removed by an admin, then enrolled again.
        target = next_url(request) if is_verified(request) else reverse("security:verify")
        return HttpResponseRedirect(target)
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=request.user, name="authenticator app", confirmed=False
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        problem = refused(device)
        if problem is None and device.verify_token(form.cleaned_data["otp_token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            messages.success(request, "Two-factor sign-in is set up.")
            return signed_in(request, device)
        form.add_error("otp_token", problem or wrong_code())
    secret = base64.b32encode(device.bin_key).decode()
    page = context(
        request,
        form=form,
        qr=qr_svg(device.config_url),
        secret=" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        title="Set up two-factor sign-in",
    )
    return render(request, "security/enrol.html", page)


@never_cache
@sensitive_post_parameters("otp_token")
@sensitive_variables("device", "form")
@staff_member_required
def verify(request: HttpRequest) -> HttpResponse:
    """Ask the code from the staff user's authenticator app."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    if device is None:
        return HttpResponseRedirect(f"{reverse('security:enrol')}?{request.GET.urlencode()}")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        problem = refused(device)
        if problem is None and device.verify_token(form.cleaned_data["otp_token"]):
            return signed_in(request, device)
        form.add_error("otp_token", problem or wrong_code())
    return render(
        request, "security/verify.html", context(request, form=form, title="Enter your code")
    )


def wrong_code() -> str:
    return (
        "That code is not right. Enter the code your app shows now (codes change every 30 seconds)."
    )

"""The one form of two-factor sign-in: a code from the authenticator app."""

from __future__ import annotations

from django import forms
from django.core.validators import RegexValidator


class TokenForm(forms.Form):
    otp_token = forms.CharField(
        label="Code from your authenticator app",
        max_length=10,
        strip=True,
        validators=[RegexValidator(r"^[0-9 ]+$", "The code is 6 digits, numbers only.")],
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
                "size": 8,
            }
        ),
    )

    def clean_otp_token(self) -> str:
        return str(self.cleaned_data["otp_token"]).replace(" ", "")

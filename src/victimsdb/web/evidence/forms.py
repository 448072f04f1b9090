"""The evidence upload form: the file goes through the core's checks before anything is kept.

The file is stored in ``clean()`` once every other field is valid, so that a
refused file becomes an error on the form (nothing stored) and an accepted
one gives the record its SHA-256, type and size. If a later part of the same
page fails validation, the stored original stays in the store unlinked
(content-addressed: uploading it again reuses it); ``verify-evidence`` counts
such items.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from victimsdb.core.evidence import CustodyError, EvidenceRejected
from victimsdb.web.evidence.models import Evidence
from victimsdb.web.evidence.storage import keep_upload

CUSTODY = ("collected_by", "collected_at", "how")


class EvidenceForm(forms.ModelForm):  # type: ignore[type-arg]
    """Adds the file to a new Evidence record; existing records never change their file."""

    upload = forms.FileField(
        required=False,
        help_text=(
            "A photo, ID scan, PDF, audio or video. Its type is read from its content; the"
            " original is kept unchanged and confidential."
        ),
    )
    uploader: Any = None  # the staff user, set per request by the admin

    class Meta:
        model = Evidence
        fields = ["upload", "person", "testimony", "source", "description", *CUSTODY]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        stored = self.instance.pk is not None
        for name in ("upload", *CUSTODY):
            if name in self.fields and stored:
                self.fields[name].disabled = True  # fixed at collection, like the custody record
        for name in ("collected_by", "collected_at"):
            if name in self.fields and not stored:
                self.fields[name].required = False
                self.fields[name].help_text += " Blank: you, now."

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.instance.pk is None and not self.errors:
            self._keep(cleaned)
        return cleaned

    def _keep(self, cleaned: dict[str, Any]) -> None:
        upload = cleaned.get("upload")
        if not upload:
            self.add_error("upload", "Choose the file to keep as evidence.")
            return
        cleaned["collected_by"] = cleaned.get("collected_by") or self._uploader_name()
        cleaned["collected_at"] = cleaned.get("collected_at") or timezone.now()
        try:
            item = keep_upload(upload, **{name: cleaned[name] for name in CUSTODY})
        except EvidenceRejected as refusal:
            self.add_error("upload", str(refusal))
            return
        except CustodyError as problem:
            self.add_error(None, str(problem))
            return
        instance = self.instance
        instance.sha256, instance.size, instance.media_type = (
            item.sha256,
            item.size,
            item.media.mime,
        )
        instance.uploaded_by = self.uploader
        for name in CUSTODY:
            setattr(instance, name, cleaned[name])

    def _uploader_name(self) -> str:
        return self.uploader.get_username() if self.uploader is not None else ""


def form_for(form_class: type[Any], user: Any) -> type[EvidenceForm]:
    """The form class with the uploading user set (forms are built per request)."""
    return type(form_class.__name__, (form_class,), {"uploader": user})

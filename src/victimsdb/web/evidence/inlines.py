"""Evidence inline for the person and testimony pages (kept apart from admin.py: no cycle)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from victimsdb.web.evidence.forms import EvidenceForm, form_for
from victimsdb.web.evidence.models import Evidence


class EvidenceInline(admin.StackedInline):  # type: ignore[type-arg]
    """Upload evidence from a person's or testimony's page; open one to download it.

    Rows already kept are read-only here and cannot be deleted from here: their
    own page edits the description and curation, and deletes softly.
    """

    model = Evidence
    form = EvidenceForm
    extra = 0
    can_delete = False
    fields = ("upload", "description", "collected_by", "collected_at", "how", "visibility")
    readonly_fields = ("opened",)

    def get_formset(self, request: HttpRequest, obj: Any = None, **kwargs: Any) -> Any:
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = form_for(formset.form, request.user)
        return formset

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [*self.fields, "opened"]

    @admin.display(description="Stored original")
    def opened(self, evidence: Evidence) -> SafeString | str:
        if evidence.pk is None:
            return "—"
        url = reverse("admin:evidence_evidence_change", args=[evidence.pk])
        return format_html('<a href="{}">{}</a> ({} bytes)', url, evidence, evidence.size)


class PersonEvidenceInline(EvidenceInline):
    fk_name = "person"


class TestimonyEvidenceInline(EvidenceInline):
    fk_name = "testimony"

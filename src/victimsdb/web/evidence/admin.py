"""The evidence admin: upload through the core's checks, custody history, logged downloads.

Downloading an original needs ``evidence.download_original``; every download
is appended to the custody log with who and why before a byte is sent, and
is sent as an attachment (never rendered inside the staff site).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, path, reverse
from django.utils.safestring import SafeString
from django.views.decorators.http import require_POST

from victimsdb.core.evidence import UnknownEvidence
from victimsdb.web.evidence.custody import custody_html
from victimsdb.web.evidence.forms import CUSTODY, EvidenceForm, form_for
from victimsdb.web.evidence.models import Evidence
from victimsdb.web.evidence.storage import evidence_store
from victimsdb.web.records.admin import CURATION, SoftDeleteAdmin
from victimsdb.web.security.audit import log_access
from victimsdb.web.security.models import AccessLog

DOWNLOAD_PERMISSION = "evidence.download_original"
MAX_REASON = 300


@admin.register(Evidence)
class EvidenceAdmin(SoftDeleteAdmin):
    form = EvidenceForm
    list_display = ("__str__", "size", "person", "testimony", "source", "collected_at", *CURATION)
    list_filter = ("media_type", *CURATION)
    search_fields = ("=sha256",)
    autocomplete_fields = ("person", "testimony", "source")
    readonly_fields = ("sha256", "media_type", "size", "uploaded_by", "custody")

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        stored = ("sha256", "media_type", "size", "uploaded_by", "custody") if obj else ()
        return [
            (None, {"fields": ["upload", *stored] if not obj else list(stored)}),
            ("Attached to", {"fields": ["person", "testimony", "source", "description"]}),
            ("Chain of custody", {"fields": list(CUSTODY)}),
            ("Curation", {"fields": list(CURATION)}),
        ]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        fixed = CUSTODY if obj is not None else ()  # fixed at collection, like the custody record
        return (*super().get_readonly_fields(request, obj), *fixed)

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        return form_for(super().get_form(request, obj, change, **kwargs), request.user)

    @admin.display(description="Custody log")
    def custody(self, evidence: Evidence) -> SafeString:
        return custody_html(evidence.sha256)

    def get_urls(self) -> list[URLPattern]:
        download = self.admin_site.admin_view(require_POST(self.download))
        name = "evidence_evidence_download"
        return [path("<int:pk>/download/", download, name=name), *super().get_urls()]

    def render_change_form(
        self, request: HttpRequest, context: dict[str, Any], *args: Any, **kwargs: Any
    ) -> HttpResponse:
        context["may_download"] = request.user.has_perm(DOWNLOAD_PERMISSION)
        return super().render_change_form(request, context, *args, **kwargs)

    def download(self, request: HttpRequest, pk: int) -> HttpResponseBase:
        """Send the original as an attachment, after logging who downloaded it and why."""
        if not request.user.has_perm(DOWNLOAD_PERMISSION):
            raise PermissionDenied
        evidence = get_object_or_404(Evidence.all_objects, pk=pk)
        why = request.POST.get("why", "").strip()[:MAX_REASON] or "downloaded from the admin"
        store = evidence_store()
        try:
            name = store.record(evidence.sha256).original_name
            original = store.open(evidence.sha256, by=request.user.get_username(), why=why)
        except (UnknownEvidence, FileNotFoundError):
            messages.error(request, "The original is missing from the store: run verify-evidence.")
            return HttpResponseRedirect(reverse("admin:evidence_evidence_change", args=[pk]))
        # The custody log (above) says who and why; the access log says it with every other
        # look at confidential data.
        log_access(request, evidence, ["sha256"], AccessLog.Action.DOWNLOAD)
        response = FileResponse(
            original, as_attachment=True, filename=name, content_type="application/octet-stream"
        )
        response["Cache-Control"] = "no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response

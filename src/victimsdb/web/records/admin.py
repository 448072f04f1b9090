"""The curators' admin: persons with their names, events and claims inline, history visible.

Deletion from the admin is a soft delete (undo with the "restore" action);
every save records who and why through django-simple-history, and any
version can be reverted from the History page. Who sees and may change what
(confidential records and fields, publishing) and the logging of confidential
views come from victimsdb.web.security.admin_access.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from victimsdb.web.evidence.inlines import PersonEvidenceInline, TestimonyEvidenceInline
from victimsdb.web.records import models
from victimsdb.web.security.admin_access import StaffAccessAdmin, StaffAccessInline

CURATION = ("visibility", "disclosure", "verification", "publication")


class SoftDeleteAdmin(StaffAccessAdmin, SimpleHistoryAdmin):  # type: ignore[misc]
    """Lists deleted records too (filterable), deletes softly, restores on request.

    Confidential fields (the admin's `confidential_fields` and every encrypted
    field: contacts, precise locations) are shown only to staff cleared for
    confidential data, and each view is logged (victimsdb.web.security).
    """

    actions = ["soft_delete_selected", "restore_selected"]
    list_filter: ClassVar[tuple[str, ...]] = CURATION

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return self.visible_to(request, self.model.all_objects.all())

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        obj.soft_delete(reason=f"deleted by {request.user}")

    @admin.action(description="Delete selected (can be restored)", permissions=["delete"])
    def soft_delete_selected(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for record in queryset:
            record.soft_delete(reason=f"deleted by {request.user}")
        messages.info(request, f"{queryset.count()} deleted; use “restore” to undo.")

    @admin.action(description="Restore selected deleted records", permissions=["delete"])
    def restore_selected(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for record in queryset.filter(deleted_at__isnull=False):
            record.restore(reason=f"restored by {request.user}")
        messages.info(request, "restored.")


class NameInline(StaffAccessInline, admin.TabularInline):  # type: ignore[type-arg]
    model = models.Name
    extra = 1
    fields = ("text", "script", "language", "kind", "source", "visibility")


class EventInline(StaffAccessInline, admin.StackedInline):  # type: ignore[type-arg]
    model = models.Event
    extra = 0
    fields = (
        ("type", "place", "facility"),
        ("start_date", "start_precision", "start_qualifier"),
        ("end_date", "end_precision", "end_qualifier"),
        ("charge", "sentence_years"),
        "description",
        ("visibility", "publication"),
    )


class ClaimInline(StaffAccessInline, admin.TabularInline):  # type: ignore[type-arg]
    model = models.Claim
    extra = 0
    fk_name = "person"
    fields = ("field", "value", "event", "source", "quote", "stance", "visibility")
    autocomplete_fields = ("source",)


@admin.register(models.Person)
class PersonAdmin(SoftDeleteAdmin):
    list_display = ("entry_no", "__str__", "role", "status", "ethnicity", *CURATION, "deleted_at")
    list_filter = ("role", "status", "ethnicity", *CURATION)
    search_fields = ("names__text", "=entry_no", "external_id")
    readonly_fields = ("entry_no", "status")
    inlines = [NameInline, EventInline, ClaimInline, PersonEvidenceInline]
    fieldsets = (
        (None, {"fields": ("entry_no", "role", "status", "status_override", "merged_into")}),
        (
            "Identity",
            {
                "fields": (
                    "gender",
                    ("birth_year", "birth_year_approximate"),
                    "ethnicity",
                    "citizenships",
                    "hometown",
                    "occupation",
                    "summary",
                    "photo",
                )
            },
        ),
        ("Curation", {"fields": CURATION}),
        ("Consent", {"fields": ("place_granularity", "consent_publish_photo")}),
        (
            "Confidential",
            {
                "fields": ("contact", "location_detail", "notes", "external_id"),
                "classes": ["collapse"],
            },
        ),
    )
    autocomplete_fields = ("hometown", "merged_into")
    confidential_fields = ("contact", "location_detail", "notes")


class PlaceNameInline(StaffAccessInline, admin.TabularInline):  # type: ignore[type-arg]
    model = models.PlaceName
    extra = 1


@admin.register(models.Place)
class PlaceAdmin(SoftDeleteAdmin):
    list_display = ("__str__", "kind", "parent")
    search_fields = ("names__text", "key")
    inlines = [PlaceNameInline]
    autocomplete_fields = ("parent",)


class FacilityNameInline(StaffAccessInline, admin.TabularInline):  # type: ignore[type-arg]
    model = models.FacilityName
    extra = 1


@admin.register(models.Facility)
class FacilityAdmin(SoftDeleteAdmin):
    list_display = ("__str__", "kind", "place")
    search_fields = ("names__text", "key")
    inlines = [FacilityNameInline]


@admin.register(models.Source)
class SourceAdmin(SoftDeleteAdmin):
    list_display = ("title", "outlet", "published_date", "kind", "sha256")
    search_fields = ("title", "outlet", "url")
    readonly_fields = ("sha256", "archived_at")


@admin.register(models.Testimony)
class TestimonyAdmin(SoftDeleteAdmin):
    list_display = ("__str__", "relation", "date", *CURATION)
    autocomplete_fields = ("victim", "testifier", "source")
    logged_fields = ("transcript", "translation")
    search_fields = ("=victim__entry_no",)
    inlines = [TestimonyEvidenceInline]


@admin.register(models.Claim)
class ClaimAdmin(SoftDeleteAdmin):
    list_display = ("person", "field", "value", "stance", "source")
    search_fields = ("quote", "value")
    autocomplete_fields = ("person", "source")


for model in (models.Relationship, models.AdvocacyAction, models.Event, models.Name):
    admin.site.register(model, SoftDeleteAdmin)

admin.site.site_header = "victimsdb curation"

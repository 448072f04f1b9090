"""The data model of docs/product.md as Django models.

Every record carries visibility, disclosure, verification grade and
publication state, is versioned by django-simple-history (who, when, why) and
is soft-deleted (deleted_at) so that a deletion can be undone. Public
outputs go through `victimsdb.web.public.policy`, never these managers.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import Max
from django.utils import timezone
from simple_history.models import HistoricalRecords

from victimsdb.core.status import EventFact, derive_status, detention_year
from victimsdb.core.vocabulary import (
    ActionKind,
    ClaimField,
    DatePrecision,
    DateQualifier,
    Disclosure,
    Ethnicity,
    EventType,
    FacilityKind,
    Gender,
    NameKind,
    PlaceGranularity,
    PlaceKind,
    Publication,
    RelationKind,
    Role,
    Script,
    SourceKind,
    Stance,
    Status,
    Verification,
    Visibility,
)
from victimsdb.web.records.fields import enum_field
from victimsdb.web.vault.fields import EncryptedTextField


class LiveManager(models.Manager[Any]):
    """Records that are not soft-deleted."""

    def get_queryset(self) -> models.QuerySet[Any]:
        return super().get_queryset().filter(deleted_at__isnull=True)


class Curated(models.Model):
    """What every record carries: who may see it, how sure we are, where it is in review."""

    visibility = enum_field(Visibility, Visibility.PUBLIC)
    disclosure = enum_field(Disclosure, Disclosure.FULL)
    verification = enum_field(Verification, Verification.REPORTED)
    publication = enum_field(Publication, Publication.PUBLISHED)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)

    history = HistoricalRecords(inherit=True)

    # The live manager comes first so that it is the default one (related
    # managers and the admin hide deleted records); all_objects sees them all.
    objects = LiveManager()
    all_objects = models.Manager()  # noqa: DJ012

    class Meta:
        abstract = True

    def soft_delete(self, reason: str = "") -> None:
        """Hide the record everywhere; `restore` undoes it."""
        self.deleted_at = timezone.now()
        self._change_reason = reason or "deleted"
        self.save(update_fields=["deleted_at", "updated_at"])

    def restore(self, reason: str = "") -> None:
        self.deleted_at = None
        self._change_reason = reason or "restored"
        self.save(update_fields=["deleted_at", "updated_at"])


class Place(Curated):
    """A gazetteer entry: region > prefecture > county > township > village."""

    kind = enum_field(PlaceKind)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    key = models.SlugField(max_length=80, unique=True, null=True, blank=True)

    def __str__(self) -> str:
        first = next(iter(self.names.all()), None)  # uses prefetched names when there are
        return first.text if first else f"place {self.pk}"

    def lineage(self) -> list[Place]:
        """This place and its ancestors, nearest first."""
        chain: list[Place] = []
        node: Place | None = self
        while node is not None and node not in chain:
            chain.append(node)
            node = node.parent
        return chain


class PlaceName(models.Model):
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="names")
    text = models.CharField(max_length=200)
    language = models.CharField(max_length=16, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.text


class Facility(Curated):
    """A camp, detention centre, prison or forced-labour site."""

    kind = enum_field(FacilityKind, FacilityKind.OTHER)
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.PROTECT)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    key = models.SlugField(max_length=80, unique=True, null=True, blank=True)

    class Meta:
        verbose_name_plural = "facilities"

    def __str__(self) -> str:
        first = next(iter(self.names.all()), None)
        return first.text if first else f"facility {self.pk}"


class FacilityName(models.Model):
    facility = models.ForeignKey(Facility, on_delete=models.CASCADE, related_name="names")
    text = models.CharField(max_length=200)
    language = models.CharField(max_length=16, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.text


class Source(Curated):
    """Where a claim comes from, with its archived copy and SHA-256 (chain of custody)."""

    kind = enum_field(SourceKind, SourceKind.NEWS_ARTICLE)
    title = models.CharField(max_length=500)
    outlet = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True)
    published_date = models.DateField(null=True, blank=True)
    published_precision = enum_field(DatePrecision)
    language = models.CharField(max_length=16, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    reliability = models.CharField(max_length=16, blank=True)
    archive = models.FileField(upload_to="sources/", blank=True)
    sha256 = models.CharField(max_length=64, blank=True, editable=False)
    archived_at = models.DateTimeField(null=True, blank=True, editable=False)
    collected_by = models.CharField(max_length=200, blank=True)
    key = models.SlugField(max_length=80, unique=True, null=True, blank=True)

    class Meta:
        ordering = ["published_date", "id"]

    def __str__(self) -> str:
        return f"{self.outlet}: {self.title}" if self.outlet else self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Hash an attached archive copy when it is first attached or replaced."""
        if self.archive and (not self.sha256 or self._archive_replaced()):
            digest = hashlib.sha256()
            with self.archive.open("rb") as archived:
                for chunk in archived.chunks():
                    digest.update(chunk)
            self.sha256 = digest.hexdigest()
            self.archived_at = timezone.now()
        elif not self.archive:
            self.sha256, self.archived_at = "", None
        super().save(*args, **kwargs)

    def _archive_replaced(self) -> bool:
        stored = Source.all_objects.filter(pk=self.pk).values_list("archive", flat=True).first()
        return self.pk is not None and stored != self.archive.name


class Person(Curated):
    """One entry per person: a victim, a person at risk, or a testifier (never public)."""

    entry_no = models.PositiveIntegerField(unique=True, editable=False)
    role = enum_field(Role, Role.VICTIM)
    gender = enum_field(Gender, Gender.UNKNOWN)
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    birth_year_approximate = models.BooleanField(default=False)
    ethnicity = enum_field(Ethnicity, Ethnicity.UNKNOWN)
    citizenships = models.JSONField(default=list, blank=True)
    hometown = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL)
    occupation = models.CharField(max_length=200, blank=True)
    summary = models.TextField(blank=True)
    photo = models.FileField(upload_to="photos/", blank=True)
    status = enum_field(Status, Status.UNKNOWN, editable=False)
    status_override = enum_field(Status)
    # Derived for search facets (refresh_derived): the year first detained, and the
    # hometown's county-level and prefecture-level divisions.
    detained_year = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    county = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    prefecture = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_from"
    )
    external_id = models.CharField(max_length=200, unique=True, null=True, blank=True)
    key = models.SlugField(max_length=80, unique=True, null=True, blank=True)
    # Encrypted at rest (victimsdb.web.vault): contacts of testifiers and relatives, and the
    # precise location (street address, village, where last seen) that the public place
    # fields must not carry: hometown and event places stay at the granularity consent allows.
    contact = EncryptedTextField(
        blank=True, help_text="Confidential, encrypted: phone, e-mail, messenger, address."
    )
    location_detail = EncryptedTextField(
        blank=True,
        verbose_name="precise location",
        help_text=(
            "Confidential, encrypted: the exact address or village where this person lives"
            " or was last seen."
        ),
    )
    notes = models.TextField(blank=True, help_text="Staff notes: never shown publicly.")
    publication = enum_field(Publication, Publication.DRAFT)
    # Consent: how precisely public pages may place the person, whether a photo may show.
    place_granularity = enum_field(PlaceGranularity, PlaceGranularity.COUNTY)
    consent_publish_photo = models.BooleanField(default=False)

    class Meta:
        ordering = ["entry_no"]

    def __str__(self) -> str:
        name = self.names.filter(kind=NameKind.PRIMARY).first() or self.names.first()
        return f"#{self.entry_no} {name.text if name else ''}".strip()

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.entry_no is None:
            with transaction.atomic():
                highest = Person.all_objects.aggregate(n=Max("entry_no"))["n"] or 0
                self.entry_no = highest + 1
                super().save(*args, **kwargs)
            return
        super().save(*args, **kwargs)

    def refresh_derived(self) -> None:
        """Recompute status, year detained and hometown divisions.

        Only public, published events count, so that nothing derived from a
        restricted record reaches a public page or facet; a curator who needs
        otherwise sets the status override.
        """
        events = self.events.filter(visibility=Visibility.PUBLIC, publication=Publication.PUBLISHED)
        facts = [event.as_fact() for event in events]
        override = Status(self.status_override) if self.status_override else None
        derived = {
            "status": derive_status(facts, override).value,
            "detained_year": detention_year(facts),
            "county_id": division_of(self.hometown, COUNTY_KINDS),
            "prefecture_id": division_of(self.hometown, PREFECTURE_KINDS),
        }
        changed = {
            field: value for field, value in derived.items() if getattr(self, field) != value
        }
        if changed:
            Person.all_objects.filter(pk=self.pk).update(**changed)
            for field, value in changed.items():
                setattr(self, field, value)


COUNTY_KINDS = frozenset({PlaceKind.COUNTY, PlaceKind.CITY})
PREFECTURE_KINDS = frozenset({PlaceKind.PREFECTURE})


def division_of(place: Place | None, kinds: frozenset[PlaceKind]) -> int | None:
    """The id of the nearest place of one of these kinds in the place's lineage
    (COUNTY_KINDS: the county-level division; PREFECTURE_KINDS: the prefecture)."""
    if place is None:
        return None
    return next((node.pk for node in place.lineage() if node.kind in kinds), None)


class Name(Curated):
    """A name of a person as some source wrote it, in any script."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    text = models.CharField(max_length=300)
    script = enum_field(Script)
    language = models.CharField(max_length=16, blank=True)
    kind = enum_field(NameKind, NameKind.ALIAS)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.text


class Event(Curated):
    """An act done to a person, with dates of stated precision."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="events")
    type = enum_field(EventType, EventType.DETENTION)
    start_date = models.DateField(null=True, blank=True)
    start_precision = enum_field(DatePrecision)
    start_qualifier = enum_field(DateQualifier, DateQualifier.EXACT)
    end_date = models.DateField(null=True, blank=True)
    end_precision = enum_field(DatePrecision)
    end_qualifier = enum_field(DateQualifier, DateQualifier.EXACT)
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL)
    facility = models.ForeignKey(Facility, null=True, blank=True, on_delete=models.SET_NULL)
    charge = models.CharField(max_length=300, blank=True)
    sentence_years = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["start_date", "id"]

    def __str__(self) -> str:
        return f"{self.type} ({self.start_date or 'date unknown'})"

    def as_fact(self) -> EventFact:
        stances = {claim.stance for claim in self.claims.all()}
        return EventFact(
            type=EventType(self.type),
            start=self.start_date,
            end=self.end_date,
            disputed_only=stances == {Stance.DISPUTES.value},
        )


class Claim(Curated):
    """A fact about a person tied to a source and the passage that states it."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="claims")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="claims")
    field = enum_field(ClaimField, ClaimField.OTHER)
    value = models.CharField(max_length=500, blank=True)
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.CASCADE, related_name="claims"
    )
    name = models.ForeignKey(
        Name, null=True, blank=True, on_delete=models.CASCADE, related_name="claims"
    )
    quote = models.TextField(blank=True)
    stance = enum_field(Stance, Stance.ASSERTS)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.field}: {self.value or self.quote[:60]}"


class Testimony(Curated):
    """A testifier's account of a victim's case. Restricted and anonymous by default."""

    victim = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="testimonies")
    testifier = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="testimonies_given"
    )
    relation = models.CharField(max_length=100, blank=True)
    date = models.DateField(null=True, blank=True)
    date_precision = enum_field(DatePrecision)
    language = models.CharField(max_length=16, blank=True)
    summary = models.TextField(blank=True)
    transcript = models.TextField(blank=True)
    translation = models.TextField(blank=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL)
    consent_publish_name = models.BooleanField(default=False)
    consent_publish_photo = models.BooleanField(default=False)
    place_granularity = enum_field(PlaceGranularity, PlaceGranularity.COUNTY)
    visibility = enum_field(Visibility, Visibility.RESTRICTED)
    disclosure = enum_field(Disclosure, Disclosure.ANONYMOUS)

    class Meta:
        verbose_name_plural = "testimonies"
        ordering = ["date", "id"]

    def __str__(self) -> str:
        return f"testimony about #{self.victim.entry_no} ({self.relation})"


class Relationship(Curated):
    """`person` is `kind` of `other` (spouse, parent, child, sibling, other relative)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relationships")
    other = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    kind = enum_field(RelationKind, RelationKind.OTHER_RELATIVE)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL)

    def __str__(self) -> str:
        return f"{self.person} is {self.kind} of {self.other}"


class AdvocacyAction(Curated):
    """Something done to help a person: an appeal letter, a UN submission, a protest."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="actions")
    kind = enum_field(ActionKind, ActionKind.APPEAL_LETTER)
    target = models.CharField(max_length=300, blank=True)
    date = models.DateField(null=True, blank=True)
    response = models.TextField(blank=True)
    outcome = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    visibility = enum_field(Visibility, Visibility.RESTRICTED)

    def __str__(self) -> str:
        return f"{self.kind} for #{self.person.entry_no}"

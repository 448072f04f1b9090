"""What the public may see. Every public page and API response goes through here.

A person is public when they are a case subject (victim, at risk, persecuted
abroad), visible to the public, published, not deleted and not merged into
another entry. A record attached to a public person (a name, an event, a
claim, a testimony, a source) is shown only when it is itself public and
published. Testifiers are never entries; their names show only where the
testimony's disclosure and consent allow. Contact details never leave staff
pages.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from victimsdb.core.vocabulary import CASE_ROLES, Disclosure, Publication, Visibility
from victimsdb.web.records.models import Name, Person

PUBLIC = Q(visibility=Visibility.PUBLIC, publication=Publication.PUBLISHED, deleted_at__isnull=True)


def public_persons() -> QuerySet[Person]:
    """The entries anyone may see."""
    return Person.objects.filter(PUBLIC, merged_into__isnull=True, role__in=list(CASE_ROLES))


def is_withdrawn(entry_no: int) -> bool:
    """Whether this entry number was published once and is now withdrawn (410 Gone)."""
    return Person.objects.filter(
        entry_no=entry_no, publication=Publication.WITHDRAWN, role__in=list(CASE_ROLES)
    ).exists()


def public_related(queryset: QuerySet[Any]) -> QuerySet[Any]:
    """Only the public, published, live records of a related queryset."""
    return queryset.filter(PUBLIC)


def is_public(record: Any) -> bool:
    """Whether one already-loaded record may be shown publicly."""
    return bool(
        record is not None
        and record.visibility == Visibility.PUBLIC
        and record.publication == Publication.PUBLISHED
        and record.deleted_at is None
    )


def searchable_by_public(person: Person, name: Name) -> bool:
    """Whether public search may find this person by this name: both are public, and the
    entry's disclosure lets its names be shown (an anonymous entry is never found by name)."""
    return (
        is_public(person)
        and is_public(name)
        and person.merged_into_id is None
        and person.role in CASE_ROLES
        and person.disclosure == Disclosure.FULL
    )

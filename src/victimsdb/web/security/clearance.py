"""Who may see what among staff, and who may publish.

Confidential means: a record whose visibility is confidential, or one linked
(by a foreign key) to such a record, say a testimony whose testifier is
confidential, and the contact and staff-notes fields of any record. Only
holders of `security.view_confidential` (curators, admins) see them.
Publishing means changing a record's visibility, disclosure, verification or
publication, merging it, overriding its status, or editing a record the public
can see at all; only holders of `security.publish` do.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q, QuerySet

from victimsdb.core.vocabulary import Visibility

VIEW_CONFIDENTIAL = "security.view_confidential"
PUBLISH = "security.publish"

# Fields only a publisher may set; others keep what is stored (or the default).
PUBLISHING_FIELDS = (
    "visibility",
    "disclosure",
    "verification",
    "publication",
    "merged_into",
    "status_override",
)
# The records whose own publication decides what a linked record shows.
PARENT_LINKS = ("person", "victim")


def can_see_confidential(user: Any) -> bool:
    return bool(user.has_perm(VIEW_CONFIDENTIAL))


def can_publish(user: Any) -> bool:
    return bool(user.has_perm(PUBLISH))


def has_field(model: type[Model], name: str) -> bool:
    return any(field.name == name for field in model._meta.get_fields())


def confidential_links(model: type[Model]) -> list[str]:
    """The model's foreign keys to records that carry a visibility."""
    return [
        field.name
        for field in model._meta.get_fields()
        if field.many_to_one
        and field.concrete
        and field.related_model is not None
        and has_field(field.related_model, "visibility")  # type: ignore[arg-type]
    ]


def hide_confidential(queryset: QuerySet[Any], user: Any) -> QuerySet[Any]:
    """The queryset without confidential records (and records linked to one),
    unless the user may see them."""
    if can_see_confidential(user):
        return queryset
    model = queryset.model
    hidden = Q()
    if has_field(model, "visibility"):
        hidden |= Q(visibility=Visibility.CONFIDENTIAL)
    for link in confidential_links(model):
        hidden |= Q(**{f"{link}__visibility": Visibility.CONFIDENTIAL})
    return queryset.exclude(hidden) if hidden else queryset


def is_confidential(record: Any) -> bool:
    """Whether this record, or a record it links to, is confidential."""
    if getattr(record, "visibility", None) == Visibility.CONFIDENTIAL:
        return True
    return any(
        getattr(getattr(record, link), "visibility", None) == Visibility.CONFIDENTIAL
        for link in confidential_links(type(record))
    )


def may_see(user: Any, record: Any) -> bool:
    return record is None or can_see_confidential(user) or not is_confidential(record)


def shown_publicly(record: Any) -> bool:
    """Whether the public can see this record (or its entry): published work is curators'."""
    from victimsdb.web.public.policy import is_public

    if not has_field(type(record), "publication"):
        return False
    parents = [getattr(record, link) for link in PARENT_LINKS if has_field(type(record), link)]
    return is_public(record) and all(is_public(parent) for parent in parents)


def may_edit(user: Any, record: Any) -> bool:
    return record is None or can_publish(user) or not shown_publicly(record)


def keep_publishing_fields(record: Model) -> None:
    """Put back the stored publishing fields of a record a non-publisher is saving.

    The admin shows these fields read-only to non-publishers; this also covers
    paths that bypass the form, such as reverting to an old version.
    """
    if record.pk is None:
        return
    model = type(record)
    names = [name for name in PUBLISHING_FIELDS if has_field(model, name)]
    manager = getattr(model, "all_objects", model._default_manager)
    stored = manager.filter(pk=record.pk).values(*[_attname(model, n) for n in names]).first()
    for attname, value in (stored or {}).items():
        setattr(record, attname, value)


def _attname(model: type[Model], name: str) -> str:
    return str(model._meta.get_field(name).attname)  # type: ignore[union-attr]

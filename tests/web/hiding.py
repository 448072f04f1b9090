"""The ways an entry stops being public, for tests of every public output."""

from typing import Any

from victimsdb.web.records.models import Person

HIDDEN_STATES: dict[str, dict[str, Any]] = {
    "draft": {"publication": "draft"},
    "in review": {"publication": "in_review"},
    "withdrawn": {"publication": "withdrawn"},
    "restricted": {"visibility": "restricted"},
    "confidential": {"visibility": "confidential"},
    "a testifier": {"role": "testifier"},
    "a relative": {"role": "relative"},
}
"""Field changes that hide an entry; deletion and merging are `hide()`'s too."""
HIDING = [*HIDDEN_STATES, "deleted", "merged"]


def hide(person: Person, how: str) -> None:
    """Hide the entry one of the HIDING ways, with a versioned save as staff would."""
    if how == "deleted":
        person.soft_delete("test")
        return
    if how == "merged":
        person.merged_into = Person.objects.exclude(pk=person.pk).filter(role="victim").first()
    for field, value in HIDDEN_STATES.get(how, {}).items():
        setattr(person, field, value)
    person.save()


def new_entry(name: str, **fields: Any) -> Person:
    """A published public victim entry with one primary name."""
    person = Person.objects.create(**{"publication": "published", **fields})
    person.names.create(text=name, kind="primary")
    return person

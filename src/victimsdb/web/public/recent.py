"""When each public entry became public: the Atom feed and its JSON twin list the latest.

Read from the entries' history (django-simple-history): an entry became
public at the first version of its current public spell, the first version
after the last one in which `policy.PUBLIC_ENTRY` did not hold (a draft, a
withdrawal, a restriction, a merge). Publishing it again after a withdrawal
starts a new spell, so it comes back to the top. The date is when the public
could first see it, never when staff last touched it (an edit date would tell
when confidential fields changed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import F, Min, OuterRef, Q, Subquery

from victimsdb.web.public.entries import Document, entry_summary
from victimsdb.web.public.policy import PUBLIC_ENTRY, public_persons
from victimsdb.web.records.models import Person

FEED_SIZE = 50


@dataclass(frozen=True)
class Published:
    """A public entry's summary and when it became public."""

    summary: Document
    since: datetime


def recently_published(limit: int = FEED_SIZE) -> list[Published]:
    """The public entries that became public last, latest first (ties: higher number first)."""
    history = Person.history.model.objects
    last_hidden = (
        history.filter(id=OuterRef("id"))
        .exclude(PUBLIC_ENTRY)
        .order_by("-history_date")
        .values("history_date")[:1]
    )
    spells = (
        history.filter(PUBLIC_ENTRY, id__in=public_persons().values("pk"))
        .alias(last_hidden=Subquery(last_hidden))
        .filter(Q(last_hidden__isnull=True) | Q(history_date__gt=F("last_hidden")))
        .values("id")
        .annotate(since=Min("history_date"))
        .order_by("-since", "-id")[:limit]
    )
    since = {row["id"]: row["since"] for row in spells}
    persons = public_persons().select_related("hometown").in_bulk(list(since))
    return [Published(entry_summary(persons[pk]), at) for pk, at in since.items() if pk in persons]

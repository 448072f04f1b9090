"""A person's current status, derived from the events recorded about them.

The rule: the latest event that says something about where the person is
decides (events without a date count as earliest). A curator may override the
result; the override wins until it is cleared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from victimsdb.core.vocabulary import EventType, Status

_STATUS_OF_EVENT: dict[EventType, Status] = {
    EventType.DETENTION: Status.DETAINED,
    EventType.CAMP_INTERNMENT: Status.IN_CAMP,
    EventType.SENTENCING: Status.IMPRISONED,
    EventType.IMPRISONMENT: Status.IMPRISONED,
    EventType.RELEASE: Status.RELEASED,
    EventType.HOUSE_ARREST: Status.HOUSE_ARREST,
    EventType.FORCED_LABOR: Status.IN_CAMP,
    EventType.DISAPPEARANCE: Status.MISSING,
    EventType.DEATH_IN_CUSTODY: Status.DECEASED,
    EventType.DETENTION_ABROAD: Status.AT_RISK_ABROAD,
    EventType.ASYLUM_APPLICATION: Status.AT_RISK_ABROAD,
    EventType.DEPORTATION_THREAT: Status.AT_RISK_ABROAD,
    EventType.PROSECUTION_ABROAD: Status.AT_RISK_ABROAD,
    EventType.FLIGHT: Status.AT_RISK_ABROAD,
}
# An event with an end date has ended: the person is no longer held there.
_STATUS_AFTER_END: dict[EventType, Status] = {
    EventType.DETENTION: Status.RELEASED,
    EventType.CAMP_INTERNMENT: Status.RELEASED,
    EventType.IMPRISONMENT: Status.RELEASED,
    EventType.FORCED_LABOR: Status.RELEASED,
    EventType.HOUSE_ARREST: Status.RELEASED,
    EventType.DETENTION_ABROAD: Status.AT_RISK_ABROAD,
}


@dataclass(frozen=True)
class EventFact:
    """What status derivation needs to know of an event."""

    type: EventType
    start: date | None = None
    end: date | None = None
    disputed_only: bool = False  # every claim about it disputes it


def derive_status(events: Iterable[EventFact], override: Status | None = None) -> Status:
    """The person's current status: the curator's override, else the latest telling event."""
    if override is not None:
        return override
    best: tuple[date, int, Status] | None = None
    for order, event in enumerate(events):
        candidate = _status_of(event)
        if candidate is None:
            continue
        when = event.end or event.start or date.min
        key = (when, order, candidate)
        if best is None or key[:2] >= best[:2]:
            best = key
    return best[2] if best else Status.UNKNOWN


def _status_of(event: EventFact) -> Status | None:
    if event.disputed_only:
        return None
    if event.end is not None and event.type in _STATUS_AFTER_END:
        return _STATUS_AFTER_END[event.type]
    return _STATUS_OF_EVENT.get(event.type)


DETENTION_TYPES = frozenset(
    {
        EventType.DETENTION,
        EventType.CAMP_INTERNMENT,
        EventType.SENTENCING,
        EventType.IMPRISONMENT,
        EventType.HOUSE_ARREST,
        EventType.FORCED_LABOR,
        EventType.DISAPPEARANCE,
    }
)


def detention_year(events: Iterable[EventFact]) -> int | None:
    """The year the person was first detained or disappeared in China, if any event says."""
    years = [
        event.start.year
        for event in events
        if event.type in DETENTION_TYPES and event.start is not None and not event.disputed_only
    ]
    return min(years) if years else None

from datetime import date

from victimsdb.core.status import EventFact, derive_status
from victimsdb.core.vocabulary import EventType, Status


def test_a_person_with_no_events_has_unknown_status() -> None:
    assert derive_status([]) is Status.UNKNOWN


def test_the_latest_event_decides() -> None:
    events = [
        EventFact(EventType.CAMP_INTERNMENT, start=date(2017, 7, 1)),
        EventFact(EventType.DEPORTATION_THREAT, start=date(2019, 10, 1)),
    ]
    assert derive_status(events) is Status.AT_RISK_ABROAD


def test_an_internment_that_ended_means_released() -> None:
    events = [EventFact(EventType.CAMP_INTERNMENT, start=date(2017, 7, 1), end=date(2018, 10, 1))]
    assert derive_status(events) is Status.RELEASED


def test_an_ongoing_internment_means_in_camp() -> None:
    assert (
        derive_status([EventFact(EventType.CAMP_INTERNMENT, start=date(2018, 2, 1))])
        is Status.IN_CAMP
    )


def test_an_event_every_source_disputes_does_not_count() -> None:
    events = [EventFact(EventType.CAMP_INTERNMENT, start=date(2019, 1, 1), disputed_only=True)]
    assert derive_status(events) is Status.UNKNOWN


def test_the_curator_override_wins() -> None:
    events = [EventFact(EventType.CAMP_INTERNMENT, start=date(2018, 2, 1))]
    assert derive_status(events, override=Status.DECEASED) is Status.DECEASED


def test_the_year_detained_is_the_first_detention_year() -> None:
    from victimsdb.core.status import detention_year

    events = [
        EventFact(EventType.FLIGHT, start=date(2016, 1, 1)),
        EventFact(EventType.IMPRISONMENT, start=date(2019, 5, 1)),
        EventFact(EventType.CAMP_INTERNMENT, start=date(2017, 7, 1)),
    ]
    assert detention_year(events) == 2017
    assert detention_year([EventFact(EventType.FLIGHT, start=date(2016, 1, 1))]) is None

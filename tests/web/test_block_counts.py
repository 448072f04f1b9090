"""The list's counts are kept per block of persons: an edit recounts only the blocks it
touched, and the counts shown always equal a count made from scratch."""

from typing import Any

import pytest
from django.test import Client
from tests.web.counting import (
    assert_counts_are_exact,
    listed,
    new_person,
    spy_on_recounts,
)

from victimsdb.web.public import freshness
from victimsdb.web.public.blockcounts import SUMS, Sum
from victimsdb.web.public.freshness import BLOCK, NO_BLOCK, current
from victimsdb.web.public.models import DataChange
from victimsdb.web.public.policy import PUBLIC
from victimsdb.web.records.models import Event, Facility, Person, Place, PlaceName

pytestmark = pytest.mark.django_db


@pytest.fixture
def far_persons() -> tuple[Person, Person]:
    """Two entries far apart: one in block 3, one in block 7."""
    return new_person(3 * BLOCK + 1), new_person(7 * BLOCK + 5, ethnicity="kazakh")


@pytest.fixture
def recounted_blocks(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    return spy_on_recounts(monkeypatch)


def test_an_edit_of_an_entry_recounts_only_its_block(
    client: Client, far_persons: tuple[Person, Person], recounted_blocks: list[list[int]]
) -> None:
    listed(client)
    recounted_blocks.clear()
    far = far_persons[1]
    far.status_override = "released"
    far.save()
    assert_counts_are_exact(client)
    assert recounted_blocks == [[7]]


def test_a_repeated_list_recounts_nothing(
    client: Client, far_persons: tuple[Person, Person], recounted_blocks: list[list[int]]
) -> None:
    listed(client, gender="female")
    recounted_blocks.clear()
    listed(client, gender="female")
    assert recounted_blocks == []


def test_counts_stay_exact_through_edits_of_entries_and_events(
    client: Client, far_persons: tuple[Person, Person]
) -> None:
    near, far = far_persons
    facility = Facility.objects.filter(PUBLIC).first()
    assert_counts_are_exact(client)
    assert_counts_are_exact(client, gender="female")
    far.status_override = "deceased"
    far.save()
    assert_counts_are_exact(client)
    event = Event.objects.create(person=near, type="detention", facility=facility)
    assert_counts_are_exact(client, gender="female")
    event.person = far  # moved to another block: both blocks change
    event.save()
    assert_counts_are_exact(client)
    assert_counts_are_exact(client, gender="female")
    near.publication = "withdrawn"
    near.save()
    assert_counts_are_exact(client)
    far.delete()
    assert_counts_are_exact(client)
    assert_counts_are_exact(client, gender="female")


def test_moving_an_event_touches_both_persons_blocks(far_persons: tuple[Person, Person]) -> None:
    near, far = far_persons
    event = Event.objects.create(person=near, type="detention")
    event.person = far
    event.save()
    newest = DataChange.objects.order_by("-id").values_list("block", flat=True)
    assert sorted(newest[:2]) == [3, 7]


def test_a_place_saved_where_it_was_recounts_nothing(
    client: Client, far_persons: tuple[Person, Person], recounted_blocks: list[list[int]]
) -> None:
    listed(client)
    recounted_blocks.clear()
    place = Place.objects.filter(PUBLIC).first()
    place.save()
    assert DataChange.objects.order_by("-id").first().block == NO_BLOCK
    assert_counts_are_exact(client)
    assert recounted_blocks == []


def test_a_moved_place_recounts_the_blocks_of_the_hometowns_below_it(
    client: Client, far_persons: tuple[Person, Person], recounted_blocks: list[list[int]]
) -> None:
    first, second = Place.objects.filter(kind="prefecture")[:2]
    county = Place.objects.create(kind="county", parent=first)
    far_persons[0].hometown = Place.objects.create(kind="township", parent=county)
    far_persons[0].place_granularity = "county"
    far_persons[0].save()
    listed(client)
    recounted_blocks.clear()
    county.parent = second
    county.save()
    assert recounted_blocks == []  # counted by the next list, not by the save
    assert_counts_are_exact(client)
    assert recounted_blocks == [[3]]


def test_a_place_given_another_kind_recounts_the_blocks_held_in_its_facilities(
    client: Client, far_persons: tuple[Person, Person], recounted_blocks: list[list[int]]
) -> None:
    place = Place.objects.create(kind="township")
    facility = Facility.objects.create(place=place)
    Event.objects.create(person=far_persons[1], type="detention", facility=facility)
    listed(client)
    recounted_blocks.clear()
    place.kind = "prefecture"
    place.save()
    assert_counts_are_exact(client)
    assert recounted_blocks == [[7]]


def test_renaming_a_place_relabels_without_recounting(
    client: Client, far_persons: tuple[Person, Person], recounted_blocks: list[list[int]]
) -> None:
    county = Place.objects.get(pk=listed(client)["facets"]["county"][0]["value"])
    recounted_blocks.clear()
    before = current()
    name = PlaceName.objects.filter(place=county).first()
    name.text = "Renamed County"
    name.save()
    assert current() != before
    assert DataChange.objects.order_by("-id").first().block == NO_BLOCK
    labels = {item["label"] for item in listed(client)["facets"]["county"]}
    assert recounted_blocks == []
    assert_counts_are_exact(client)
    assert str(county.__class__.objects.get(pk=county.pk)) in labels


def test_pruning_keeps_each_blocks_newest_change(
    far_persons: tuple[Person, Person], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(freshness, "KEEP", 5)
    near, far = far_persons
    near.save()  # block 3's newest change, soon older than the last KEEP
    for _ in range(12):
        far.save()
    newest = DataChange.objects.order_by("-id").first().id
    kept = DataChange.objects.values_list("block", flat=True)
    assert 3 in kept
    assert DataChange.objects.filter(id__lte=newest - 2 * 5, block=7).count() == 0


def test_counts_lost_from_the_cache_are_counted_again(
    client: Client, far_persons: tuple[Person, Person], recounted_blocks: list[list[int]]
) -> None:
    listed(client)
    SUMS.forget()  # as after a restart, or when the least recently used sum is dropped
    recounted_blocks.clear()
    far_persons[1].status_override = "released"
    far_persons[1].save()
    assert_counts_are_exact(client)
    assert recounted_blocks == [list(range(8))]


def test_a_new_block_is_counted_and_the_others_are_not(
    client: Client, far_persons: tuple[Person, Person], recounted_blocks: list[list[int]]
) -> None:
    listed(client)
    recounted_blocks.clear()
    new_person(9 * BLOCK + 3)
    assert_counts_are_exact(client)
    assert recounted_blocks == [[8, 9]]  # block 8 is empty, and new too


def test_a_deleted_and_restored_entry_leaves_and_rejoins_the_counts(
    client: Client, far_persons: tuple[Person, Person]
) -> None:
    assert_counts_are_exact(client)
    far_persons[1].soft_delete()
    assert_counts_are_exact(client)
    far_persons[1].restore()
    assert_counts_are_exact(client)


@pytest.fixture
def held_facility(far_persons: tuple[Person, Person]) -> Facility:
    """A facility where the far person (block 7) is held."""
    facility = Facility.objects.create()
    Event.objects.create(person=far_persons[1], type="detention", facility=facility)
    return facility


def recounted_after(change: Any, client: Client, recounted: list[list[int]]) -> list[list[int]]:
    """The blocks recounted by the first list after `change()` (its counts checked)."""
    listed(client)
    recounted.clear()
    change()
    assert_counts_are_exact(client)
    return recounted


def test_a_facility_change_recounts_the_blocks_of_its_persons(
    client: Client, held_facility: Facility, recounted_blocks: list[list[int]]
) -> None:
    # Placed in a village, the facility may no longer be named for a person who
    # consented to a county: the facility facet's count changes.
    held_facility.place = Place.objects.create(kind="village")
    assert recounted_after(held_facility.save, client, recounted_blocks) == [[7]]


def test_a_deleted_facility_recounts_every_block(
    client: Client, held_facility: Facility, recounted_blocks: list[list[int]]
) -> None:
    assert recounted_after(held_facility.delete, client, recounted_blocks) == [list(range(8))]


def test_a_change_is_logged_again_once_committed(
    far_persons: tuple[Person, Person], django_capture_on_commit_callbacks: Any
) -> None:
    # PostgreSQL numbers changes in the order they are made, not the order they commit:
    # a row numbered after the commit moves the block's version whatever came between.
    with django_capture_on_commit_callbacks(execute=True):
        far_persons[1].save()
        during = DataChange.objects.order_by("-id").first().id
    after = DataChange.objects.order_by("-id").first()
    assert after.id > during and after.block == 7


def test_the_least_recently_used_sum_is_dropped_beyond_the_limit(settings: Any) -> None:
    settings.COUNT_SUMS = 2
    for name in ("a", "b", "c"):
        SUMS.put(name, Sum())
    SUMS.get("b")
    SUMS.put("d", Sum())
    assert SUMS.get("a") is None and SUMS.get("c") is None
    assert SUMS.get("b") is not None and SUMS.get("d") is not None

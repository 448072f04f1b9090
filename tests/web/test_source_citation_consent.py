"""Sources follow consent too: a hidden claim cites nothing, an entry without names leaks no ids."""

from typing import Any

import pytest
from django.test import Client

from victimsdb.web.records.models import Claim, Source

pytestmark = pytest.mark.django_db


def test_a_hidden_hometown_claim_does_not_cite_its_source(
    client: Client, person_named: Any
) -> None:
    person = person_named("Gulzira Auelkhankyzy")
    article = Source.objects.create(title="VILLAGE-SENTINEL: she grew up in Akyaz", outlet="X")
    Claim.objects.create(person=person, source=article, field="hometown", value="Akyaz village")
    person.place_granularity = "prefecture"
    person.save()
    for url in (f"/api/v1/persons/{person.entry_no}", "/api/v1/persons?q=Auelkhankyzy"):
        assert "VILLAGE-SENTINEL" not in client.get(url).content.decode(), url


def test_an_entry_without_names_numbers_its_sources_itself(
    client: Client, person_named: Any
) -> None:
    person = person_named("Gulzira Auelkhankyzy")
    person.disclosure = "anonymous"
    person.save()
    entry = client.get(f"/api/v1/persons/{person.entry_no}").json()
    numbers = [source["id"] for source in entry["sources"]]
    assert numbers == list(range(1, len(numbers) + 1))
    referenced = {claim["source"] for claim in entry["claims"] if claim["source"] is not None}
    assert referenced <= set(numbers)

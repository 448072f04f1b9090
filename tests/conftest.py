"""Shared fixtures: the demo dataset (the curated seed articles) and personas.

Staff pages need two-factor sign-in: `staff_client("volunteer")` (or
researcher, curator, admin) is a test client signed in as a staff user of that
role and past the second factor; `verified(client, user)` does it for any user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def django_db_setup(
    django_db_setup: Any, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every database test starts from the demo dataset, loaded once per run.

    Archived copies and evidence the tests write go to throwaway folders, not ./var.
    """
    from django.conf import settings

    from victimsdb.core.dataset import read_dataset
    from victimsdb.web.records.loading import load_dataset
    from victimsdb.web.records.places import load_gazetteer

    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("media"))
    settings.EVIDENCE_ROOT = tmp_path_factory.mktemp("evidence")
    with django_db_blocker.unblock():
        load_gazetteer()
        load_dataset(read_dataset())


@pytest.fixture
def curator(db: Any) -> Any:
    """A staff user in the curator role ("test-curator"), with a TOTP device; sign a client
    in with the `verified` fixture."""
    from victimsdb.web.security.testing import make_staff

    return make_staff("curator")


@pytest.fixture
def person_named(db: Any) -> Any:
    """person_named(text): the demo person who has this exact name."""
    from victimsdb.web.records.models import Person

    return lambda text: Person.all_objects.get(names__text=text)


@pytest.fixture
def staff_user(db: Any) -> Callable[..., Any]:
    """staff_user(role, username=None): a staff user of the role, with a TOTP device."""
    from victimsdb.web.security.testing import make_staff

    return make_staff


@pytest.fixture
def verified() -> Callable[..., Any]:
    """verified(client, user): the client signed in as user, past the second factor."""
    from victimsdb.web.security.testing import sign_in_verified

    return sign_in_verified


@pytest.fixture
def staff_client(db: Any) -> Callable[..., Any]:
    """staff_client(role, username=None): a new client signed in, and verified, as that role."""
    from django.test import Client

    from victimsdb.web.security.testing import make_staff, sign_in_verified

    return lambda role, username=None: sign_in_verified(Client(), make_staff(role, username))


@pytest.fixture
def field_keys(monkeypatch: pytest.MonkeyPatch) -> Any:
    """field_keys(*keys): configure these field keys (first encrypts) for the rest of the test."""
    from victimsdb.web.vault.keyring import reset_field_cipher

    def configure(*keys: str) -> None:
        monkeypatch.setenv("VICTIMSDB_FIELD_KEYS", ",".join(keys))
        reset_field_cipher()

    yield configure
    monkeypatch.undo()
    reset_field_cipher()


@pytest.fixture
def person_with_secrets(person_named: Any) -> Any:
    """A demo person whose contact and precise location hold SENTINEL strings."""
    person = person_named("Gulzira Auelkhankyzy")
    person.contact = "SENTINEL-CONTACT +7 701 555 0199"
    person.location_detail = "SENTINEL-LOCATION 12 Abai street, Akyaz village, Tekes"
    person.save()
    return person


@pytest.fixture
def evidence_store(settings: Any, tmp_path: Path) -> Any:
    """An empty evidence store in a throwaway folder, set as settings.EVIDENCE_ROOT."""
    from victimsdb.core.evidence import EvidenceStore

    settings.EVIDENCE_ROOT = str(tmp_path / "evidence")
    return EvidenceStore(settings.EVIDENCE_ROOT)


@pytest.fixture(autouse=True)
def empty_cache() -> None:
    """Each test starts with nothing cached (public counts, labels): tests do not depend
    on the order they run in."""
    from victimsdb.web.public.blockcounts import forget_what_this_process_keeps

    forget_what_this_process_keeps()

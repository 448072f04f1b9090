from victimsdb.core.disclosure import (
    Identity,
    byline,
    initials,
    public_label,
    shows_names,
    strictest,
)
from victimsdb.core.vocabulary import Disclosure, Ethnicity, Gender

GULZIRA = Identity("Gulzira Auelkhankyzy", Gender.FEMALE, Ethnicity.KAZAKH, 1979, "Ghulja")


def test_full_disclosure_shows_the_name() -> None:
    assert public_label(GULZIRA, Disclosure.FULL) == "Gulzira Auelkhankyzy"
    assert shows_names(Disclosure.FULL)


def test_initials_show_only_initials() -> None:
    assert public_label(GULZIRA, Disclosure.INITIALS) == "G. A."
    assert not shows_names(Disclosure.INITIALS)


def test_initials_work_in_any_script() -> None:
    assert initials("Гүлзира Әуелханқызы") == "Г. Ә."


def test_anonymous_describes_without_naming() -> None:
    label = public_label(GULZIRA, Disclosure.ANONYMOUS)
    assert label == "Kazakh woman, born 1970s, Ghulja"
    assert "Gulzira" not in label


def test_an_anonymous_person_with_few_facts_is_still_described() -> None:
    assert public_label(Identity("X Y"), Disclosure.ANONYMOUS) == "Person"


def test_the_strictest_disclosure_wins() -> None:
    assert strictest(Disclosure.FULL, Disclosure.INITIALS) is Disclosure.INITIALS
    assert strictest(Disclosure.INITIALS, Disclosure.ANONYMOUS, Disclosure.FULL) is (
        Disclosure.ANONYMOUS
    )
    assert strictest(Disclosure.FULL) is Disclosure.FULL
    assert strictest() is Disclosure.ANONYMOUS


def test_a_byline_names_initials_or_says_anonymous() -> None:
    assert byline("Gulnur Kosgeulet", Disclosure.FULL) == "Gulnur Kosgeulet"
    assert byline("Gulnur Kosgeulet", Disclosure.INITIALS) == "G. K."
    assert byline("Gulnur Kosgeulet", Disclosure.ANONYMOUS) == "anonymous"
    assert byline("", Disclosure.FULL) == "anonymous"

from victimsdb.core.disclosure import Identity, initials, public_label, shows_names
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

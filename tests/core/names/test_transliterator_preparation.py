"""A server builds every ICU transliterator as it starts, not in its first searches."""

from victimsdb.core.names import icu_adapter
from victimsdb.core.names.transliterate import latin_words, prepare

NAMES_IN_EVERY_SCRIPT = [
    "Gülzira Äuelhanqyzy",
    "Гүлзира Әуелханқызы",  # Kazakh Cyrillic
    "Айгүл Кудайбергенова",
    "Гулнара Мамбетова",  # Russian
    "Чыңгыз Төрөкулович Айтматов",  # Kyrgyz Cyrillic
    "Гүлзирә Әвәлханқизи",  # Uyghur Cyrillic
    "گۈلزىرە ئاۋۇلقانقىزى",  # Uyghur Arabic script
    "گۇلزيرا اۋەلحانقىزى",  # Kazakh Arabic script
    "古丽孜拉·阿吾力汗",
    "马辉",
    "Ἀλέξανδρος",  # another script
]


def built() -> int:
    """How many transliterators were built so far (each cache miss builds one)."""
    return icu_adapter.system.cache_info().misses + icu_adapter.from_rules.cache_info().misses


def test_after_preparing_no_name_builds_a_transliterator() -> None:
    icu_adapter.system.cache_clear()
    icu_adapter.from_rules.cache_clear()
    prepare()
    prepared = built()
    for name in NAMES_IN_EVERY_SCRIPT:
        assert latin_words(name), name
    assert built() == prepared

from datetime import date

import pytest

from victimsdb.core.dates import DateFormatError, parse_fuzzy_date
from victimsdb.core.vocabulary import DatePrecision, DateQualifier


def test_it_reads_the_precision_from_the_form() -> None:
    assert parse_fuzzy_date("2017").precision is DatePrecision.YEAR
    assert parse_fuzzy_date("2017-07").precision is DatePrecision.MONTH
    assert parse_fuzzy_date("2017-07-14").precision is DatePrecision.DAY


def test_it_stores_the_first_day_of_the_period() -> None:
    assert parse_fuzzy_date("2017-07").start == date(2017, 7, 1)


def test_it_writes_back_the_form_it_read() -> None:
    for text in ("2019", "2019-12", "2019-12-08"):
        assert parse_fuzzy_date(text).iso() == text


def test_it_words_qualified_dates_for_people() -> None:
    assert parse_fuzzy_date("2019", "approximate").label() == "about 2019"
    assert parse_fuzzy_date("2022-03-03", "before").label() == "before 3 March 2022"
    assert parse_fuzzy_date("2017-07").label() == "July 2017"
    assert parse_fuzzy_date("2018", "after").qualifier is DateQualifier.AFTER


@pytest.mark.parametrize("bad", ["", "17", "2017/07", "2017-13", "2019-02-30", "July 2017"])
def test_it_rejects_what_is_not_a_date(bad: str) -> None:
    with pytest.raises(DateFormatError):
        parse_fuzzy_date(bad)


def test_it_rejects_an_unknown_qualifier() -> None:
    with pytest.raises(DateFormatError, match="qualifier"):
        parse_fuzzy_date("2019", "roughly")

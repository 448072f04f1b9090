"""Receipt codes: short enough to write down, unguessable, forgiving when typed back."""

from victimsdb.core.intake.receipts import (
    ALPHABET,
    new_receipt,
    normalise_receipt,
    receipt_digest,
)


def test_a_receipt_is_three_groups_of_four_unambiguous_symbols() -> None:
    receipt = new_receipt()
    groups = receipt.split("-")
    assert [len(group) for group in groups] == [4, 4, 4]
    assert all(symbol in ALPHABET for symbol in "".join(groups))
    assert not set("ILOU") & set(receipt)


def test_receipts_do_not_repeat() -> None:
    assert len({new_receipt() for _ in range(1000)}) == 1000


def test_typing_is_forgiving_about_case_dashes_and_look_alikes() -> None:
    assert normalise_receipt("7kq4 m2xd 9prt") == "7KQ4M2XD9PRT"
    assert normalise_receipt("OIL4-M2XD-9PRT") == "0114M2XD9PRT"
    assert receipt_digest("7kq4-m2xd-9prt") == receipt_digest("7KQ4M2XD9PRT")


def test_text_that_cannot_be_a_receipt_has_no_digest() -> None:
    assert receipt_digest("7KQ4-M2XD") is None
    assert receipt_digest("7KQ4-M2XD-9PR!") is None
    assert receipt_digest("") is None

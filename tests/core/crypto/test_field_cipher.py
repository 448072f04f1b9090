"""Field values are encrypted with the first key, decrypted with the key they name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from victimsdb.core.crypto import (
    CorruptValue,
    FieldCipher,
    MissingKey,
    generate_key,
    is_ciphertext,
    key_id_in,
    parse_keys,
)

OLD, NEW = generate_key(), generate_key()
CONTACT = "+7 701 555 0199, WhatsApp of Aigerim's brother"


def cipher(*keys: str) -> FieldCipher:
    return FieldCipher(parse_keys(list(keys)))


@given(st.text())
def test_any_text_survives_the_round_trip(text: str) -> None:
    assert cipher(NEW).decrypt(cipher(NEW).encrypt(text)) == text


def test_the_ciphertext_names_the_key_and_hides_the_text() -> None:
    stored = cipher(NEW, OLD).encrypt(CONTACT)
    assert is_ciphertext(stored)
    assert key_id_in(stored) == parse_keys([NEW]).primary.key_id
    # Words of the text, not digits: three digits turn up in random base64 now and then.
    for word in ("Aigerim", "WhatsApp", "brother"):
        assert word not in stored


def test_the_same_text_encrypts_differently_each_time() -> None:
    assert cipher(NEW).encrypt(CONTACT) != cipher(NEW).encrypt(CONTACT)


def test_an_old_key_still_decrypts_after_a_new_one_is_put_first() -> None:
    stored = cipher(OLD).encrypt(CONTACT)
    rotated = cipher(NEW, OLD)
    assert rotated.decrypt(stored) == CONTACT
    assert not rotated.is_current(stored)
    assert rotated.is_current(rotated.encrypt(CONTACT))


def test_a_missing_key_is_named_without_the_value() -> None:
    stored = cipher(OLD).encrypt(CONTACT)
    with pytest.raises(MissingKey) as raised:
        cipher(NEW).decrypt(stored, "records.Person.contact")
    message = str(raised.value)
    assert key_id_in(stored) in message and "records.Person.contact" in message
    assert stored not in message and CONTACT not in message


def test_an_altered_value_fails_authentication() -> None:
    stored = cipher(NEW).encrypt(CONTACT)
    flipped = stored[:-10] + ("A" if stored[-10] != "A" else "B") + stored[-9:]
    with pytest.raises(CorruptValue) as raised:
        cipher(NEW).decrypt(flipped, "records.Person.contact")
    assert flipped not in str(raised.value)


def test_a_value_written_before_encryption_reads_as_it_is() -> None:
    assert cipher(NEW).decrypt("plain text from before") == "plain text from before"
    assert not cipher(NEW).is_current("plain text from before")

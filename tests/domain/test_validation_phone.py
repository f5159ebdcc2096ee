"""Telephone numbers: one stored form for every way of writing a number."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.validation import (
    format_phone,
    normalize_phone,
    phone_query_key,
    phone_search_key,
)

ANY_TEXT = st.text(st.characters(exclude_categories=()))
PHONEISH_TEXT = st.text(st.sampled_from("0123456789 +-()./0631x#\u00a0"), max_size=24)
E164 = re.compile(r"\+[1-9][0-9]{6,14}")
EXAMPLE = "Schrijf het bijvoorbeeld als 06-12345678 of 010-1234567."

# Loading phonenumbers' metadata makes the first call slow; that is not a deadline miss.
phone_settings = settings(deadline=None, max_examples=200)

T = TypeVar("T")


def attempt(call: Callable[[], T]) -> T | ValidationError:
    """The call's result, or the ValidationError it raised (any other exception escapes)."""
    try:
        return call()
    except ValidationError as error:
        return error


@pytest.mark.parametrize(
    ("value", "e164"),
    [
        ("06-12345678", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("06 1234 5678", "+31612345678"),
        ("0612345678", "+31612345678"),
        ("+31 (0)6 12345678", "+31612345678"),
        ("+31 06 12345678", "+31612345678"),
        ("(06) 123 456 78", "+31612345678"),
        ("  06.12.34.56.78  ", "+31612345678"),
        ("010 123 4567", "+31101234567"),
        ("010-1234567", "+31101234567"),
        ("(010) 1234567", "+31101234567"),
        ("0318 123456", "+31318123456"),
        ("088 123 4567", "+31881234567"),
        ("0800 1234", "+318001234"),
        ("+32 470 12 34 56", "+32470123456"),
        ("0032 470 12 34 56", "+32470123456"),
        ("+49 151 12345678", "+4915112345678"),
        ("０６－１２３４５６７８", "+31612345678"),
    ],
)
def test_accepts_and_normalises_to_e164(value: str, e164: str) -> None:
    assert normalize_phone(value) == e164


@pytest.mark.parametrize("value", ["", "   ", None])
def test_empty_is_left_to_the_caller(value: str | None) -> None:
    assert normalize_phone(value) == ""


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("12345", "te weinig cijfers"),
        ("06-1234567", "te weinig cijfers"),
        ("06-123456789", "te veel cijfers"),
        ("010-123456", "te weinig cijfers"),
        ("06-01234567", "06-1 tot en met 06-5, bijvoorbeeld 06-12345678."),
        ("+31 6 1234 5678 9", "te veel cijfers"),
        ("06-abcdefgh", "alleen cijfers"),
        ("06 12345678 ext 5", "alleen cijfers"),
        ("06-12345678#", "alleen cijfers"),
        ("06+12345678", "alleen cijfers"),
        ("++31612345678", "alleen cijfers"),
        ("112", "te weinig cijfers"),
        ("0900-12", EXAMPLE),
        ("0", EXAMPLE),
        ("+", EXAMPLE),
        ("00000000000", EXAMPLE),
        ("٠٦١٢٣٤٥٦٧٨", "alleen cijfers"),
    ],
)
def test_refuses_with_dutch_message_and_example(value: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(value, field="telefoon_mobiel")
    assert caught.value.field == "telefoon_mobiel"
    assert fragment in caught.value.message
    assert "06-12345678" in caught.value.message


def test_default_field_and_message() -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone("06-01234567")
    assert caught.value.field == "telefoon"
    assert caught.value.message == (
        "Dit 06-nummer bestaat niet. Controleer de cijfers: mobiele nummers beginnen met "
        "06-1 tot en met 06-5, bijvoorbeeld 06-12345678."
    )


@pytest.mark.parametrize(
    ("e164", "shown", "search_key"),
    [
        ("+31612345678", "06 12345678", "0612345678"),
        ("+31101234567", "010 123 4567", "0101234567"),
        ("+318001234", "0800 1234", "08001234"),
        ("+32470123456", "+32 470 12 34 56", "0032470123456"),
    ],
)
def test_format_and_search_key(e164: str, shown: str, search_key: str) -> None:
    assert format_phone(e164) == shown
    assert phone_search_key(e164) == search_key


@pytest.mark.parametrize("stored", ["", "niet te lezen", "+", "1" * 100_000])
def test_display_never_fails_on_a_bad_stored_value(stored: str) -> None:
    assert format_phone(stored) == stored
    assert phone_search_key(stored) == "".join(c for c in stored if c.isdigit())


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("0612", "0612"),
        ("06-12", "0612"),
        ("+31 6 12", "0612"),
        ("0031 6", "06"),
        ("+31 (0)6 1", "061"),
        ("+32 470", "0032470"),
        ("Jansen", ""),
    ],
)
def test_query_key_matches_the_search_key_prefix(query: str, key: str) -> None:
    assert phone_query_key(query) == key


def test_typing_the_start_of_a_number_finds_it() -> None:
    stored = normalize_phone("06-12345678")
    assert phone_search_key(stored).startswith(phone_query_key("0612"))
    assert phone_search_key(stored).startswith(phone_query_key("+31 6 1234"))


def test_huge_input_is_refused_quickly() -> None:
    started = time.perf_counter()
    for value in ["0" * 100_000, "06-12345678" + " " * 100_000]:
        with pytest.raises(ValidationError) as caught:
            normalize_phone(value)
        assert caught.value.message == f"Telefoonnummer is te lang. {EXAMPLE}"
    assert time.perf_counter() - started < 0.5


def test_an_unissued_landline_number_names_both_kinds_of_example() -> None:
    # Found by hypothesis in CI: "110000000" reads as 011-0000000, an area code that
    # does not exist; the message must still show how a number is written.
    with pytest.raises(ValidationError) as caught:
        normalize_phone("110000000")
    assert "010-1234567" in caught.value.message
    assert "06-12345678" in caught.value.message


@phone_settings
@given(ANY_TEXT | PHONEISH_TEXT)
def test_any_text_gives_e164_or_validation_error(value: str) -> None:
    normalised = attempt(lambda: normalize_phone(value))
    if isinstance(normalised, ValidationError):
        assert normalised.field == "telefoon"
        assert "06-12345678" in normalised.message
        return
    assert normalised == "" or E164.fullmatch(normalised)
    assert normalize_phone(normalised) == normalised
    assert normalize_phone(format_phone(normalised)) == normalised


@phone_settings
@given(ANY_TEXT | PHONEISH_TEXT)
def test_display_helpers_accept_any_text(value: str) -> None:
    assert isinstance(format_phone(value), str)
    assert phone_search_key(value).isdigit() or phone_search_key(value) == ""
    assert phone_query_key(value).isdigit() or phone_query_key(value) == ""


@st.composite
def typed_mobile_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A Dutch mobile number as a person might type it, with its E.164 form."""
    # 06-1 to 06-5 and 06-8 are the mobile ranges; 066 is for pagers, 06-0 is unused.
    first = draw(st.sampled_from("123458"))
    subscriber = first + draw(st.text(st.sampled_from("0123456789"), min_size=7, max_size=7))
    prefix = draw(st.sampled_from(["06", "+316", "+31 6 ", "0031 6", "+31 (0)6 ", "06-", "06 "]))
    separators = [draw(st.sampled_from(["", "", " ", "-"])) for _ in subscriber]
    typed = prefix + "".join(s + d for s, d in zip(separators, subscriber, strict=True))
    return typed, f"+316{subscriber}"


@phone_settings
@given(typed_mobile_numbers())
def test_every_mobile_number_is_accepted_and_round_trips(typed: tuple[str, str]) -> None:
    value, e164 = typed
    assert normalize_phone(value) == e164
    assert normalize_phone(e164) == e164
    assert format_phone(e164) == f"06 {e164[4:]}"
    assert normalize_phone(format_phone(e164)) == e164


@phone_settings
@given(typed_mobile_numbers(), st.integers(min_value=1, max_value=30))
def test_any_typed_start_of_a_dutch_number_matches_its_search_key(
    typed: tuple[str, str], length: int
) -> None:
    value, e164 = typed
    if not value.startswith("06"):
        value = "06" + value.split("6", 1)[1]
    assert phone_search_key(e164).startswith(phone_query_key(value[:length]))


@given(st.integers(min_value=0, max_value=99_999_999))
def test_the_mobile_shortcut_gives_what_phonenumbers_gives(digits: int) -> None:
    """For every 06 number, the shortcut (06-1 to 06-5) and phonenumbers agree."""
    import phonenumbers

    e164 = f"+316{digits:08d}"
    number = phonenumbers.parse(e164, "NL")
    expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    assert format_phone(e164) == expected


def test_a_well_written_number_that_is_not_handed_out_says_so() -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone("06 98765432")
    assert caught.value.message.startswith("Dit 06-nummer bestaat niet.")
    assert "06-1 tot en met 06-5" in caught.value.message

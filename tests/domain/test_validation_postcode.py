"""Dutch postcodes: "1234 AB", however people type them."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.validation import normalize_postcode, postcode_digits

ANY_TEXT = st.text(st.characters(exclude_categories=()))
POSTCODEISH_TEXT = st.text(st.sampled_from("0123456789 -aAbBsSdDzZ\t\u00a0１"), max_size=12)
CANONICAL = re.compile(r"[1-9][0-9]{3} [A-Z]{2}")
FORMAT_MESSAGE = "Postcode moet vier cijfers en twee letters zijn, bijvoorbeeld 6871 AB."

T = TypeVar("T")


def attempt(call: Callable[[], T]) -> T | ValidationError:
    """The call's result, or the ValidationError it raised (any other exception escapes)."""
    try:
        return call()
    except ValidationError as error:
        return error


@pytest.mark.parametrize(
    ("value", "normalised"),
    [
        ("1234 AB", "1234 AB"),
        ("1234ab", "1234 AB"),
        ("1234AB", "1234 AB"),
        (" 1234  ab ", "1234 AB"),
        ("1234-AB", "1234 AB"),
        ("1234 - ab", "1234 AB"),
        ("6871aB", "6871 AB"),
        ("9999 ZZ", "9999 ZZ"),
        ("1000 AA", "1000 AA"),
        ("1234\u00a0AB", "1234 AB"),
        ("１２３４ＡＢ", "1234 AB"),
        ("1234\tAB", "1234 AB"),
        ("1234 SB", "1234 SB"),
        ("1234 AS", "1234 AS"),
    ],
)
def test_accepts_and_normalises(value: str, normalised: str) -> None:
    assert normalize_postcode(value) == normalised


@pytest.mark.parametrize("value", ["", "   ", None])
def test_empty_is_left_to_the_caller(value: str | None) -> None:
    assert normalize_postcode(value) == ""


@pytest.mark.parametrize(
    "value",
    [
        "123 AB",
        "12345 AB",
        "1234 A",
        "1234 ABC",
        "AB 1234",
        "1234 A1",
        "1234 ÄB",
        "١٢٣٤ AB",
        "1234--AB",
        "1234 AB 5",
        "12 34 AB",
        "abcdef",
        "1234",
    ],
)
def test_refuses_wrong_shape(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_postcode(value)
    assert caught.value.field == "postcode"
    assert caught.value.message == FORMAT_MESSAGE


@pytest.mark.parametrize("value", ["0123 AB", "0000aa"])
def test_refuses_leading_zero(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_postcode(value, field="bezoekadres_postcode")
    assert caught.value.field == "bezoekadres_postcode"
    assert "begint nooit met een 0" in caught.value.message


@pytest.mark.parametrize("letters", ["SA", "sd", "Ss"])
def test_refuses_letter_pairs_postnl_does_not_use(letters: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_postcode(f"1234 {letters}")
    assert caught.value.field == "postcode"
    assert caught.value.message == (
        f"Postcodes met de letters {letters.upper()} bestaan niet. Controleer de letters."
    )


def test_postcode_digits() -> None:
    assert postcode_digits("6871 AB") == "6871"
    assert postcode_digits("6871ab") == "6871"
    assert postcode_digits("") == ""
    with pytest.raises(ValidationError):
        postcode_digits("0871 AB")


def test_huge_input_is_refused_quickly() -> None:
    started = time.perf_counter()
    for value in ["1" * 100_000, "1234 AB" + "x" * 100_000, " " * 100_000 + "1234 AB"]:
        with pytest.raises(ValidationError) as caught:
            normalize_postcode(value)
        assert caught.value.message == FORMAT_MESSAGE
    assert time.perf_counter() - started < 0.5


@settings(max_examples=200)
@given(ANY_TEXT | POSTCODEISH_TEXT)
def test_any_text_gives_a_postcode_or_validation_error(value: str) -> None:
    normalised = attempt(lambda: normalize_postcode(value))
    if isinstance(normalised, ValidationError):
        assert normalised.field == "postcode"
        assert normalised.message.endswith(".")
        return
    assert normalised == "" or CANONICAL.fullmatch(normalised)
    assert normalize_postcode(normalised) == normalised


@st.composite
def typed_postcodes(draw: st.DrawFn, *, letters: st.SearchStrategy[str]) -> tuple[str, str]:
    """A valid postcode as a person might type it, with the form it must become."""
    digits = draw(st.integers(min_value=1000, max_value=9999).map(str))
    pair = draw(letters)
    typed_pair = "".join(draw(st.sampled_from([c, c.lower()])) for c in pair)
    separator = draw(st.sampled_from(["", " ", "  ", "-", " - ", "\t", "\u00a0"]))
    before = draw(st.sampled_from(["", " ", "  "]))
    after = draw(st.sampled_from(["", " ", "\n"]))
    return f"{before}{digits}{separator}{typed_pair}{after}", f"{digits} {pair}"


UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
VALID_PAIRS = st.tuples(st.sampled_from(UPPER), st.sampled_from(UPPER)).map("".join)


@settings(max_examples=200)
@given(typed_postcodes(letters=VALID_PAIRS.filter(lambda p: p not in {"SA", "SD", "SS"})))
def test_every_valid_postcode_is_accepted_and_round_trips(typed: tuple[str, str]) -> None:
    value, canonical = typed
    assert normalize_postcode(value) == canonical
    assert normalize_postcode(canonical) == canonical
    assert postcode_digits(value) == canonical[:4]


@given(typed_postcodes(letters=st.sampled_from(["SA", "SD", "SS"])))
def test_forbidden_letter_pairs_are_refused_however_typed(typed: tuple[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_postcode(typed[0])
    assert "bestaan niet" in caught.value.message

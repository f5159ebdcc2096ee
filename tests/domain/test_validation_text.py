"""fold and clean_text: the first step of every text field and every search key."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.validation import clean_text, fold

# Every code point, lone surrogates included: text from a badly decoded file has them.
ANY_TEXT = st.text(st.characters(exclude_categories=()))
HUGE = 100_000

T = TypeVar("T")


def attempt(call: Callable[[], T]) -> T | ValidationError:
    """The call's result, or the ValidationError it raised (any other exception escapes)."""
    try:
        return call()
    except ValidationError as error:
        return error


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Ömer Çelik", "omer celik"),
        ("Ĳsselmeer", "ijsselmeer"),
        ("ĳs", "ijs"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("Ærø", "aero"),
        ("Søren Kierkegaard", "soren kierkegaard"),
        ("  Jan \t  van\n der   Berg ", "jan van der berg"),
        ("İstanbul", "istanbul"),
        ("Œuvre", "oeuvre"),
        ("ﬁets", "fiets"),
        ("Noël Gaël", "noel gael"),
        ("", ""),
    ],
)
def test_fold_removes_accents_case_and_extra_spaces(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_matches_composed_and_decomposed_input() -> None:
    composed = "Çelik"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == "celik"


@given(ANY_TEXT)
def test_fold_is_idempotent_and_trimmed(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.strip()
    assert "  " not in folded


def clean(value: str | None, *, multiline: bool = False, required: bool = False) -> str:
    return clean_text(
        value,
        field="achternaam",
        label="Achternaam",
        max_length=100,
        multiline=multiline,
        required=required,
    )


@pytest.mark.parametrize(
    ("value", "cleaned"),
    [
        ("  Jansen  ", "Jansen"),
        ("van   der\tBerg", "van der Berg"),
        ("Jan\nJansen", "Jan Jansen"),
        ("Jan\u00a0Jansen", "Jan Jansen"),
        ("\ufeffJansen", "Jansen"),
        ("Jan\u200bsen", "Jansen"),
        (None, ""),
        ("   ", ""),
        (unicodedata.normalize("NFD", "Çelik"), "Çelik"),
    ],
)
def test_clean_text_single_line(value: str | None, cleaned: str) -> None:
    assert clean(value) == cleaned


def test_clean_text_multiline_keeps_lines_and_tabs() -> None:
    value = "  Eerste  regel   \r\nTweede\tregel\rDerde\n\n\nVierde  \n\n"
    assert clean(value, multiline=True) == "Eerste regel\nTweede\tregel\nDerde\n\n\nVierde"


def test_clean_text_required_and_empty_asks_to_fill_in() -> None:
    with pytest.raises(ValidationError) as caught:
        clean("   ", required=True)
    assert caught.value.field == "achternaam"
    assert caught.value.message == "Vul de achternaam in."


def test_clean_text_required_uses_the_given_article() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text(
            "", field="email", label="E-mailadres", max_length=254, required=True, article="het"
        )
    assert caught.value.message == "Vul het e-mailadres in."


def test_clean_text_too_long_names_label_and_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        clean("x" * 101)
    assert caught.value.field == "achternaam"
    assert caught.value.message.startswith("Achternaam mag hoogstens 100 tekens lang zijn.")
    assert "101" in caught.value.message


def test_clean_text_counts_after_cleaning() -> None:
    assert clean("  " + "x" * 100 + "  ") == "x" * 100


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x0b", "\ud800"])
@pytest.mark.parametrize("multiline", [False, True])
def test_clean_text_refuses_control_characters(control: str, multiline: bool) -> None:
    with pytest.raises(ValidationError) as caught:
        clean(f"Jan{control}sen", multiline=multiline)
    assert caught.value.field == "achternaam"
    assert "verborgen teken" in caught.value.message
    assert caught.value.message.startswith("Achternaam ")


@pytest.mark.parametrize("multiline", [False, True])
def test_clean_text_refuses_huge_input_quickly(multiline: bool) -> None:
    started = time.perf_counter()
    with pytest.raises(ValidationError) as caught:
        clean("x" * HUGE, multiline=multiline)
    assert time.perf_counter() - started < 0.5
    assert "hoogstens 100 tekens" in caught.value.message
    assert "100.000" in caught.value.message


@settings(max_examples=200)
@given(ANY_TEXT, st.booleans(), st.booleans())
def test_clean_text_returns_tidy_text_or_validation_error(
    value: str, multiline: bool, required: bool
) -> None:
    cleaned = attempt(lambda: clean(value, multiline=multiline, required=required))
    if isinstance(cleaned, ValidationError):
        assert cleaned.field == "achternaam"
        assert cleaned.message.endswith(".")
        return
    assert len(cleaned) <= 100
    assert cleaned == cleaned.strip()
    assert clean(cleaned, multiline=multiline, required=required) == cleaned
    allowed_controls = "\n\t" if multiline else ""
    assert all(
        ch in allowed_controls or unicodedata.category(ch) not in ("Cc", "Cs") for ch in cleaned
    )
    if not multiline:
        assert "\n" not in cleaned
        assert "  " not in cleaned

"""Cells to people and back: shared by the CSV and XLSX readers and writers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.domain.validation.phone import format_phone
from buurtdesk.interop.headers import map_headers
from buurtdesk.interop.people_rows import (
    column_letter,
    display_phone,
    neutralise,
    person_from_cells,
    unneutralise,
)


@settings(max_examples=2000)
@given(st.integers(min_value=0, max_value=99_999_999))
def test_mobile_numbers_are_shown_exactly_as_format_phone_shows_them(digits: int) -> None:
    number = f"+316{digits:08d}"
    assert display_phone(number) == format_phone(number)


@given(st.from_regex(r"\+[1-9][0-9]{6,13}", fullmatch=True))
def test_any_stored_number_is_shown_as_format_phone_shows_it(number: str) -> None:
    assert display_phone(number) == format_phone(number)


def test_no_number_shows_nothing() -> None:
    assert display_phone("") == ""


@given(st.text(max_size=40))
def test_neutralising_is_undone_exactly(text: str) -> None:
    assert unneutralise(neutralise(text)) == text
    assert not neutralise(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


@given(st.lists(st.text(max_size=30), max_size=12))
def test_random_rows_never_crash(cells: list[str]) -> None:
    mapping = map_headers(["Naam", "Adres", "Toevoeging", "Rollen", "Vaardigheden", "Postcode"])
    parsed = person_from_cells(7, cells, mapping)
    if parsed is not None:
        assert parsed.row == 7
        assert all(isinstance(error.message, str) for error in parsed.errors)

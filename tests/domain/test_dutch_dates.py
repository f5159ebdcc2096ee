"""Dates and times as a coordinator types them, and as buurtdesk writes them back."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.dutch_dates import (
    format_date,
    format_long_date,
    format_time_range,
    format_when,
    input_date,
    parse_date,
    parse_time,
)
from buurtdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    "text",
    [
        "12-12-2026",
        "12/12/2026",
        "12-12-26",
        "2026-12-12",
        "12 dec 2026",
        "za 12 december 2026",
        " Za 12 December 2026 ",
        "12.12.2026",
        "zaterdag 12 dec. 2026",
    ],
)
def test_the_ways_people_write_a_date(text: str) -> None:
    assert parse_date(text) == date(2026, 12, 12)


def test_a_date_that_does_not_exist_is_named() -> None:
    with pytest.raises(ValidationError) as error:
        parse_date("31-02-2027")
    assert error.value.field == "datum"
    assert error.value.message == "31 februari 2027 bestaat niet."
    with pytest.raises(ValidationError, match="29 februari 2027 bestaat niet"):
        parse_date("29 feb 2027")
    assert parse_date("29-02-2028") == date(2028, 2, 29)


@pytest.mark.parametrize("text", ["", "morgen", "12-13-2026", "12 brumaire 2026", "x" * 10_000])
def test_what_is_not_a_date_gets_a_dutch_hint(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_date(text, field="date")
    assert error.value.field == "date"
    assert "datum" in error.value.message or "maand" in error.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:00", time(14, 0)),
        ("14.00", time(14, 0)),
        ("1400", time(14, 0)),
        ("9", time(9, 0)),
        ("930", time(9, 30)),
        ("9:05", time(9, 5)),
        ("14 uur", time(14, 0)),
    ],
)
def test_the_ways_people_write_a_time(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "25:00", "12:60", "half drie", "2400"])
def test_what_is_not_a_time(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_time(text)
    assert error.value.field == "tijd"


def test_formatting() -> None:
    assert format_date(date(2026, 12, 12)) == "za 12 dec 2026"
    assert format_long_date(date(2026, 12, 12)) == "zaterdag 12 december 2026"
    assert format_time_range(time(14), time(16)) == "14.00–16.00 uur"
    assert (
        format_when(datetime(2026, 12, 8, 10), datetime(2026, 12, 8, 12))
        == "di 8 dec 2026, 10.00–12.00 uur"
    )


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_every_date_reads_back_from_what_buurtdesk_writes(day: date) -> None:
    assert parse_date(input_date(day)) == day
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day


@given(st.text(max_size=80))
def test_any_text_is_a_date_or_a_dutch_message(text: str) -> None:
    try:
        parse_date(text)
    except ValidationError as error:
        message = error.message
    else:
        message = "a date"
    assert message


@given(st.text(max_size=30))
def test_any_text_is_a_time_or_a_dutch_message(text: str) -> None:
    try:
        parse_time(text)
    except ValidationError as error:
        field = error.field
    else:
        field = "tijd"
    assert field == "tijd"

"""The activity form: every wrong field reported at once, in Dutch, beside its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.activity_fields import (
    ActivityInput,
    format_cost,
    input_cost,
    parse_capacity,
    parse_cost,
    validate_activity,
)
from buurtdesk.domain.errors import ValidationError, ValidationErrors
from buurtdesk.domain.recurrence import Repeat, RepeatInput

COFFEE = ActivityInput(
    title="Koffieochtend",
    date="1-12-2026",
    start="10:00",
    end="12:00",
    capacity="20",
    cost="€ 1,50",
)


def _errors(data: ActivityInput) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as caught:
        validate_activity(data)
    return caught.value.by_field()


def test_a_good_activity_is_ready_to_store() -> None:
    valid = validate_activity(COFFEE)
    assert valid.starts_at == datetime(2026, 12, 1, 10, 0)
    assert valid.ends_at == datetime(2026, 12, 1, 12, 0)
    assert (valid.capacity, valid.cost_cents, valid.rrule) == (20, 150, "")


def test_end_before_start() -> None:
    errors = _errors(replace(COFFEE, start="14:00", end="12:00"))
    assert errors == {"end": "De eindtijd ligt voor de begintijd. Kies een eindtijd na 14.00 uur."}
    assert "gelijk" in _errors(replace(COFFEE, end="10.00"))["end"]


def test_every_wrong_field_at_once() -> None:
    errors = _errors(
        ActivityInput(
            title="x" * 10_000,
            date="31-02-2027",
            start="25:00",
            end="ochtend",
            capacity="-3",
            cost="twee euro",
        )
    )
    assert set(errors) == {"title", "date", "start", "end", "capacity", "cost"}
    assert "hoogstens 200 tekens" in errors["title"]
    assert errors["date"] == "31 februari 2027 bestaat niet."
    assert "negatief" in errors["capacity"]


def test_title_is_required() -> None:
    assert _errors(replace(COFFEE, title="  "))["title"] == "Vul de titel in."


def test_weekly_without_weekdays_and_until_before_start() -> None:
    errors = _errors(replace(COFFEE, repeat=RepeatInput(Repeat.WEEKLY)))
    assert errors == {"repeat": "Kies op welke dag of dagen van de week het is."}
    early = RepeatInput(Repeat.WEEKLY, weekdays=(1,), until=datetime(2026, 11, 1).date())
    assert "di 1 dec 2026" in _errors(replace(COFFEE, repeat=early))["repeat"]


def test_a_series_starts_on_its_first_real_date() -> None:
    thursdays = replace(COFFEE, repeat=RepeatInput(Repeat.WEEKLY, weekdays=(3,)))
    valid = validate_activity(thursdays)
    assert valid.starts_at == datetime(2026, 12, 3, 10, 0)
    assert valid.ends_at == datetime(2026, 12, 3, 12, 0)
    assert valid.rrule == "FREQ=WEEKLY;BYDAY=TH"


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("", 0),
        ("gratis", 0),
        ("Gratis", 0),
        ("0", 0),
        ("2,50", 250),
        ("€2,50", 250),
        ("€ 2,50", 250),
        ("2.50", 250),
        ("2,-", 200),
        ("3", 300),
        ("2,5", 250),
        ("1.000,00", 100_000),
        ("5 euro", 500),
    ],
)
def test_cost_as_people_write_it(text: str, cents: int) -> None:
    assert parse_cost(text) == cents


@pytest.mark.parametrize("text", ["-2", "twee", "2,555", "€", "1e5"])
def test_cost_that_is_no_amount(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_cost(text)
    assert error.value.field == "cost"


def test_cost_is_shown_back() -> None:
    assert format_cost(0) == "gratis"
    assert format_cost(250) == "€ 2,50"
    assert parse_cost(input_cost(250)) == 250


@pytest.mark.parametrize(
    ("text", "places"), [("", None), (" 20 ", 20), ("onbeperkt", None), ("1", 1)]
)
def test_capacity(text: str, places: int | None) -> None:
    assert parse_capacity(text) == places


@pytest.mark.parametrize("text", ["-1", "0", "twintig", "2.5", "1000000"])
def test_capacity_that_is_no_number_of_places(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_capacity(text)
    assert error.value.field == "capacity"


@given(st.text(max_size=40))
def test_any_cost_text_is_cents_or_a_dutch_message(text: str) -> None:
    try:
        cents = parse_cost(text)
    except ValidationError as error:
        field = error.field
    else:
        field = "cost" if 0 <= cents <= 10_000_000 else "out of range"
    assert field == "cost"


@given(st.text(max_size=40))
def test_any_capacity_text_is_places_or_a_dutch_message(text: str) -> None:
    try:
        places = parse_capacity(text)
    except ValidationError as error:
        field = error.field
    else:
        field = "capacity" if places is None or places >= 1 else "out of range"
    assert field == "capacity"


@given(st.integers(0, 10_000_000))
def test_every_amount_reads_back(cents: int) -> None:
    assert parse_cost(input_cost(cents)) == cents

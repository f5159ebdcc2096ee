"""Repeating activities: the rules the editor offers, their dates (hand-counted), in Dutch."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.recurrence import (
    Repeat,
    RepeatInput,
    continuing_from,
    describe,
    ending_before,
    expand,
    first_start,
    from_rrule,
    last_date,
    to_rrule,
    validate_repeat,
)

TUESDAY = datetime(2026, 12, 1, 10, 0)


def _days(rule: str, start: datetime, first: date, last: date) -> list[date]:
    return [moment.date() for moment in expand(rule, start, first, last)]


def test_every_second_tuesday_from_1_december_2026() -> None:
    rule = to_rrule(RepeatInput(Repeat.WEEKLY, interval=2, weekdays=(1,)), TUESDAY)
    assert rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    assert describe(rule) == "om de week op dinsdag"
    assert _days(rule, TUESDAY, date(2026, 12, 1), date(2027, 2, 28)) == [
        date(2026, 12, 1),
        date(2026, 12, 15),
        date(2026, 12, 29),
        date(2027, 1, 12),
        date(2027, 1, 26),
        date(2027, 2, 9),
        date(2027, 2, 23),
    ]


def test_summer_time_does_not_move_the_coffee_morning() -> None:
    # Summer time starts on Sunday 28 March 2027 and ends on Sunday 31 October 2027.
    starts = expand("FREQ=WEEKLY;BYDAY=TU", TUESDAY, date(2027, 3, 20), date(2027, 11, 5))
    assert starts[0] == datetime(2027, 3, 23, 10, 0)
    assert datetime(2027, 3, 30, 10, 0) in starts
    assert datetime(2027, 11, 2, 10, 0) in starts
    assert {(s.hour, s.minute) for s in starts} == {(10, 0)}


def test_weeks_start_on_monday_for_several_days_every_other_week() -> None:
    # Sunday and Monday of the same (Monday-first) week, every other week.
    start = datetime(2026, 11, 30, 19, 0)  # a Monday
    rule = to_rrule(RepeatInput(Repeat.WEEKLY, interval=2, weekdays=(0, 6)), start)
    assert rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU"
    assert _days(rule, start, date(2026, 11, 30), date(2026, 12, 31)) == [
        date(2026, 11, 30),
        date(2026, 12, 6),
        date(2026, 12, 14),
        date(2026, 12, 20),
        date(2026, 12, 28),
    ]
    assert describe(rule) == "om de week op maandag en zondag"


def test_first_monday_and_last_friday_of_the_month() -> None:
    monday = to_rrule(RepeatInput(Repeat.MONTHLY_WEEKDAY, weekdays=(0,), nth=1), TUESDAY)
    assert monday == "FREQ=MONTHLY;BYDAY=1MO"
    assert describe(monday) == "elke eerste maandag van de maand"
    assert _days(monday, TUESDAY, date(2026, 12, 1), date(2027, 3, 31)) == [
        date(2026, 12, 7),
        date(2027, 1, 4),
        date(2027, 2, 1),
        date(2027, 3, 1),
    ]
    friday = to_rrule(
        RepeatInput(Repeat.MONTHLY_WEEKDAY, weekdays=(4,), nth=-1, until=date(2027, 3, 26)),
        TUESDAY,
    )
    assert friday == "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270326T235959"
    assert describe(friday) == "elke laatste vrijdag van de maand, tot en met 26 mrt 2027"
    assert _days(friday, TUESDAY, date(2026, 12, 1), date(2027, 12, 31)) == [
        date(2026, 12, 25),
        date(2027, 1, 29),
        date(2027, 2, 26),
        date(2027, 3, 26),
    ]


def test_monthly_on_a_day_number_with_a_count() -> None:
    start = datetime(2026, 12, 15, 14, 0)
    rule = to_rrule(RepeatInput(Repeat.MONTHLY_DAY, count=3), start)
    assert rule == "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3"
    assert describe(rule) == "elke maand op de 15e, 3 keer"
    assert _days(rule, start, date(2026, 1, 1), date(2030, 1, 1)) == [
        date(2026, 12, 15),
        date(2027, 1, 15),
        date(2027, 2, 15),
    ]
    assert last_date(rule, start) == date(2027, 2, 15)
    assert last_date("FREQ=MONTHLY;BYMONTHDAY=15", start) is None


def test_no_rule_is_just_the_one_date() -> None:
    assert expand("", TUESDAY, date(2026, 12, 1), date(2026, 12, 1)) == [TUESDAY]
    assert expand("", TUESDAY, date(2026, 12, 2), date(2026, 12, 31)) == []
    assert describe("") == "eenmalig"
    assert from_rrule("") == RepeatInput()


def test_the_first_real_date_of_a_rule_that_does_not_match_its_start() -> None:
    assert first_start("FREQ=WEEKLY;BYDAY=TH", TUESDAY) == datetime(2026, 12, 3, 10, 0)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("FREQ=WEEKLY;BYDAY=TU", "elke week op dinsdag"),
        ("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE,FR", "elke 3 weken op maandag, woensdag en vrijdag"),
        ("FREQ=MONTHLY;INTERVAL=2;BYDAY=3WE", "om de maand op de derde woensdag"),
        ("FREQ=MONTHLY;BYDAY=SA;BYSETPOS=1", "elke eerste zaterdag van de maand"),
        ("FREQ=DAILY", "elke dag"),
        # From another calendar program: the weekday of the first date, not named.
        ("FREQ=WEEKLY", "elke week"),
        ("FREQ=WEEKLY;INTERVAL=2", "om de week"),
    ],
)
def test_describe_in_plain_dutch(rule: str, text: str) -> None:
    assert describe(rule) == text


def test_a_rule_the_editor_cannot_edit_is_refused_in_dutch() -> None:
    with pytest.raises(ValidationError, match="kan buurtdesk niet aanpassen"):
        from_rrule("FREQ=YEARLY;BYMONTH=4")
    assert "FREQ=YEARLY" in describe("FREQ=YEARLY;BYMONTH=4")


def test_a_utc_until_from_another_program_is_read() -> None:
    days = _days(
        "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T235959Z", TUESDAY, date(2026, 1, 1), date(2027, 1, 1)
    )
    assert days == [date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 15)]


@pytest.mark.parametrize(
    ("repeat", "message"),
    [
        (RepeatInput(Repeat.WEEKLY), "welke dag"),
        (
            RepeatInput(Repeat.WEEKLY, weekdays=(1,), until=date(2026, 11, 1)),
            "voor de eerste datum",
        ),
        (RepeatInput(Repeat.WEEKLY, interval=0, weekdays=(1,)), "van 1 tot"),
        (RepeatInput(Repeat.MONTHLY_WEEKDAY, nth=5), "laatste week"),
        (
            RepeatInput(Repeat.WEEKLY, weekdays=(1,), until=date(2027, 1, 1), count=3),
            "niet allebei",
        ),
        (RepeatInput(Repeat.WEEKLY, weekdays=(1,), count=0), "aantal keer"),
    ],
)
def test_impossible_repeats_are_refused(repeat: RepeatInput, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as error:
        validate_repeat(repeat, TUESDAY.date())
    assert error.value.field == "repeat"


def test_this_and_following_cuts_the_rule_in_two() -> None:
    rule = "FREQ=WEEKLY;BYDAY=TU;COUNT=10"
    old = ending_before(rule, TUESDAY, date(2026, 12, 22))
    assert old == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261221T235959"
    assert len(expand(old, TUESDAY, date(2026, 1, 1), date(2028, 1, 1))) == 3
    new = continuing_from(rule, TUESDAY, date(2026, 12, 22))
    assert new == "FREQ=WEEKLY;BYDAY=TU;COUNT=7"
    assert continuing_from("FREQ=WEEKLY;BYDAY=TU", TUESDAY, date(2026, 12, 22)) == (
        "FREQ=WEEKLY;BYDAY=TU"
    )


REPEATS = st.builds(
    RepeatInput,
    kind=st.sampled_from([Repeat.WEEKLY, Repeat.MONTHLY_WEEKDAY, Repeat.MONTHLY_DAY]),
    interval=st.integers(1, 52),
    weekdays=st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True).map(
        lambda days: tuple(sorted(days))
    ),
    nth=st.sampled_from([1, 2, 3, 4, -1]),
    until=st.none() | st.dates(date(2026, 12, 1), date(2030, 1, 1)),
    count=st.none(),
)


@given(REPEATS)
def test_every_editable_rule_reads_back_into_the_editor(repeat: RepeatInput) -> None:
    rule = to_rrule(repeat, TUESDAY)
    back = from_rrule(rule)
    assert to_rrule(back, TUESDAY) == rule
    assert describe(rule)
    assert "herhaalt" not in describe(rule)

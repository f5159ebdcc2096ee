"""Volunteer shifts per date, and hours per person over a period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import ValidationErrors
from buurtdesk.services import shifts
from tests.services.signups_world import add_person, plan


@pytest.mark.parametrize(
    ("text", "hours"),
    [("2,5", "2.50"), ("2.5", "2.50"), ("2:30", "2.50"), ("3", "3.00"), (" 1:20 ", "1.33")],
)
def test_hours_are_read_the_way_people_write_them(text: str, hours: str) -> None:
    assert shifts.parse_hours(text) == Decimal(hours)


@pytest.mark.parametrize("text", ["", "twee", "0", "25", "2:75", "-1", "1,2,3"])
def test_wrong_hours_are_refused(db: Database, text: str) -> None:
    koffie = plan(db)
    kees = add_person(db, "Kees", "Bakker")
    with pytest.raises(ValidationErrors) as refused:
        shifts.add_shift(db, koffie.first, kees, "Koffie zetten", text)
    assert list(refused.value.by_field()) == ["hours"]
    assert shifts.shifts_for(db, koffie.first) == []


def test_shifts_and_hours_per_person(any_db: Database) -> None:
    koffie = plan(any_db, first_day=date(2030, 3, 4), weeks=5)
    kees = add_person(any_db, "Kees", "Bakker")
    anna = add_person(any_db, "Anna", "Smit")
    first = shifts.add_shift(any_db, koffie.first, kees, "Koffie zetten", "2,5")
    shifts.add_shift(any_db, koffie.occurrence_ids[1], kees, "Opruimen", "1:15")
    shifts.add_shift(any_db, koffie.occurrence_ids[1], anna, "Gastvrouw", "2")
    shifts.add_shift(any_db, koffie.occurrence_ids[4], anna, "Gastvrouw", "2")  # 1 April
    rows = shifts.shifts_for(any_db, koffie.occurrence_ids[1])
    assert [(r.name, r.task, r.hours) for r in rows] == [
        ("Anna Smit", "Gastvrouw", Decimal("2.00")),
        ("Kees Bakker", "Opruimen", Decimal("1.25")),
    ]
    hours = shifts.volunteer_hours(any_db, date(2030, 3, 1), date(2030, 3, 31))
    assert [(h.name, h.shifts, h.hours) for h in hours] == [
        ("Kees Bakker", 2, Decimal("3.75")),
        ("Anna Smit", 1, Decimal("2.00")),
    ]
    shifts.update_shift(any_db, first.id, anna, "Koffie zetten", "3")
    shifts.delete_shift(any_db, rows[1].shift_id)
    hours = shifts.volunteer_hours(any_db, date(2030, 3, 1), date(2030, 4, 30))
    assert [(h.name, h.shifts, h.hours) for h in hours] == [("Anna Smit", 3, Decimal("7.00"))]

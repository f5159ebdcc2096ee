"""The activities linked to an initiative, counted by hand: which dates were held, who was
present (as the agenda counts it), and the next date. Real database, data via services
(sign-ups and check-ins written as rows, like the agenda tests do)."""

from __future__ import annotations

from datetime import date, datetime

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import ActivityInput
from buurtdesk.domain.agenda import Attendance, SignUp, SignUpStatus
from buurtdesk.domain.recurrence import Repeat, RepeatInput
from buurtdesk.services import activities, occurrences
from buurtdesk.services.initiative_activities import LinkedActivity, activities_of
from tests.services.agenda_helpers import occurrence_on
from tests.services.initiative_helpers import initiative

TODAY = date(2026, 12, 7)  # a Monday
EVERY_OTHER_WEDNESDAY = RepeatInput(Repeat.WEEKLY, interval=2, weekdays=(2,))


def _activity(
    db: Database,
    title: str,
    day: str,
    *,
    initiative_id: int | None,
    repeat: RepeatInput = EVERY_OTHER_WEDNESDAY,
) -> int:
    data = ActivityInput(
        title=title,
        date=day,
        start="17:30",
        end="20:00",
        repeat=repeat,
        initiative_id=initiative_id,
    )
    return activities.create_activity(db, data, today=TODAY).activity_id


def _signed_up(
    db: Database,
    occurrence_id: int,
    party_size: int,
    *,
    present: bool,
    status: SignUpStatus = SignUpStatus.CONFIRMED,
) -> None:
    with db.write() as session:
        signup = SignUp(
            occurrence_id=occurrence_id,
            walk_in_name="Gast",
            party_size=party_size,
            status=status.value,
            checked_in_at=datetime(2026, 1, 1, 18, 0) if present else None,
        )
        session.add(signup)
        session.flush()
        if present:  # the agenda writes this row too; it must not be counted twice
            session.add(
                Attendance(
                    occurrence_id=occurrence_id,
                    signup_id=signup.id,
                    checked_in_at=datetime(2026, 1, 1, 18, 0),
                )
            )


def _walked_in(db: Database, occurrence_id: int, count: int) -> None:
    with db.write() as session:
        for _ in range(count):
            session.add(
                Attendance(occurrence_id=occurrence_id, checked_in_at=datetime(2026, 1, 1, 18))
            )


def test_dates_held_attendance_and_next_date_are_counted_as_by_hand(any_db: Database) -> None:
    db = any_db
    item = initiative(db, "Samen eten in de Linde")
    other = initiative(db, "Moestuin")
    meal = _activity(db, "Buurtmaaltijd", "14-10-2026", initiative_id=item)
    # Dates before today: wo 14-10, 28-10 (cancelled), 11-11, 25-11; next: wo 9-12.
    on = {day: occurrence_on(db, meal, day).id for day in (
        date(2026, 10, 14), date(2026, 10, 28), date(2026, 11, 11), date(2026, 11, 25),
        date(2026, 12, 9),
    )}  # fmt: skip
    occurrences.cancel_occurrence(db, on[date(2026, 10, 28)], reason="Zaal bezet")
    _signed_up(db, on[date(2026, 10, 14)], 3, present=True)  # 3
    _walked_in(db, on[date(2026, 10, 14)], 2)  # 2
    _signed_up(db, on[date(2026, 11, 11)], 2, present=True)  # 2
    _signed_up(db, on[date(2026, 11, 11)], 4, present=False)  # not present
    _signed_up(db, on[date(2026, 11, 11)], 1, present=True, status=SignUpStatus.CANCELLED)
    _signed_up(db, on[date(2026, 10, 28)], 5, present=True)  # a cancelled date: not held
    _signed_up(db, on[date(2026, 12, 9)], 6, present=True)  # not held yet
    repair = _activity(
        db, "Repair café", "20-11-2026", initiative_id=item, repeat=RepeatInput(Repeat.NONE)
    )
    repair_date = occurrence_on(db, repair, date(2026, 11, 20)).id
    _walked_in(db, repair_date, 4)
    _activity(db, "Moestuinoverleg", "2-12-2026", initiative_id=other)
    _activity(db, "Koffieochtend", "2-12-2026", initiative_id=None)

    assert activities_of(db, item, today=TODAY) == [
        LinkedActivity(
            activity_id=meal,
            title="Buurtmaaltijd",
            next_date=datetime(2026, 12, 9, 17, 30),
            next_occurrence_id=on[date(2026, 12, 9)],
            latest_occurrence_id=on[date(2026, 11, 25)],
            rule_text="om de week op woensdag",
            dates_held=3,
            attendance=7,
        ),
        LinkedActivity(
            activity_id=repair,
            title="Repair café",
            next_date=None,
            next_occurrence_id=None,
            latest_occurrence_id=repair_date,
            rule_text="eenmalig",
            dates_held=1,
            attendance=4,
        ),
    ]


def test_a_cancelled_next_date_is_skipped_and_today_counts_as_next(db: Database) -> None:
    item = initiative(db, "Samen eten in de Linde")
    meal = _activity(db, "Buurtmaaltijd", "25-11-2026", initiative_id=item)
    occurrences.cancel_occurrence(db, occurrence_on(db, meal, date(2026, 12, 9)).id)
    [row] = activities_of(db, item, today=date(2026, 12, 9))
    assert row.next_date == datetime(2026, 12, 23, 17, 30)
    assert row.next_occurrence_id == occurrence_on(db, meal, date(2026, 12, 23)).id
    assert row.dates_held == 1  # wo 25-11
    [on_the_day] = activities_of(db, item, today=date(2026, 11, 25))
    assert on_the_day.next_date == datetime(2026, 11, 25, 17, 30)
    assert on_the_day.dates_held == 0


def test_an_initiative_without_activities_has_none(db: Database) -> None:
    item = initiative(db, "Moestuin")
    _activity(db, "Koffieochtend", "2-12-2026", initiative_id=None)
    assert activities_of(db, item, today=TODAY) == []

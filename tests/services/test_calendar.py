"""The agenda's views: a month with sign-up counts, the upcoming list page by page, and
today and this week for the start screen; quick with a busy year."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

from sqlalchemy import event, insert

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import ActivityInput
from buurtdesk.domain.agenda import Activity, Occurrence, SignUp, SignUpStatus
from buurtdesk.domain.recurrence import NO_REPEAT
from buurtdesk.domain.themes import Theme
from buurtdesk.services import activities, calendar
from tests.services.agenda_helpers import (
    EVERY_TUESDAY,
    TODAY,
    at,
    occurrence_on,
    plan,
    room,
    sign_up,
)


def _themes(db: Database, *names: str) -> tuple[int, ...]:
    with db.write() as session:
        themes = [Theme(name=name) for name in names]
        session.add_all(themes)
        session.flush()
        return tuple(t.id for t in themes)


def test_a_period_with_counts_rooms_and_themes(any_db: Database) -> None:
    zaal = room(any_db)
    theme_ids = _themes(any_db, "ontmoeting", "welzijn")
    coffee = activities.create_activity(
        any_db,
        ActivityInput(
            title="Koffieochtend",
            room_id=zaal,
            date="1-12-2026",
            start="10:00",
            end="12:00",
            repeat=EVERY_TUESDAY,
            capacity="3",
            theme_ids=theme_ids,
        ),
        today=TODAY,
    ).activity_id
    plan(any_db, "Avondwandeling", repeat=NO_REPEAT, day="8-12-2026", start="19:00", end="20:00")
    busy = occurrence_on(any_db, coffee, date(2026, 12, 8))
    sign_up(any_db, busy.id, "Familie Yilmaz", party_size=2)
    sign_up(any_db, busy.id, "Jan")
    sign_up(any_db, busy.id, "Piet", status=SignUpStatus.WAITING)
    sign_up(any_db, busy.id, "Kees", status=SignUpStatus.CANCELLED)
    rows = calendar.occurrences_between(any_db, date(2026, 12, 7), date(2026, 12, 13))
    assert [(r.title, r.starts_at) for r in rows] == [
        ("Koffieochtend", at(date(2026, 12, 8), 10)),
        ("Avondwandeling", at(date(2026, 12, 8), 19)),
    ]
    first = rows[0]
    assert (first.confirmed, first.waiting, first.capacity, first.free) == (3, 1, 3, 0)
    assert (first.room_name, first.location_name, first.recurring) == (
        "Grote zaal",
        "Buurthuis De Linde",
        True,
    )
    assert first.themes == "ontmoeting, welzijn"
    assert (rows[1].room_name, rows[1].confirmed, rows[1].recurring) == ("", 0, False)
    in_room = calendar.occurrences_between(
        any_db, date(2026, 12, 7), date(2026, 12, 13), room_id=zaal
    )
    assert [r.title for r in in_room] == ["Koffieochtend"]
    found = calendar.occurrences_between(
        any_db, date(2026, 12, 1), date(2026, 12, 31), text="WANDEL"
    )
    assert [r.title for r in found] == ["Avondwandeling"]
    assert (
        calendar.occurrences_between(any_db, date(2026, 12, 1), date(2026, 12, 31), text="50%_")
        == []
    )


def test_the_upcoming_list_pages_without_gaps_or_doubles(any_db: Database) -> None:
    plan(any_db, "Koffieochtend")
    plan(any_db, "Taalcafé")  # the same times: the order falls back on the id
    since = datetime(2026, 11, 30)
    seen: list[int] = []
    after: tuple[datetime, int] | None = None
    while page := calendar.upcoming_page(any_db, after, limit=20, since=since):
        seen += [r.occurrence_id for r in page]
        after = (page[-1].starts_at, page[-1].occurrence_id)
    assert len(seen) == len(set(seen)) == 2 * 53
    first = calendar.upcoming_page(any_db, None, text="taal", limit=3, since=since)
    assert [r.title for r in first] == ["Taalcafé"] * 3


def test_today_and_the_rest_of_the_week(any_db: Database) -> None:
    plan(any_db, "Koffieochtend")  # Tuesdays
    plan(any_db, "Buurtlunch", repeat=NO_REPEAT, day="6-12-2026")  # Sunday
    plan(any_db, "Kerstmarkt", repeat=NO_REPEAT, day="7-12-2026")  # next Monday
    tuesday = calendar.today_and_week(any_db, date(2026, 12, 1))
    assert [r.title for r in tuesday.today] == ["Koffieochtend"]
    assert [r.title for r in tuesday.rest_of_week] == ["Buurtlunch"]
    saturday = calendar.today_and_week(any_db, date(2026, 12, 5))
    assert saturday.today == []
    assert [r.title for r in saturday.rest_of_week] == [
        "Buurtlunch",
        "Kerstmarkt",
        "Koffieochtend",
    ]


def _busy_year(db: Database) -> None:
    """2,000 activity dates in a year over 12 rooms, with five sign-ups each."""
    rooms = [room(db, f"Zaal {n}") for n in range(12)]
    start = datetime(2027, 1, 4, 9)
    with db.write() as session:
        session.execute(
            insert(Activity),
            [
                {
                    "id": n + 1,
                    "title": f"Activiteit {n}",
                    "room_id": rooms[n % 12],
                    "starts_at": start,
                    "ends_at": start + timedelta(hours=1),
                    "rrule": "",
                    "uid": f"busy-{n}@buurtdesk",
                }
                for n in range(2000)
            ],
        )
        moments = [start + timedelta(days=n // 6, hours=2 * (n % 6)) for n in range(2000)]
        session.execute(
            insert(Occurrence),
            [
                {
                    "id": n + 1,
                    "activity_id": n + 1,
                    "original_start": moment,
                    "starts_at": moment,
                    "ends_at": moment + timedelta(hours=1),
                    "room_id": rooms[n % 12],
                }
                for n, moment in enumerate(moments)
            ],
        )
        session.execute(
            insert(SignUp),
            [
                {"occurrence_id": n // 5 + 1, "walk_in_name": f"Gast {n}", "position": n % 5}
                for n in range(10_000)
            ],
        )


def test_a_month_of_a_busy_year_is_one_query_and_quick(db: Database) -> None:
    _busy_year(db)
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("x")

    event.listen(db.engine, "before_cursor_execute", count)
    begun = time.perf_counter()
    rows = calendar.occurrences_between(db, date(2027, 3, 1), date(2027, 3, 31))
    took = time.perf_counter() - begun
    event.remove(db.engine, "before_cursor_execute", count)
    assert 170 <= len(rows) <= 190
    assert all(r.confirmed == 5 for r in rows)
    assert len(statements) <= 3  # the dates with counts, and the themes (+ BEGIN)
    assert took < 1.0, f"a month took {took:.2f} s"

"""The calendar around today: recurring activities, one-offs, sign-ups, check-ins, shifts."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from buurtdesk.db.engine import Database
from buurtdesk.demo import generate
from buurtdesk.demo.agenda import DOUBLE_BOOKED, WINDOW
from buurtdesk.domain.themes import DEFAULT_THEMES
from tests.demo.conftest import TODAY, fresh_database, rows, scalar


@pytest.mark.parametrize("offset", range(7))
def test_every_day_of_the_week_has_something_on(
    template_db: Path, tmp_path: Path, offset: int
) -> None:
    today = TODAY + timedelta(days=offset)
    database = fresh_database(template_db, tmp_path)
    try:
        generate(database, people=150, seed=3, today=today)
        on_today = rows(
            database,
            "SELECT a.title FROM occurrence o JOIN activity a ON a.id = o.activity_id "
            "WHERE date(o.starts_at) = :day AND o.status = 'gepland'",
            day=today.isoformat(),
        )
    finally:
        database.dispose()
    assert on_today, today.strftime("%A")


def test_recurring_activities_have_rules_uids_and_dates_around_today(demo: Database) -> None:
    activities = rows(demo, "SELECT id, title, rrule, uid, starts_at FROM activity")
    uids = [a[3] for a in activities]
    assert len(set(uids)) == len(uids)
    assert all(u.endswith("@buurtdesk") and len(u) == 36 + len("@buurtdesk") for u in uids)
    rules = {a[1]: a[2] for a in activities if a[2]}
    assert rules["Koffieochtend"] == "FREQ=WEEKLY;BYDAY=TU"
    assert rules["Repair Café"] == "FREQ=MONTHLY;BYDAY=1SA"
    coffee = rows(
        demo,
        "SELECT o.starts_at FROM occurrence o JOIN activity a ON a.id = o.activity_id "
        "WHERE a.title = 'Koffieochtend' ORDER BY o.starts_at",
    )
    days = [datetime.fromisoformat(r[0]) for r in coffee]
    assert all(d.weekday() == 1 and d.hour == 10 for d in days)
    assert days[0].date() >= TODAY - WINDOW
    assert days[-1].date() <= TODAY + WINDOW
    assert len(days) == 26
    repair = rows(
        demo,
        "SELECT o.starts_at FROM occurrence o JOIN activity a ON a.id = o.activity_id "
        "WHERE a.title = 'Repair Café'",
    )
    assert all(datetime.fromisoformat(r[0]).day <= 7 for r in repair), "first Saturday"
    one_offs = [a for a in activities if not a[2]]
    assert len(one_offs) >= 8
    themes = {r[0] for r in rows(demo, "SELECT name FROM theme")}
    assert themes == set(DEFAULT_THEMES)
    assert scalar(demo, "SELECT count(DISTINCT activity_id) FROM activity_theme") == len(activities)


def test_status_follows_today(demo: Database) -> None:
    for starts_at, status in rows(demo, "SELECT starts_at, status FROM occurrence"):
        if starts_at[:10] < TODAY.isoformat():
            assert status in ("gehouden", "afgelast")
        else:
            assert status in ("gepland", "afgelast")
    assert (
        scalar(demo, "SELECT count(*) FROM occurrence WHERE status = 'afgelast' AND note = ''") == 0
    )


def test_rooms_are_never_double_booked_except_once_on_purpose(demo: Database) -> None:
    clashes = rows(
        demo,
        "SELECT a1.title, a2.title FROM occurrence o1 JOIN occurrence o2 "
        "ON o1.room_id = o2.room_id AND o1.id < o2.id "
        "AND o1.starts_at < o2.ends_at AND o2.starts_at < o1.ends_at "
        "JOIN activity a1 ON a1.id = o1.activity_id JOIN activity a2 ON a2.id = o2.activity_id "
        "WHERE o1.status <> 'afgelast' AND o2.status <> 'afgelast'",
    )
    assert sorted(sorted(c) for c in clashes) == [sorted(DOUBLE_BOOKED)]


def test_sign_ups_fill_up_to_capacity_then_a_waiting_list(demo: Database) -> None:
    per_occurrence = rows(
        demo,
        "SELECT a.capacity, "
        "sum(CASE WHEN s.status = 'aangemeld' THEN s.party_size ELSE 0 END), "
        "sum(s.status = 'wachtlijst') "
        "FROM signup s JOIN occurrence o ON o.id = s.occurrence_id "
        "JOIN activity a ON a.id = o.activity_id GROUP BY s.occurrence_id",
    )
    assert per_occurrence
    assert all(seats <= capacity for capacity, seats, _ in per_occurrence)
    assert any(waiting for _, _, waiting in per_occurrence), "popular dates have a waiting list"
    positions = rows(
        demo,
        "SELECT occurrence_id, status, group_concat(position) FROM "
        "(SELECT * FROM signup ORDER BY occurrence_id, status, position) "
        "GROUP BY occurrence_id, status",
    )
    for _, _, numbers in positions:
        assert [int(n) for n in numbers.split(",")] == list(range(1, numbers.count(",") + 2))
    walk_ins = rows(demo, "SELECT walk_in_name FROM signup WHERE person_id IS NULL")
    assert walk_ins
    assert all(name for (name,) in walk_ins)


def test_only_past_dates_have_check_ins_and_every_check_in_was_signed_up_or_walked_in(
    demo: Database,
) -> None:
    attended = rows(
        demo,
        "SELECT o.status, o.starts_at, a.checked_in_at, a.signup_id, s.status, s.checked_in_at "
        "FROM attendance a JOIN occurrence o ON o.id = a.occurrence_id "
        "LEFT JOIN signup s ON s.id = a.signup_id",
    )
    assert len(attended) > 100
    for status, _starts_at, checked_in, signup_id, signup_status, signup_checked_in in attended:
        assert status == "gehouden"
        assert checked_in[:10] < TODAY.isoformat()
        if signup_id is not None:
            assert signup_status == "aangemeld"
            assert signup_checked_in == checked_in


def test_volunteers_take_shifts_with_hours(demo: Database) -> None:
    shifts = rows(
        demo,
        "SELECT p.is_volunteer, v.hours, v.task FROM volunteer_shift v "
        "JOIN person p ON p.id = v.person_id",
    )
    assert len(shifts) > 100
    assert all(volunteer for volunteer, _, _ in shifts)
    assert all(0 < float(hours) <= 9 for _, hours, _ in shifts)
    future = scalar(
        demo,
        "SELECT count(*) FROM volunteer_shift v JOIN occurrence o ON o.id = v.occurrence_id "
        "WHERE o.starts_at >= :day",
        day=TODAY.isoformat(),
    )
    assert future > 0, "the rota for the coming weeks is filled in"


def test_places_and_rooms(demo: Database) -> None:
    rooms = rows(
        demo,
        "SELECT l.name, r.name, r.capacity FROM room r JOIN location l ON l.id = r.location_id",
    )
    assert ("Buurthuis De Linde", "Grote zaal", 80) in rooms
    assert ("Buurthuis De Linde", "Keuken", 12) in rooms


def test_the_default_today_is_the_real_date(template_db: Path, tmp_path: Path) -> None:
    database = fresh_database(template_db, tmp_path)
    try:
        summary = generate(database, people=120, seed=2)
    finally:
        database.dispose()
    assert summary.today == date.today()


def test_series_know_how_far_their_dates_exist_and_weekly_ones_have_regulars(
    demo: Database,
) -> None:
    horizons = rows(demo, "SELECT rrule, occurrences_until FROM activity")
    assert all((until is not None) == bool(rule) for rule, until in horizons), (
        "recurring activities, and only those, have materialised dates"
    )
    assert {date.fromisoformat(str(u)[:10]) for r, u in horizons if r} == {TODAY + WINDOW}
    regulars = rows(
        demo,
        "SELECT a.title, a.rrule, count(*) FROM activity_regular r "
        "JOIN activity a ON a.id = r.activity_id GROUP BY a.id, a.title, a.rrule",
    )
    by_title = {title: count for title, _, count in regulars}
    assert by_title.get("Koffieochtend", 0) >= 5
    assert all(rule.startswith("FREQ=WEEKLY") for _, rule, _ in regulars)
    assert scalar(demo, "SELECT count(*) FROM activity WHERE split_from_id IS NOT NULL") == 0

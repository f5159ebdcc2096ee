"""What a coordinator runs into along the way: restoring a date whose room was taken
meanwhile, calendars that must see a cancelled date, an evening that ends at midnight,
and a waiting list that moves up when places come free."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Activity, SignUp, SignUpStatus
from buurtdesk.domain.recurrence import NO_REPEAT
from buurtdesk.services import activities, calendar, occurrences, signups
from buurtdesk.services.activities import RoomConflicts
from buurtdesk.services.occurrences import OccurrenceChange
from tests.services.agenda_helpers import (
    TODAY,
    activity_input,
    at,
    occurrence_on,
    plan,
    room,
    sign_up,
)
from tests.services.signups_world import add_person
from tests.services.signups_world import plan as plan_dates

DEC_8 = date(2026, 12, 8)


def _statuses(db: Database, occurrence_id: int) -> dict[str, str]:
    with db.read() as session:
        rows = session.scalars(select(SignUp).where(SignUp.occurrence_id == occurrence_id))
        return {row.walk_in_name: row.status for row in rows}


def test_restoring_a_date_whose_room_was_taken_meanwhile_is_reported(any_db: Database) -> None:
    zaal = room(any_db)
    coffee = plan(any_db, "Koffieochtend", room_id=zaal)
    target = occurrence_on(any_db, coffee, DEC_8)
    occurrences.cancel_occurrence(any_db, target.id, reason="Zaal nodig")
    plan(any_db, "Yoga", room_id=zaal, day="8-12-2026", start="11:00", repeat=NO_REPEAT)
    with pytest.raises(RoomConflicts, match=r"al bezet door Yoga"):
        occurrences.restore_occurrence(any_db, target.id, today=TODAY)
    assert occurrences.get_occurrence(any_db, target.id).status == "afgelast"
    occurrences.restore_occurrence(any_db, target.id, allow_conflicts=True, today=TODAY)
    assert occurrences.get_occurrence(any_db, target.id).status == "gepland"


def test_one_date_changed_does_not_ask_again_about_other_dates(any_db: Database) -> None:
    """A clash on 15 Dec, saved on purpose, is not a reason to refuse a note on 8 Dec."""
    zaal = room(any_db)
    coffee = plan(any_db, "Koffieochtend", room_id=zaal)
    plan(
        any_db,
        "Kerstmarkt",
        room_id=zaal,
        day="15-12-2026",
        repeat=NO_REPEAT,
        allow_conflicts=True,
    )
    target = occurrence_on(any_db, coffee, DEC_8)
    change = OccurrenceChange("8-12-2026", "10:00", "12:00", zaal, "Neem een mok mee")
    saved = occurrences.update_occurrence(any_db, target.id, change, today=TODAY)
    assert saved.conflicts == ()
    assert occurrences.get_occurrence(any_db, target.id).note == "Neem een mok mee"


LONG_AGO = datetime(2020, 1, 1)


def _touched_since_long_ago(db: Database, activity_id: int) -> bool:
    """Whether the activity was marked changed since the last call (which sets it back)."""
    with db.write() as session:
        activity = session.get(Activity, activity_id)
        assert activity is not None
        touched = activity.updated_at > LONG_AGO
        activity.updated_at = LONG_AGO
        return touched


def test_cancelling_or_moving_a_date_marks_the_activity_changed(any_db: Database) -> None:
    """The .ics SEQUENCE follows updated_at; without it Outlook keeps the old date."""
    coffee = plan(any_db, "Koffieochtend")
    target = occurrence_on(any_db, coffee, DEC_8)
    _touched_since_long_ago(any_db, coffee)
    occurrences.cancel_occurrence(any_db, target.id)
    assert _touched_since_long_ago(any_db, coffee)
    occurrences.restore_occurrence(any_db, target.id, today=TODAY)
    assert _touched_since_long_ago(any_db, coffee)
    change = OccurrenceChange("8-12-2026", "13:00", "15:00", None)
    occurrences.update_occurrence(any_db, target.id, change, today=TODAY)
    assert _touched_since_long_ago(any_db, coffee)


def test_an_evening_until_midnight_or_past_it(any_db: Database) -> None:
    party = plan(
        any_db, "Oudejaarsavond", day="31-12-2026", start="20:00", end="00:00", repeat=NO_REPEAT
    )
    [row] = calendar.occurrences_between(any_db, date(2026, 12, 31), date(2026, 12, 31))
    assert (row.starts_at, row.ends_at) == (at(date(2026, 12, 31), 20), at(date(2027, 1, 1), 0))
    detail = activities.get_activity(any_db, party)
    assert (detail.data.start, detail.data.end) == ("20:00", "00:00")
    late = occurrences.update_occurrence(
        any_db,
        row.occurrence_id,
        OccurrenceChange("31-12-2026", "21:00", "01:30", None),
        today=TODAY,
    )
    assert late.activity_id == party
    moved = occurrences.get_occurrence(any_db, row.occurrence_id)
    assert moved.ends_at == at(date(2027, 1, 1), 1, 30)


def test_when_a_waiting_party_cancels_the_next_in_line_moves_up(any_db: Database) -> None:
    film = plan_dates(any_db, "Filmavond", capacity=3)
    anna, bram, cor, dirk = (
        add_person(any_db, n, "Test", telefoon="0612345678")
        for n in ("Anna", "Bram", "Cor", "Dirk")
    )
    first = signups.register_person(any_db, film.first, anna)
    signups.register_person(any_db, film.first, bram, party_size=2)
    family = signups.register_person(any_db, film.first, cor, party_size=3)
    single = signups.register_person(any_db, film.first, dirk)
    signups.cancel_signup(any_db, first.signup_id)  # 1 place free; the family does not fit
    cancelled = signups.cancel_signup(any_db, family.signup_id)
    assert [p.name for p in cancelled.promoted] == ["Dirk Test"]
    assert "Bel Dirk Test (06 12345678)" in cancelled.message
    counts = signups.occurrence_counts(any_db, film.first)
    assert (counts.expected, counts.waiting, counts.free) == (3, 0, 0)
    assert single.status is SignUpStatus.WAITING


def test_more_places_move_the_waiting_list_up_and_say_who_to_call(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend", capacity="1")
    busy = occurrence_on(any_db, coffee, DEC_8)
    sign_up(any_db, busy.id, "Jan de Vries")
    sign_up(any_db, busy.id, "Fatima el Amrani", status=SignUpStatus.WAITING)
    sign_up(any_db, busy.id, "Familie Bakker", party_size=3, status=SignUpStatus.WAITING)
    saved = activities.update_activity(any_db, coffee, activity_input(capacity="2"), today=TODAY)
    assert _statuses(any_db, busy.id) == {
        "Jan de Vries": "aangemeld",
        "Fatima el Amrani": "aangemeld",
        "Familie Bakker": "wachtlijst",
    }
    assert [p.name for p in saved.promoted] == ["Fatima el Amrani"]
    assert "di 8 dec 2026: Bel Fatima el Amrani (06 12345678)" in saved.message
    saved = activities.update_activity(any_db, coffee, activity_input(capacity=""), today=TODAY)
    assert _statuses(any_db, busy.id)["Familie Bakker"] == "aangemeld"
    assert [p.name for p in saved.promoted] == ["Familie Bakker"]


def test_dates_before_today_keep_their_waiting_list(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend", capacity="1")
    held = occurrence_on(any_db, coffee, DEC_8)
    sign_up(any_db, held.id, "Jan de Vries")
    sign_up(any_db, held.id, "Fatima el Amrani", status=SignUpStatus.WAITING)
    later = TODAY + timedelta(days=14)
    saved = activities.update_activity(any_db, coffee, activity_input(capacity="5"), today=later)
    assert saved.promoted == ()
    assert _statuses(any_db, held.id)["Fatima el Amrani"] == "wachtlijst"

"""Planning activities: their dates a year ahead, a room never booked twice by accident,
and changes to a whole series that keep everyone's sign-ups."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Activity, ActivityStatus, Occurrence, SignUp
from buurtdesk.domain.errors import NotFound, ValidationError
from buurtdesk.domain.recurrence import NO_REPEAT, Repeat, RepeatInput
from buurtdesk.services import activities, occurrences
from buurtdesk.services.activities import RoomConflicts
from buurtdesk.services.changes import Entity
from buurtdesk.services.occurrences import OccurrenceChange
from tests.services.agenda_helpers import (
    TODAY,
    activity_input,
    at,
    dates_of,
    occurrence_on,
    plan,
    room,
    sign_up,
)

EVERY_OTHER_TUESDAY = RepeatInput(Repeat.WEEKLY, interval=2, weekdays=(1,))


def test_a_series_gets_its_dates_a_year_ahead(any_db: Database) -> None:
    saved = activities.create_activity(
        any_db, activity_input(repeat=EVERY_OTHER_TUESDAY), today=TODAY
    )
    assert saved.changes.affects(Entity.ACTIVITY)
    assert saved.changes.affects(Entity.OCCURRENCE)
    days = [o.starts_at for o in dates_of(any_db, saved.activity_id)]
    assert days[:3] == [
        at(date(2026, 12, 1), 10),
        at(date(2026, 12, 15), 10),
        at(date(2026, 12, 29), 10),
    ]
    assert len(days) == 27  # 1 Dec 2026 .. 30 Nov 2027, every other week
    assert days[-1] == at(date(2027, 11, 30), 10)
    with any_db.read() as session:
        stored = session.get(Activity, saved.activity_id)
        assert stored is not None
        assert stored.occurrences_until == date(2027, 11, 30)
        assert stored.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
        assert stored.uid.endswith("@buurtdesk")


def test_a_series_with_an_end_stops_there(any_db: Database) -> None:
    counted = plan(any_db, repeat=RepeatInput(Repeat.WEEKLY, weekdays=(1,), count=5))
    assert len(dates_of(any_db, counted)) == 5
    until = plan(
        any_db,
        "Taalcafé",
        repeat=RepeatInput(Repeat.WEEKLY, weekdays=(3,), until=date(2026, 12, 17)),
    )
    assert [o.starts_at.date() for o in dates_of(any_db, until)] == [
        date(2026, 12, 3),
        date(2026, 12, 10),
        date(2026, 12, 17),
    ]


def test_a_one_off_has_one_date(any_db: Database) -> None:
    one = plan(any_db, "Buurtfeest", day="12 dec 2026", start="14", end="17", repeat=NO_REPEAT)
    [only] = dates_of(any_db, one)
    assert (only.starts_at, only.ends_at) == (
        at(date(2026, 12, 12), 14),
        at(date(2026, 12, 12), 17),
    )
    detail = activities.get_activity(any_db, one)
    assert (detail.is_recurring, detail.rule_text) == (False, "eenmalig")


def test_the_editor_gets_back_what_was_saved(any_db: Database) -> None:
    zaal = room(any_db)
    data = activity_input(room_id=zaal, repeat=EVERY_OTHER_TUESDAY, capacity="20")
    activity_id = activities.create_activity(any_db, data, today=TODAY).activity_id
    detail = activities.get_activity(any_db, activity_id)
    assert detail.data.date == "01-12-2026"
    assert (detail.data.start, detail.data.end) == ("10:00", "12:00")
    assert detail.data.repeat == EVERY_OTHER_TUESDAY
    assert detail.data.capacity == "20"
    assert detail.rule_text == "om de week op dinsdag"
    assert detail.room_label == "Grote zaal (Buurthuis De Linde)"


def test_double_booking_names_the_other_activity_and_saves_nothing(any_db: Database) -> None:
    zaal = room(any_db)
    plan(any_db, "Koffieochtend", room_id=zaal)
    with pytest.raises(RoomConflicts) as caught:
        plan(
            any_db,
            "Yoga",
            room_id=zaal,
            day="8-12-2026",
            start="11:00",
            end="12:30",
            repeat=RepeatInput(Repeat.WEEKLY, weekdays=(1,), count=12),
        )
    assert caught.value.message == (
        "Grote zaal is op di 8 dec 2026, 10.00–12.00 uur al bezet door Koffieochtend, "
        "en op 11 andere data."
    )
    assert len(caught.value.conflicts) == 12
    assert caught.value.conflicts[0].other_title == "Koffieochtend"
    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 1


def test_the_coordinator_can_book_twice_on_purpose(any_db: Database) -> None:
    zaal = room(any_db)
    plan(any_db, "Koffieochtend", room_id=zaal)
    saved = activities.create_activity(
        any_db,
        activity_input(
            "Informatieavond",
            room_id=zaal,
            day="8-12-2026",
            start="11:30",
            end="13:00",
            repeat=NO_REPEAT,
        ),
        allow_conflicts=True,
        today=TODAY,
    )
    [conflict] = saved.conflicts
    assert (conflict.other_title, conflict.room_name) == ("Koffieochtend", "Grote zaal")
    assert len(dates_of(any_db, saved.activity_id)) == 1


def test_a_double_booking_saved_on_purpose_is_not_asked_again_for_another_change(
    any_db: Database,
) -> None:
    zaal, keuken = room(any_db), room(any_db, "Keuken")
    plan(any_db, "Koffieochtend", room_id=zaal)
    yoga = plan(any_db, "Yoga", room_id=zaal, start="11:00", end="12:30", allow_conflicts=True)
    more_places = activity_input("Yoga", room_id=zaal, start="11:00", end="12:30", capacity="15")
    saved = activities.update_activity(any_db, yoga, more_places, today=TODAY)
    assert saved.conflicts == ()
    assert activities.get_activity(any_db, yoga).data.capacity == "15"
    # Another time, room or rule is checked again.
    later = activity_input("Yoga", room_id=zaal, start="11:30", end="12:30", capacity="15")
    with pytest.raises(RoomConflicts):
        activities.update_activity(any_db, yoga, later, today=TODAY)
    elsewhere = activity_input("Yoga", room_id=keuken, start="11:00", end="12:30")
    activities.update_activity(any_db, yoga, elsewhere, today=TODAY)
    back = activity_input("Yoga", room_id=zaal, start="11:00", end="12:30")
    with pytest.raises(RoomConflicts):
        activities.update_activity(any_db, yoga, back, today=TODAY)
    fortnightly = activity_input(
        "Yoga", room_id=keuken, start="11:00", end="12:30", repeat=EVERY_OTHER_TUESDAY
    )
    assert activities.update_activity(any_db, yoga, fortnightly, today=TODAY).conflicts == ()


def test_no_clash_in_another_room_after_the_end_or_on_a_cancelled_date(any_db: Database) -> None:
    zaal, keuken = room(any_db), room(any_db, "Keuken")
    coffee = plan(any_db, "Koffieochtend", room_id=zaal)
    plan(any_db, "Kookclub", room_id=keuken, repeat=NO_REPEAT, day="8-12-2026")
    plan(
        any_db, "Lunch", room_id=zaal, repeat=NO_REPEAT, day="8-12-2026", start="12:00", end="13:00"
    )
    occurrences.cancel_occurrence(any_db, occurrence_on(any_db, coffee, date(2026, 12, 15)).id)
    plan(any_db, "Kerstkoor", room_id=zaal, repeat=NO_REPEAT, day="15-12-2026")


def test_changing_the_time_of_a_series_keeps_sign_ups_and_moved_dates(any_db: Database) -> None:
    zaal, keuken = room(any_db), room(any_db, "Keuken")
    coffee = plan(any_db, "Koffieochtend", room_id=zaal)
    before = {o.original_start.date(): o.id for o in dates_of(any_db, coffee)}
    signed = occurrence_on(any_db, coffee, date(2026, 12, 8))
    sign_up(any_db, signed.id)
    moved = occurrence_on(any_db, coffee, date(2026, 12, 22))
    occurrences.update_occurrence(
        any_db, moved.id, OccurrenceChange("23-12-2026", "14:00", "16:00", keuken), today=TODAY
    )
    activities.update_activity(
        any_db, coffee, activity_input(room_id=zaal, start="10:30", end="12:30"), today=TODAY
    )
    after = dates_of(any_db, coffee)
    assert {o.original_start.date(): o.id for o in after} == before
    by_day = {o.original_start.date(): o for o in after}
    assert (by_day[date(2026, 12, 8)].starts_at, by_day[date(2026, 12, 8)].ends_at) == (
        at(date(2026, 12, 8), 10, 30),
        at(date(2026, 12, 8), 12, 30),
    )
    kept = by_day[date(2026, 12, 22)]
    assert (kept.starts_at, kept.room_id) == (at(date(2026, 12, 23), 14), keuken)
    assert kept.original_start == at(date(2026, 12, 22), 10, 30)
    with any_db.read() as session:
        assert session.scalar(select(SignUp.occurrence_id)) == signed.id


def test_a_new_rule_that_drops_a_date_with_sign_ups_is_refused(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend")
    signed = occurrence_on(any_db, coffee, date(2026, 12, 8))
    for name in ("Jan", "Piet", "Fatima"):
        sign_up(any_db, signed.id, name)
    with pytest.raises(ValidationError) as caught:
        activities.update_activity(
            any_db, coffee, activity_input(repeat=EVERY_OTHER_TUESDAY), today=TODAY
        )
    assert caught.value.field == "repeat"
    assert caught.value.message.startswith("Voor di 8 dec 2026 zijn al 3 aanmeldingen.")
    assert len(dates_of(any_db, coffee)) == 53


def test_a_new_rule_drops_dates_nobody_signed_up_for(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend")
    activities.update_activity(
        any_db, coffee, activity_input(repeat=EVERY_OTHER_TUESDAY), today=TODAY
    )
    days = [o.starts_at.date() for o in dates_of(any_db, coffee)]
    assert len(days) == 27
    assert all((d - date(2026, 12, 1)).days % 14 == 0 for d in days)


def test_past_dates_stay_as_they_were_held(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend")
    later = TODAY + timedelta(days=14)
    activities.update_activity(
        any_db, coffee, activity_input(start="9:00", end="11:00"), today=later
    )
    by_day = {o.original_start.date(): o.starts_at for o in dates_of(any_db, coffee)}
    assert by_day[date(2026, 12, 8)] == at(date(2026, 12, 8), 10)
    assert by_day[date(2026, 12, 15)] == at(date(2026, 12, 15), 9)


def test_capacity_below_current_sign_ups_is_refused(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend", capacity="20")
    busy = occurrence_on(any_db, coffee, date(2026, 12, 10 - 2))
    sign_up(any_db, busy.id, "Familie Yilmaz", party_size=10)
    sign_up(any_db, busy.id, "Familie Bakker", party_size=4)
    with pytest.raises(ValidationError) as caught:
        activities.update_activity(any_db, coffee, activity_input(capacity="12"), today=TODAY)
    assert (caught.value.field, caught.value.message) == (
        "capacity",
        "Er zijn al 14 aanmeldingen voor di 8 dec 2026. De capaciteit kan niet lager zijn dan 14.",
    )
    activities.update_activity(any_db, coffee, activity_input(capacity="14"), today=TODAY)


def test_moving_a_one_off_keeps_its_sign_ups(any_db: Database) -> None:
    feast = plan(any_db, "Buurtfeest", repeat=NO_REPEAT, day="12-12-2026")
    [only] = dates_of(any_db, feast)
    sign_up(any_db, only.id)
    activities.update_activity(
        any_db, feast, activity_input("Buurtfeest", repeat=NO_REPEAT, day="19-12-2026"), today=TODAY
    )
    [moved] = dates_of(any_db, feast)
    assert (moved.id, moved.starts_at) == (only.id, at(date(2026, 12, 19), 10))


def test_ensure_occurrences_extends_once(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend")
    assert activities.ensure_occurrences(any_db, date(2027, 11, 1)) == activities.NOTHING
    changes = activities.ensure_occurrences(any_db, date(2028, 1, 31))
    assert changes.affects(Entity.OCCURRENCE)
    days = [o.starts_at.date() for o in dates_of(any_db, coffee)]
    assert days[-1] == date(2028, 1, 25)
    assert len(days) == len(set(days)) == 53 + 8
    assert not activities.ensure_occurrences(any_db, date(2028, 1, 31))


def test_delete_asks_first_when_people_signed_up(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend", day="1-12-2030", repeat=NO_REPEAT)
    sign_up(any_db, dates_of(any_db, coffee)[0].id)
    with pytest.raises(ValidationError, match="Koffieochtend heeft nog 1 aanmelding"):
        activities.delete_activity(any_db, coffee)
    activities.delete_activity(any_db, coffee, force=True)
    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Occurrence)) == 0
        assert session.scalar(select(func.count()).select_from(SignUp)) == 0
    with pytest.raises(NotFound):
        activities.get_activity(any_db, coffee)


def test_status_of_the_whole_activity(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend")
    activities.set_activity_status(any_db, coffee, ActivityStatus.CANCELLED)
    assert activities.get_activity(any_db, coffee).data.status is ActivityStatus.CANCELLED
    first = dates_of(any_db, coffee)[0]
    assert occurrences.get_occurrence(any_db, first.id).status == "afgelast"
    zaal = room(any_db)
    plan(any_db, "Yoga", room_id=zaal)  # a cancelled activity holds no room
    assert datetime(2026, 12, 1) < first.starts_at

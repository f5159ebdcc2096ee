"""One date of a series: cancel it, move it, or change it and all following dates without
losing anyone's sign-up."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Activity, ActivityRegular, SignUp
from buurtdesk.domain.errors import ValidationError, ValidationErrors
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.recurrence import NO_REPEAT, Repeat, RepeatInput, expand
from buurtdesk.services import activities, calendar, occurrences, people
from buurtdesk.services.activities import RoomConflicts
from buurtdesk.services.occurrences import OccurrenceChange, Scope
from tests.services.agenda_helpers import (
    TODAY,
    at,
    dates_of,
    occurrence_on,
    plan,
    room,
    sign_up,
)


def test_cancelling_one_date_leaves_the_others(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend")
    target = occurrence_on(any_db, coffee, date(2026, 12, 8))
    sign_up(any_db, target.id)
    occurrences.cancel_occurrence(any_db, target.id, reason="Buurthuis dicht")
    rows = calendar.occurrences_between(any_db, date(2026, 12, 1), date(2026, 12, 15))
    assert [(r.starts_at.day, r.status) for r in rows] == [
        (1, "gepland"),
        (8, "afgelast"),
        (15, "gepland"),
    ]
    assert rows[1].confirmed == 1, "the sign-ups stay, so they can be told"
    detail = occurrences.get_occurrence(any_db, target.id)
    assert (detail.cancel_reason, detail.status_label) == ("Buurthuis dicht", "Afgelast")
    occurrences.restore_occurrence(any_db, target.id)
    restored = occurrences.get_occurrence(any_db, target.id)
    assert (restored.status, restored.cancel_reason) == ("gepland", "")


def test_a_cancel_reason_leaves_the_dates_own_note_alone(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend")
    target = occurrence_on(any_db, coffee, date(2026, 12, 8))
    moved = occurrences.OccurrenceChange(
        "08-12-2026", "10:00", "12:00", None, "Verplaatst: verbouwing"
    )
    occurrences.update_occurrence(any_db, target.id, moved, today=date(2026, 12, 1))
    occurrences.cancel_occurrence(any_db, target.id, reason="Buurthuis dicht")
    occurrences.restore_occurrence(any_db, target.id, today=date(2026, 12, 1))
    assert occurrences.get_occurrence(any_db, target.id).note == "Verplaatst: verbouwing"


def test_moving_one_date_keeps_its_place_in_the_series(any_db: Database) -> None:
    zaal, keuken = room(any_db), room(any_db, "Keuken")
    coffee = plan(any_db, "Koffieochtend", room_id=zaal)
    target = occurrence_on(any_db, coffee, date(2026, 12, 8))
    saved = occurrences.update_occurrence(
        any_db,
        target.id,
        OccurrenceChange("9-12-2026", "13:00", "15:00", keuken, "Verplaatst wegens verbouwing"),
        today=TODAY,
    )
    assert saved.activity_id == coffee
    moved = occurrence_on(any_db, coffee, date(2026, 12, 8))
    assert moved.original_start == at(date(2026, 12, 8), 10)
    assert (moved.starts_at, moved.ends_at, moved.room_id) == (
        at(date(2026, 12, 9), 13),
        at(date(2026, 12, 9), 15),
        keuken,
    )
    detail = occurrences.get_occurrence(any_db, target.id)
    assert detail.when_text == "wo 9 dec 2026, 13.00–15.00 uur"
    assert detail.room_label == "Keuken (Buurthuis De Linde)"
    assert detail.rule_text == "elke week op dinsdag"


def test_moving_a_date_onto_another_activity_is_reported(any_db: Database) -> None:
    zaal = room(any_db)
    coffee = plan(any_db, "Koffieochtend", room_id=zaal)
    plan(any_db, "Yoga", room_id=zaal, day="9-12-2026", repeat=NO_REPEAT)
    target = occurrence_on(any_db, coffee, date(2026, 12, 8))
    change = OccurrenceChange("9-12-2026", "11:00", "12:00", zaal)
    with pytest.raises(RoomConflicts, match=r"wo 9 dec 2026, 10\.00–12\.00 uur al bezet door Yoga"):
        occurrences.update_occurrence(any_db, target.id, change, today=TODAY)
    assert occurrence_on(any_db, coffee, date(2026, 12, 8)).starts_at == at(date(2026, 12, 8), 10)
    saved = occurrences.update_occurrence(
        any_db, target.id, change, allow_conflicts=True, today=TODAY
    )
    assert [c.other_title for c in saved.conflicts] == ["Yoga"]


def test_wrong_input_for_one_date(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend")
    target = dates_of(any_db, coffee)[0]
    with pytest.raises(ValidationErrors) as caught:
        occurrences.update_occurrence(
            any_db, target.id, OccurrenceChange("30-02-2027", "14:00", "12:00", None)
        )
    assert caught.value.by_field() == {
        "date": "30 februari 2027 bestaat niet.",
        "end": "De eindtijd ligt voor de begintijd. Kies een eindtijd na 14.00 uur.",
    }


def _person(db: Database) -> int:
    return people.create_person(db, PersonInput(voornaam="Truus", achternaam="Bakker")).person_id


def test_this_and_following_splits_the_series_and_keeps_sign_ups(any_db: Database) -> None:
    zaal, keuken = room(any_db), room(any_db, "Keuken")
    coffee = plan(any_db, "Koffieochtend", room_id=zaal)
    regular = _person(any_db)
    with any_db.write() as session:
        session.add(ActivityRegular(activity_id=coffee, person_id=regular))
    early = occurrence_on(any_db, coffee, date(2026, 12, 8))
    split_at = occurrence_on(any_db, coffee, date(2027, 1, 5))
    later = occurrence_on(any_db, coffee, date(2027, 1, 19))
    sign_up(any_db, early.id, "Jan")
    kept = sign_up(any_db, later.id, "Fatima", party_size=2)
    saved = occurrences.update_occurrence(
        any_db,
        split_at.id,
        OccurrenceChange("5-1-2027", "13:30", "15:00", keuken),
        scope=Scope.FOLLOWING,
        today=TODAY,
    )
    new = saved.activity_id
    assert new != coffee
    with any_db.read() as session:
        old_series, new_series = session.get(Activity, coffee), session.get(Activity, new)
        assert old_series is not None
        assert new_series is not None
        assert old_series.rrule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270104T235959"
        assert new_series.rrule == "FREQ=WEEKLY;BYDAY=TU"
        assert new_series.split_from_id == coffee
        assert new_series.uid != old_series.uid
        assert (new_series.starts_at, new_series.room_id) == (at(date(2027, 1, 5), 13, 30), keuken)
        assert session.scalar(select(SignUp.occurrence_id).where(SignUp.id == kept)) == later.id
        assert session.scalars(
            select(ActivityRegular.person_id).where(ActivityRegular.activity_id == new)
        ).all() == [regular]
    old_days = [o.starts_at for o in dates_of(any_db, coffee)]
    assert old_days == [at(date(2026, 12, d), 10) for d in (1, 8, 15, 22, 29)]
    new_rows = dates_of(any_db, new)
    assert new_rows[0].id == split_at.id
    assert later.id in [o.id for o in new_rows]
    assert all(
        (o.starts_at.hour, o.starts_at.minute, o.room_id) == (13, 30, keuken) for o in new_rows
    )
    assert len(new_rows) == 53 - 5
    rows = calendar.occurrences_between(any_db, date(2027, 1, 19), date(2027, 1, 19))
    assert [(r.activity_id, r.confirmed) for r in rows] == [(new, 2)]
    # The split series goes on with the new rule when the agenda looks further ahead.
    activities.ensure_occurrences(any_db, date(2028, 1, 31))
    assert dates_of(any_db, coffee)[-1].starts_at.date() == date(2026, 12, 29)
    expected = expand(
        "FREQ=WEEKLY;BYDAY=TU", at(date(2027, 1, 5), 13, 30), TODAY, date(2028, 1, 31)
    )
    assert [o.starts_at for o in dates_of(any_db, new)] == expected


def test_this_and_following_from_the_first_date_changes_the_series_itself(
    any_db: Database,
) -> None:
    coffee = plan(
        any_db, "Koffieochtend", repeat=RepeatInput(Repeat.WEEKLY, weekdays=(1,), count=4)
    )
    first = dates_of(any_db, coffee)[0]
    saved = occurrences.update_occurrence(
        any_db,
        first.id,
        OccurrenceChange("1-12-2026", "9:00", "11:00", None),
        scope=Scope.FOLLOWING,
        today=TODAY,
    )
    assert saved.activity_id == coffee
    assert [o.starts_at.hour for o in dates_of(any_db, coffee)] == [9, 9, 9, 9]


def test_this_and_following_keeps_the_day(any_db: Database) -> None:
    coffee = plan(any_db, "Koffieochtend")
    target = occurrence_on(any_db, coffee, date(2027, 1, 5))
    with pytest.raises(ValidationError) as caught:
        occurrences.update_occurrence(
            any_db,
            target.id,
            OccurrenceChange("6-1-2027", "10:00", "12:00", None),
            scope=Scope.FOLLOWING,
        )
    assert caught.value.field == "date"

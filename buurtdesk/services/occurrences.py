"""One date of an activity: look it up, move it, cancel or restore it, or change this date
and all following ones.

"This and all following" (``Scope.FOLLOWING``) splits the series: the old activity's rule
ends the day before, and a new activity (``split_from_id`` = the old one, a fresh uid) takes
the dates from there on. Those dates' rows are re-pointed, not copied, so their sign-ups,
attendance and shifts simply come along. The new series gets the new time, end and room;
a date that had been changed on its own keeps its own time and room. Regulars, themes and
organisers are copied to the new series. A different day for the following dates is chosen
in the activity's repeat rule instead ("Herhaling"); here the day stays.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import STATUS_LABELS, length_of
from buurtdesk.domain.agenda import (
    Activity,
    ActivityOrganiser,
    ActivityRegular,
    ActivityStatus,
    ActivityTheme,
    Occurrence,
    Room,
)
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.dutch_dates import format_when, parse_date, parse_time
from buurtdesk.domain.errors import FieldErrors, NotFound, ValidationError, ValidationErrors
from buurtdesk.domain.recurrence import continuing_from, describe, ending_before
from buurtdesk.domain.validation.text import clean_text
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.activities import SavedActivity, check_rooms, new_uid, saved_changes
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.locations import label_of_room
from buurtdesk.services.occurrence_dates import SeriesTimes, follow_series, start_of

GONE = "Deze datum bestaat niet meer. Misschien is de activiteit ergens anders gewijzigd."


class Scope(enum.StrEnum):
    THIS = "this"
    FOLLOWING = "following"


@dataclass(frozen=True)
class OccurrenceChange:
    """One date's new values as the form holds them."""

    date: str
    start: str
    end: str
    room_id: int | None
    note: str = ""


@dataclass(frozen=True)
class OccurrenceDetail:
    occurrence_id: int
    activity_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    room_id: int | None
    room_label: str
    status: str
    note: str
    cancel_reason: str
    capacity: int | None
    signup_required: bool
    is_recurring: bool
    rule_text: str
    when_text: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(ActivityStatus(self.status), self.status)


@dataclass(frozen=True)
class _ValidChange:
    starts_at: datetime
    ends_at: datetime
    room_id: int | None
    note: str


def _validate(change: OccurrenceChange) -> _ValidChange:
    collected = FieldErrors()
    check = collected.check
    day = check(lambda: parse_date(change.date, field="date"), None)
    start = check(lambda: parse_time(change.start, field="start"), None)
    end = check(lambda: parse_time(change.end, field="end"), None)
    note = check(
        lambda: clean_text(
            change.note, field="note", label="Opmerking", max_length=10_000, multiline=True
        ),
        "",
    )
    length = None
    if start is not None and end is not None:
        length = check(lambda: length_of(start, end), None)
    if collected.errors or day is None or start is None or length is None:
        raise ValidationErrors(collected.errors)
    starts_at = datetime.combine(day, start)
    return _ValidChange(starts_at, starts_at + length, change.room_id, note)


def _occurrence(session: Session, occurrence_id: int) -> tuple[Occurrence, Activity]:
    occurrence = session.get(Occurrence, occurrence_id)
    if occurrence is None:
        raise NotFound(GONE)
    activity = session.get(Activity, occurrence.activity_id)
    assert activity is not None
    return occurrence, activity


def _apply(occurrence: Occurrence, valid: _ValidChange) -> None:
    occurrence.starts_at = valid.starts_at
    occurrence.ends_at = valid.ends_at
    occurrence.room_id = valid.room_id
    occurrence.note = valid.note


def _copy_links(session: Session, old_id: int, new_id: int) -> None:
    for theme_id in session.scalars(
        select(ActivityTheme.theme_id).where(ActivityTheme.activity_id == old_id)
    ):
        session.add(ActivityTheme(activity_id=new_id, theme_id=theme_id))
    for person_id, organisation_id in session.execute(
        select(ActivityOrganiser.person_id, ActivityOrganiser.organisation_id).where(
            ActivityOrganiser.activity_id == old_id
        )
    ):
        session.add(
            ActivityOrganiser(
                activity_id=new_id, person_id=person_id, organisation_id=organisation_id
            )
        )
    for person_id in session.scalars(
        select(ActivityRegular.person_id).where(ActivityRegular.activity_id == old_id)
    ):
        session.add(ActivityRegular(activity_id=new_id, person_id=person_id))


def _split(session: Session, old: Activity, occurrence: Occurrence, valid: _ValidChange) -> int:
    """Cut ``old`` before ``occurrence``'s date and give the rest to a new series; returns
    the id of the series that now holds ``occurrence``."""
    day = occurrence.original_start.date()
    if valid.starts_at.date() != occurrence.starts_at.date():
        raise ValidationError(
            "date",
            "Voor deze en alle volgende data blijft de dag hetzelfde. Een andere dag kiest u "
            "bij de herhaling van de activiteit.",
        )
    before = SeriesTimes.of(old)
    first = old.starts_at.date() >= day
    series = old
    if not first:
        series = Activity(
            title=old.title,
            description=old.description,
            rrule=continuing_from(old.rrule, old.starts_at, day),
            capacity=old.capacity,
            signup_required=old.signup_required,
            cost_cents=old.cost_cents,
            initiative_id=old.initiative_id,
            status=old.status,
            uid=new_uid(),
            occurrences_until=old.occurrences_until,
            split_from_id=old.id,
        )
        old.rrule = ending_before(old.rrule, old.starts_at, day)
    series.starts_at = datetime.combine(day, valid.starts_at.time())
    series.ends_at = series.starts_at + (valid.ends_at - valid.starts_at)
    series.room_id = valid.room_id
    if not first:
        session.add(series)
        session.flush()
        _copy_links(session, old.id, series.id)
    following = list(
        session.scalars(
            select(Occurrence).where(
                Occurrence.activity_id == old.id,
                Occurrence.original_start >= start_of(day),
            )
        )
    )
    for row in following:
        row.activity_id = series.id
        if row.id != occurrence.id:
            start = datetime.combine(row.original_start.date(), series.starts_at.time())
            follow_series(row, series, before, start)
    occurrence.original_start = series.starts_at
    _apply(occurrence, valid)
    return series.id


@coordinator_only
def update_occurrence(
    db: Database,
    occurrence_id: int,
    change: OccurrenceChange,
    *,
    scope: Scope = Scope.THIS,
    allow_conflicts: bool = False,
    today: date | None = None,
) -> SavedActivity:
    """Move or change one date (``Scope.THIS``), or this and all following dates."""
    valid = _validate(change)
    today = today or date.today()
    with db.write() as session:
        occurrence, activity = _occurrence(session, occurrence_id)
        if valid.room_id is not None and session.get(Room, valid.room_id) is None:
            raise ValidationError("room", "Deze zaal bestaat niet meer. Kies een andere zaal.")
        if scope is Scope.FOLLOWING and activity.rrule:
            activity_id = _split(session, activity, occurrence, valid)
        else:
            activity_id = activity.id
            _apply(occurrence, valid)
            if not activity.rrule:  # a one-off's date is the activity's date
                activity.starts_at, activity.ends_at = valid.starts_at, valid.ends_at
                activity.room_id = valid.room_id
                occurrence.original_start = valid.starts_at
        only = occurrence_id if scope is Scope.THIS or not activity.rrule else None
        conflicts = check_rooms(session, activity_id, allow_conflicts, today, occurrence_id=only)
        activity.updated_at = utcnow()  # calendars take the change (ics SEQUENCE)
        audit.record(
            session,
            action="gewijzigd",
            entity="occurrence",
            entity_id=occurrence_id,
            user_id=db.actor.user_id,
            detail=f"scope {Scope(scope).value}",
        )
    changes = saved_changes(activity.id, activity_id) | Changes.of(Entity.SIGNUP)
    return SavedActivity(activity_id, changes, conflicts)


def _set_status(
    session: Session, db: Database, occurrence: Occurrence, activity: Activity, status: str
) -> Changes:
    occurrence.status = status
    activity.updated_at = utcnow()  # calendars take the change (ics SEQUENCE)
    audit.record(
        session,
        action="afgelast" if status == ActivityStatus.CANCELLED.value else "hersteld",
        entity="occurrence",
        entity_id=occurrence.id,
        user_id=db.actor.user_id,
    )
    return Changes.of(Entity.OCCURRENCE, occurrence.id) | Changes.of(Entity.ACTIVITY, activity.id)


@coordinator_only
def cancel_occurrence(db: Database, occurrence_id: int, *, reason: str = "") -> Changes:
    """Cancel one date (afgelast); its sign-ups stay, so they can be told and restored."""
    with db.write() as session:
        occurrence, activity = _occurrence(session, occurrence_id)
        occurrence.cancel_reason = clean_text(
            reason, field="reason", label="Reden", max_length=10_000, multiline=True
        )
        return _set_status(session, db, occurrence, activity, ActivityStatus.CANCELLED.value)


@coordinator_only
def restore_occurrence(
    db: Database,
    occurrence_id: int,
    *,
    allow_conflicts: bool = False,
    today: date | None = None,
) -> Changes:
    """Undo a cancellation: the date is planned again (held if it lies in the past).

    Like any save, a room that someone else booked meanwhile raises ``RoomConflicts``
    (nothing changes) unless ``allow_conflicts``."""
    today = today or date.today()
    with db.write() as session:
        occurrence, activity = _occurrence(session, occurrence_id)
        past = occurrence.starts_at < start_of(today)
        status = ActivityStatus.HELD if past else ActivityStatus.PLANNED
        occurrence.cancel_reason = ""
        changes = _set_status(session, db, occurrence, activity, status.value)
        check_rooms(session, activity.id, allow_conflicts, today, occurrence_id=occurrence_id)
        return changes


@coordinator_only
def get_occurrence(db: Database, occurrence_id: int) -> OccurrenceDetail:
    with db.read() as session:
        occurrence, activity = _occurrence(session, occurrence_id)
        status = (
            ActivityStatus.CANCELLED.value
            if activity.status == ActivityStatus.CANCELLED.value
            else occurrence.status
        )
        return OccurrenceDetail(
            occurrence_id=occurrence.id,
            activity_id=activity.id,
            title=activity.title,
            starts_at=occurrence.starts_at,
            ends_at=occurrence.ends_at,
            room_id=occurrence.room_id,
            room_label=label_of_room(session, occurrence.room_id),
            status=status,
            note=occurrence.note,
            cancel_reason=occurrence.cancel_reason,
            capacity=activity.capacity,
            signup_required=activity.signup_required,
            is_recurring=bool(activity.rrule),
            rule_text=describe(activity.rrule),
            when_text=format_when(occurrence.starts_at, occurrence.ends_at),
        )

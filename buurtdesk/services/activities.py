"""Activities: plan, change, look up and remove a one-off or recurring activity.

Saving checks the rooms: when one of the activity's dates (from today on) overlaps another
activity in the same room, ``RoomConflicts`` is raised and nothing is saved, unless the
coordinator saves again with ``allow_conflicts=True``; the conflicts are then returned.
Dates are written as occurrence rows a year ahead (``occurrence_dates``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import (
    ActivityInput,
    ValidActivity,
    input_cost,
    validate_activity,
)
from buurtdesk.domain.agenda import (
    Activity,
    ActivityOrganiser,
    ActivityStatus,
    ActivityTheme,
    Occurrence,
    Room,
    SignUp,
    SignUpStatus,
)
from buurtdesk.domain.dutch_dates import input_date, input_time
from buurtdesk.domain.errors import NotFound, ValidationError
from buurtdesk.domain.recurrence import describe, from_rrule
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.activity_capacity import (
    move_waiting_lists_up,
    refuse_capacity_below_sign_ups,
)
from buurtdesk.services.changes import NOTHING, Changes, Entity
from buurtdesk.services.locations import label_of_room
from buurtdesk.services.occurrence_dates import (
    SeriesTimes,
    horizon,
    materialise,
    resync,
    start_of,
)
from buurtdesk.services.room_conflicts import Conflict, RoomConflicts, find_conflicts
from buurtdesk.services.signups_types import Promoted

__all__ = [
    "ActivityDetail",
    "Conflict",
    "RoomConflicts",
    "SavedActivity",
    "create_activity",
    "delete_activity",
    "ensure_occurrences",
    "get_activity",
    "set_activity_status",
    "update_activity",
]

GONE = "Deze activiteit bestaat niet meer. Misschien is ze ergens anders verwijderd."


@dataclass(frozen=True)
class SavedActivity:
    """``promoted``/``message``: who moved up from a waiting list because the activity got
    more places ("di 8 dec 2026: Bel Fatima el Amrani (06 12345678): …")."""

    activity_id: int
    changes: Changes
    conflicts: tuple[Conflict, ...] = ()
    promoted: tuple[Promoted, ...] = ()
    message: str = ""


@dataclass(frozen=True)
class ActivityDetail:
    activity_id: int
    data: ActivityInput
    title: str
    rule_text: str
    room_label: str
    is_recurring: bool
    uid: str
    split_from_id: int | None


def new_uid() -> str:
    return f"{uuid.uuid4()}@buurtdesk"


def saved_changes(activity_id: int, *more: int) -> Changes:
    return Changes.of(Entity.ACTIVITY, activity_id, *more) | Changes.of(Entity.OCCURRENCE)


def check_rooms(
    session: Session,
    activity_id: int,
    allow_conflicts: bool,
    today: date,
    *,
    occurrence_id: int | None = None,
) -> tuple[Conflict, ...]:
    """Raise ``RoomConflicts`` (rolling the save back) unless ``allow_conflicts``. With
    ``occurrence_id`` only that date counts: changing one date does not ask again about
    clashes of the other dates that were saved on purpose."""
    session.flush()
    conflicts = find_conflicts(session, activity_id, since=start_of(today))
    if occurrence_id is not None:
        conflicts = tuple(c for c in conflicts if c.occurrence_id == occurrence_id)
    if conflicts and not allow_conflicts:
        raise RoomConflicts(conflicts)
    return conflicts


def _apply(session: Session, activity: Activity, valid: ValidActivity) -> None:
    activity.title = valid.title
    activity.description = valid.description
    activity.room_id = valid.room_id
    activity.starts_at = valid.starts_at
    activity.ends_at = valid.ends_at
    activity.rrule = valid.rrule
    activity.capacity = valid.capacity
    activity.signup_required = valid.signup_required
    activity.cost_cents = valid.cost_cents
    activity.initiative_id = valid.initiative_id
    activity.status = valid.status.value
    if activity.id is None:
        session.add(activity)
        session.flush()
    session.execute(delete(ActivityTheme).where(ActivityTheme.activity_id == activity.id))
    session.execute(delete(ActivityOrganiser).where(ActivityOrganiser.activity_id == activity.id))
    session.add_all(ActivityTheme(activity_id=activity.id, theme_id=t) for t in valid.theme_ids)
    session.add_all(
        ActivityOrganiser(activity_id=activity.id, person_id=p) for p in valid.organiser_person_ids
    )
    session.add_all(
        ActivityOrganiser(activity_id=activity.id, organisation_id=o)
        for o in valid.organiser_organisation_ids
    )


def _when(activity: Activity) -> tuple[object, ...]:
    """What decides which room is taken when: dates, times, room, rule (and whether the
    activity is cancelled: restoring it brings its dates back)."""
    return (activity.starts_at, activity.ends_at, activity.room_id, activity.rrule, activity.status)


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound(GONE)
    return activity


def _check_room(session: Session, room_id: int | None) -> None:
    if room_id is not None and session.get(Room, room_id) is None:
        raise ValidationError("room", "Deze zaal bestaat niet meer. Kies een andere zaal.")


@coordinator_only
def create_activity(
    db: Database,
    data: ActivityInput,
    *,
    allow_conflicts: bool = False,
    today: date | None = None,
) -> SavedActivity:
    """Validate and plan an activity with its dates a year ahead (``today`` for tests)."""
    valid = validate_activity(data)
    today = today or date.today()
    with db.write() as session:
        _check_room(session, valid.room_id)
        activity = Activity(uid=new_uid())
        _apply(session, activity, valid)
        materialise(session, activity, horizon(today))
        conflicts = check_rooms(session, activity.id, allow_conflicts, today)
        audit.record(
            session,
            action="toegevoegd",
            entity="activity",
            entity_id=activity.id,
            user_id=db.actor.user_id,
        )
        return SavedActivity(activity.id, saved_changes(activity.id), conflicts)


@coordinator_only
def update_activity(
    db: Database,
    activity_id: int,
    data: ActivityInput,
    *,
    allow_conflicts: bool = False,
    today: date | None = None,
) -> SavedActivity:
    """Change the whole series. Dates before ``today`` stay as they were held; see
    ``occurrence_dates`` for what happens to each date from today on."""
    valid = validate_activity(data)
    today = today or date.today()
    with db.write() as session:
        activity = _activity(session, activity_id)
        _check_room(session, valid.room_id)
        refuse_capacity_below_sign_ups(session, activity_id, valid.capacity, today)
        before, was_recurring = SeriesTimes.of(activity), bool(activity.rrule)
        planned_before = _when(activity)
        _apply(session, activity, valid)
        resync(session, activity, before, was_recurring, today)
        # A double booking already saved on purpose is not asked about again when only the
        # title, capacity, … change: the rooms are checked when the dates could have moved.
        conflicts: tuple[Conflict, ...] = ()
        if _when(activity) != planned_before:
            conflicts = check_rooms(session, activity_id, allow_conflicts, today)
        moved = move_waiting_lists_up(session, activity, today)
        audit.record(
            session,
            action="gewijzigd",
            entity="activity",
            entity_id=activity_id,
            user_id=db.actor.user_id,
        )
    changes = saved_changes(activity_id)
    if moved.promoted:
        changes |= Changes.of(Entity.SIGNUP, *(p.signup_id for p in moved.promoted))
    return SavedActivity(activity_id, changes, conflicts, moved.promoted, moved.message)


def activity_input(session: Session, activity: Activity) -> ActivityInput:
    """The form's view of a stored activity."""
    themes = session.scalars(
        select(ActivityTheme.theme_id)
        .where(ActivityTheme.activity_id == activity.id)
        .order_by(ActivityTheme.theme_id)
    ).all()
    organisers = session.execute(
        select(ActivityOrganiser.person_id, ActivityOrganiser.organisation_id)
        .where(ActivityOrganiser.activity_id == activity.id)
        .order_by(ActivityOrganiser.id)
    ).all()
    return ActivityInput(
        title=activity.title,
        description=activity.description,
        room_id=activity.room_id,
        date=input_date(activity.starts_at.date()),
        start=input_time(activity.starts_at),
        end=input_time(activity.ends_at),
        repeat=from_rrule(activity.rrule),
        capacity="" if activity.capacity is None else str(activity.capacity),
        signup_required=activity.signup_required,
        cost=input_cost(activity.cost_cents),
        theme_ids=tuple(themes),
        organiser_person_ids=tuple(p for p, _ in organisers if p is not None),
        organiser_organisation_ids=tuple(o for _, o in organisers if o is not None),
        initiative_id=activity.initiative_id,
        status=ActivityStatus(activity.status),
    )


@coordinator_only
def get_activity(db: Database, activity_id: int) -> ActivityDetail:
    with db.read() as session:
        activity = _activity(session, activity_id)
        return ActivityDetail(
            activity_id=activity.id,
            data=activity_input(session, activity),
            title=activity.title,
            rule_text=describe(activity.rrule),
            room_label=label_of_room(session, activity.room_id),
            is_recurring=bool(activity.rrule),
            uid=activity.uid,
            split_from_id=activity.split_from_id,
        )


@coordinator_only
def delete_activity(db: Database, activity_id: int, *, force: bool = False) -> Changes:
    """Remove an activity with all its dates. With sign-ups on a date from today on this is
    refused (naming how many) unless ``force``."""
    with db.write() as session:
        activity = _activity(session, activity_id)
        if not force:
            count = session.scalar(
                select(func.count())
                .select_from(SignUp)
                .join(Occurrence, Occurrence.id == SignUp.occurrence_id)
                .where(
                    Occurrence.activity_id == activity_id,
                    Occurrence.starts_at >= start_of(date.today()),
                    SignUp.status != SignUpStatus.CANCELLED.value,
                )
            )
            if count:
                noun = "aanmelding" if count == 1 else "aanmeldingen"
                raise ValidationError(
                    "activity",
                    f"{activity.title} heeft nog {count} {noun}. Weet u zeker dat u de "
                    "activiteit met alle data en aanmeldingen wilt verwijderen?",
                )
        session.delete(activity)
        audit.record(
            session,
            action="verwijderd",
            entity="activity",
            entity_id=activity_id,
            user_id=db.actor.user_id,
        )
    return saved_changes(activity_id) | Changes.of(Entity.SIGNUP)


@coordinator_only
def set_activity_status(db: Database, activity_id: int, status: ActivityStatus) -> Changes:
    """Mark the whole activity planned, cancelled (afgelast) or held; single dates keep
    their own status, and the agenda shows a cancelled activity's dates as cancelled."""
    with db.write() as session:
        activity = _activity(session, activity_id)
        activity.status = ActivityStatus(status).value
        audit.record(
            session,
            action="gewijzigd",
            entity="activity",
            entity_id=activity_id,
            user_id=db.actor.user_id,
            detail=f"status {activity.status}",
        )
    return saved_changes(activity_id)


@coordinator_only
def ensure_occurrences(db: Database, until: date) -> Changes:
    """Give every recurring activity its dates up to ``until`` (idempotent; reads first, so
    looking at a month that is already there writes nothing)."""
    behind = (
        select(Activity.id)
        .where(Activity.rrule != "")
        .where((Activity.occurrences_until.is_(None)) | (Activity.occurrences_until < until))
    )
    with db.read() as session:
        if not session.scalars(behind.limit(1)).first():
            return NOTHING
    added = 0
    with db.write() as session:
        for activity in session.scalars(select(Activity).where(Activity.id.in_(behind))):
            added += materialise(session, activity, until)
    return Changes.of(Entity.OCCURRENCE) if added else NOTHING

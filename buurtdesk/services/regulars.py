"""Regulars (vaste deelnemers) of a recurring activity: preloaded on every date's door list,
and a list of those not seen for a while, to give them a call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Activity, ActivityRegular, Attendance, Occurrence
from buurtdesk.domain.errors import NotFound, ValidationError
from buurtdesk.domain.network import Person
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.signups_common import load_person, person_name, phone_of

ACTIVITY_GONE = (
    "Deze activiteit bestaat niet meer. Misschien is ze op een andere computer verwijderd."
)


@dataclass(frozen=True)
class RegularRow:
    """``last_seen``: the last date they were checked in at this activity (None: never)."""

    person_id: int
    name: str
    phone: str
    last_seen: date | None
    email: str = ""


@coordinator_only
def add_regular(db: Database, activity_id: int, person_id: int) -> Changes:
    with db.write() as session:
        activity = _activity(session, activity_id)
        person = load_person(session, person_id)
        if session.get(ActivityRegular, (activity_id, person_id)) is not None:
            raise ValidationError(
                "person",
                f"{person_name(person).full_name} is al vaste deelnemer van {activity.title}.",
            )
        session.add(ActivityRegular(activity_id=activity_id, person_id=person_id))
        audit.record(
            session,
            action="vaste deelnemer",
            entity="activity",
            entity_id=activity_id,
            user_id=db.actor.user_id,
        )
    return Changes.of(Entity.REGULAR, activity_id)


@coordinator_only
def remove_regular(db: Database, activity_id: int, person_id: int) -> Changes:
    """No longer a regular; their sign-ups and attendance stay."""
    with db.write() as session:
        regular = session.get(ActivityRegular, (activity_id, person_id))
        if regular is None:
            return Changes()
        session.delete(regular)
        audit.record(
            session,
            action="geen vaste deelnemer",
            entity="activity",
            entity_id=activity_id,
            user_id=db.actor.user_id,
        )
    return Changes.of(Entity.REGULAR, activity_id)


@coordinator_only
def list_regulars(db: Database, activity_id: int) -> list[RegularRow]:
    """The regulars by name, with the last date each was seen."""
    with db.read() as session:
        _activity(session, activity_id)
        return _rows(session, activity_id)


@coordinator_only
def regulars_not_seen(
    db: Database, activity_id: int, today: date, weeks: int = 3
) -> list[RegularRow]:
    """Regulars whose last check-in at this activity is more than ``weeks`` weeks before
    ``today``, or who never came (unless they became a regular within those weeks).
    The longest absent first, to call them."""
    cutoff = today - timedelta(weeks=weeks)
    with db.read() as session:
        _activity(session, activity_id)
        added = {
            regular.person_id: regular.added_at
            for regular in session.scalars(
                select(ActivityRegular).where(ActivityRegular.activity_id == activity_id)
            )
        }
        missing = [
            row
            for row in _rows(session, activity_id)
            if (row.last_seen is None and added[row.person_id].date() < cutoff)
            or (row.last_seen is not None and row.last_seen < cutoff)
        ]
    return sorted(missing, key=lambda row: row.last_seen or date.min)


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound(ACTIVITY_GONE)
    return activity


def series_ids(session: Session, activity_id: int) -> list[int]:
    """The activity and the series it was split from ("this and all following dates"),
    so attendance before a split still counts for the regulars after it."""
    ids = [activity_id]
    current = session.get(Activity, activity_id)
    while current is not None and current.split_from_id and current.split_from_id not in ids:
        ids.append(current.split_from_id)
        current = session.get(Activity, current.split_from_id)
    return ids


def _rows(session: Session, activity_id: int) -> list[RegularRow]:
    last_seen = (
        select(
            Attendance.person_id.label("person_id"),
            func.max(Occurrence.starts_at).label("last_seen"),
        )
        .join(Occurrence, Occurrence.id == Attendance.occurrence_id)
        .where(Occurrence.activity_id.in_(series_ids(session, activity_id)))
        .group_by(Attendance.person_id)
        .subquery()
    )
    rows = session.execute(
        select(Person, last_seen.c.last_seen)
        .join(ActivityRegular, ActivityRegular.person_id == Person.id)
        .outerjoin(last_seen, last_seen.c.person_id == Person.id)
        .where(ActivityRegular.activity_id == activity_id)
        .order_by(Person.sort_key, Person.id)
    ).all()
    return [
        RegularRow(
            person_id=person.id,
            name=person_name(person).full_name,
            phone=phone_of(None, person),
            last_seen=seen.date() if seen is not None else None,
            email=person.email,
        )
        for person, seen in rows
    ]

"""Small builders shared by the agenda service tests: rooms, activities and sign-ups."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import ActivityInput
from buurtdesk.domain.agenda import Occurrence, SignUp, SignUpStatus
from buurtdesk.domain.recurrence import Repeat, RepeatInput
from buurtdesk.services import activities, locations

TODAY = date(2026, 11, 30)  # a Monday
EVERY_TUESDAY = RepeatInput(Repeat.WEEKLY, weekdays=(1,))


def room(db: Database, name: str = "Grote zaal", location: str = "Buurthuis De Linde") -> int:
    existing = [r for r in locations.list_locations(db) if r.name == location]
    location_id = (
        existing[0].location_id
        if existing
        else locations.create_location(db, locations.LocationInput(name=location)).id
    )
    return locations.create_room(db, location_id, locations.RoomInput(name=name)).id


def activity_input(
    title: str = "Koffieochtend",
    *,
    room_id: int | None = None,
    day: str = "1-12-2026",
    start: str = "10:00",
    end: str = "12:00",
    repeat: RepeatInput = EVERY_TUESDAY,
    capacity: str = "",
) -> ActivityInput:
    return ActivityInput(
        title=title,
        room_id=room_id,
        date=day,
        start=start,
        end=end,
        repeat=repeat,
        capacity=capacity,
    )


def plan(db: Database, title: str = "Koffieochtend", **fields: object) -> int:
    allow = bool(fields.pop("allow_conflicts", False))
    data = activity_input(title, **fields)  # type: ignore[arg-type]
    return activities.create_activity(db, data, today=TODAY, allow_conflicts=allow).activity_id


def dates_of(db: Database, activity_id: int) -> list[Occurrence]:
    with db.read() as session:
        rows = list(
            session.scalars(
                select(Occurrence)
                .where(Occurrence.activity_id == activity_id)
                .order_by(Occurrence.original_start)
            )
        )
        session.expunge_all()  # plain values to look at after the session ends
        return rows


def occurrence_on(db: Database, activity_id: int, day: date) -> Occurrence:
    return next(o for o in dates_of(db, activity_id) if o.original_start.date() == day)


def sign_up(
    db: Database,
    occurrence_id: int,
    name: str = "Jan de Vries",
    *,
    party_size: int = 1,
    status: SignUpStatus = SignUpStatus.CONFIRMED,
) -> int:
    with db.write() as session:
        signup = SignUp(
            occurrence_id=occurrence_id,
            walk_in_name=name,
            walk_in_phone="0612345678",
            party_size=party_size,
            status=status.value,
            position=1,
        )
        session.add(signup)
        session.flush()
        return signup.id


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)

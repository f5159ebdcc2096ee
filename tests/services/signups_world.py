"""A small agenda for the sign-up tests, written straight into the database: activities with
dates (no agenda services needed), and people through the people service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import ActivityRegular, ActivityStatus, Occurrence
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import people
from tests.agenda_rows import add_dated_activity


@dataclass(frozen=True)
class Planned:
    activity_id: int
    occurrence_ids: list[int]

    @property
    def first(self) -> int:
        return self.occurrence_ids[0]


def add_person(
    db: Database,
    voornaam: str,
    achternaam: str,
    *,
    tussenvoegsel: str = "",
    telefoon: str = "",
    email: str = "",
) -> int:
    saved = people.create_person(
        db,
        PersonInput(
            voornaam=voornaam,
            tussenvoegsel=tussenvoegsel,
            achternaam=achternaam,
            telefoon=telefoon,
            email=email,
        ),
    )
    return saved.person_id


def plan(
    db: Database,
    title: str = "Koffieochtend",
    *,
    first_day: date | None = None,
    weeks: int = 1,
    capacity: int | None = None,
    at: time = time(10, 0),
) -> Planned:
    """An activity on ``first_day`` (default: a week from today) and the ``weeks - 1``
    weeks after it, two hours from ``at``."""
    day = first_day or date.today() + timedelta(days=7)
    start = datetime.combine(day, at)
    with db.write() as session:
        activity, dates = add_dated_activity(
            session,
            title,
            start,
            weeks=range(weeks),
            rrule="FREQ=WEEKLY" if weeks > 1 else "",
            capacity=capacity,
        )
        return Planned(activity.id, [occurrence.id for occurrence in dates])


def cancel_date(db: Database, occurrence_id: int) -> None:
    with db.write() as session:
        occurrence = session.get(Occurrence, occurrence_id)
        assert occurrence is not None
        occurrence.status = ActivityStatus.CANCELLED.value


def make_regular(db: Database, activity_id: int, person_id: int, *, added: datetime) -> None:
    with db.write() as session:
        session.add(ActivityRegular(activity_id=activity_id, person_id=person_id, added_at=added))

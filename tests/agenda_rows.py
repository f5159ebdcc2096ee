"""An activity and its dates written straight into the database, without the agenda
services (no rooms, rules or roles checked): for tests and benchmarks (bench/ imports it)
that need dates to sign up for."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from buurtdesk.domain.agenda import Activity, Occurrence

HOURS = timedelta(hours=2)


def add_dated_activity(
    session: Session,
    title: str,
    start: datetime,
    *,
    weeks: Iterable[int] = (0,),
    rrule: str = "FREQ=WEEKLY",
    capacity: int | None = None,
    signup_required: bool = False,
    uid: str | None = None,
) -> tuple[Activity, list[Occurrence]]:
    """The activity from ``start`` for two hours, and a date ``week`` weeks later for each
    of ``weeks``; flushed, so both have their ids."""
    activity = Activity(
        title=title,
        starts_at=start,
        ends_at=start + HOURS,
        rrule=rrule,
        capacity=capacity,
        signup_required=signup_required,
        uid=uid or str(uuid.uuid4()),
    )
    session.add(activity)
    session.flush()
    dates = []
    for week in weeks:
        begins = start + timedelta(weeks=week)
        dates.append(
            Occurrence(
                activity_id=activity.id,
                original_start=begins,
                starts_at=begins,
                ends_at=begins + HOURS,
            )
        )
    session.add_all(dates)
    session.flush()
    return activity, dates

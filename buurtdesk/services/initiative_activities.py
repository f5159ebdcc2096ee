"""The agenda's activities linked to an initiative (``Activity.initiative_id``), as the
initiative panel lists them: how the activity repeats, its next date, how often it was held
and how many people came.

A date counts as held when it was not cancelled and lies before ``today``; the next date is
the first one not cancelled from ``today`` on (the panel opens it in the agenda, or the
latest date when there is no next one). Present is counted as the agenda counts it
(``signups_door.counts_for``): the party size of each checked-in sign-up that is still
active, plus everyone marked present without a sign-up; summed over the held dates. One
query, its figures as correlated subqueries per activity.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, func, select

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Activity, ActivityStatus, Attendance, Occurrence, SignUp
from buurtdesk.domain.recurrence import describe
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.signups_core import ACTIVE

CANCELLED = ActivityStatus.CANCELLED.value


@dataclass(frozen=True)
class LinkedActivity:
    activity_id: int
    title: str
    next_date: datetime | None  # the start of the next date; None when none is planned
    next_occurrence_id: int | None
    latest_occurrence_id: int | None  # the last date before today, to open when none is next
    rule_text: str  # "om de week op woensdag", "eenmalig"
    dates_held: int
    attendance: int  # people present over the held dates


def _held(start_of_today: datetime) -> ColumnElement[bool]:
    return (
        (Occurrence.activity_id == Activity.id)
        & (Occurrence.status != CANCELLED)
        & (Occurrence.starts_at < start_of_today)
    )


@coordinator_only
def activities_of(db: Database, initiative_id: int, *, today: date) -> list[LinkedActivity]:
    """The initiative's activities, the next one first; those without a next date after,
    by title."""
    start_of_today = datetime.combine(today, time())
    upcoming = (
        select(Occurrence.id, Occurrence.starts_at)
        .where(
            Occurrence.activity_id == Activity.id,
            Occurrence.status != CANCELLED,
            Occurrence.starts_at >= start_of_today,
        )
        .order_by(Occurrence.starts_at, Occurrence.id)
        .limit(1)
        .correlate(Activity)
    )
    latest = (
        select(Occurrence.id)
        .where(Occurrence.activity_id == Activity.id, Occurrence.starts_at < start_of_today)
        .order_by(Occurrence.starts_at.desc(), Occurrence.id.desc())
        .limit(1)
        .correlate(Activity)
    )
    held_dates = select(Occurrence.id).where(_held(start_of_today)).correlate(Activity)
    dates_held = select(func.count(Occurrence.id)).where(_held(start_of_today)).correlate(Activity)
    signed_present = (
        select(func.coalesce(func.sum(SignUp.party_size), 0))
        .where(
            SignUp.occurrence_id.in_(held_dates),
            SignUp.status.in_(ACTIVE),
            SignUp.checked_in_at.is_not(None),
        )
        .correlate(Activity)
    )
    walked_in = (
        select(func.count(Attendance.id))
        .where(Attendance.occurrence_id.in_(held_dates), Attendance.signup_id.is_(None))
        .correlate(Activity)
    )
    statement = select(
        Activity.id,
        Activity.title,
        Activity.rrule,
        upcoming.with_only_columns(Occurrence.id).scalar_subquery().label("next_id"),
        upcoming.with_only_columns(Occurrence.starts_at).scalar_subquery().label("next_at"),
        latest.scalar_subquery().label("latest_id"),
        dates_held.scalar_subquery().label("held"),
        signed_present.scalar_subquery().label("signed"),
        walked_in.scalar_subquery().label("walked"),
    ).where(Activity.initiative_id == initiative_id)
    with db.read() as session:
        found = session.execute(statement).all()
    rows = [
        LinkedActivity(
            activity_id=row.id,
            title=row.title,
            next_date=row.next_at,
            next_occurrence_id=row.next_id,
            latest_occurrence_id=row.latest_id,
            rule_text=describe(row.rrule),
            dates_held=int(row.held),
            attendance=int(row.signed) + int(row.walked),
        )
        for row in found
    ]
    rows.sort(
        key=lambda row: (
            row.next_date is None,
            row.next_date or datetime.min,
            row.title.casefold(),
            row.activity_id,
        )
    )
    return rows

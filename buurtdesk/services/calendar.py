"""What the agenda shows: the dates in a period, the upcoming list, and today and this week.

Read-only. One query per view: the dates come from the ``starts_at`` index with their
activity, room and location joined, and the sign-up counts as correlated sums that use the
sign-up index (occurrence_id, status); the themes of the activities on screen follow in one
small second query. A month of a busy year (2,000 activities, ~170 dates) stays far below
what a person notices. Reading never writes: the window calls
``activities.ensure_occurrences`` first when it looks further ahead than the dates exist.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import (
    Activity,
    ActivityStatus,
    ActivityTheme,
    Location,
    Occurrence,
    Room,
    SignUp,
    SignUpStatus,
)
from buurtdesk.domain.themes import Theme
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.occurrence_dates import start_of

PAGE_SIZE: Final = 200


@dataclass(frozen=True)
class OccurrenceRow:
    """One date in the agenda. ``status`` is "afgelast" when the date or the whole activity
    is cancelled. ``confirmed`` and ``waiting`` count places (party sizes)."""

    occurrence_id: int
    activity_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    room_id: int | None
    room_name: str
    location_name: str
    status: str
    capacity: int | None
    confirmed: int
    waiting: int
    recurring: bool
    themes: str

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.confirmed)


@dataclass(frozen=True)
class TodayAgenda:
    today: list[OccurrenceRow]
    rest_of_week: list[OccurrenceRow]


def _places(status: SignUpStatus) -> Any:
    return (
        select(func.coalesce(func.sum(SignUp.party_size), 0))
        .where(SignUp.occurrence_id == Occurrence.id, SignUp.status == status.value)
        .correlate(Occurrence)
        .scalar_subquery()
    )


def _statement(text: str, room_id: int | None) -> Select[Any]:
    cancelled = ActivityStatus.CANCELLED.value
    status = case((Activity.status == cancelled, cancelled), else_=Occurrence.status)
    statement = (
        select(
            Occurrence.id,
            Occurrence.activity_id,
            Activity.title,
            Occurrence.starts_at,
            Occurrence.ends_at,
            Occurrence.room_id,
            func.coalesce(Room.name, ""),
            func.coalesce(Location.name, ""),
            status,
            Activity.capacity,
            _places(SignUpStatus.CONFIRMED),
            _places(SignUpStatus.WAITING),
            Activity.rrule != "",
        )
        .join(Activity, Activity.id == Occurrence.activity_id)
        .outerjoin(Room, Room.id == Occurrence.room_id)
        .outerjoin(Location, Location.id == Room.location_id)
    )
    if room_id is not None:
        statement = statement.where(Occurrence.room_id == room_id)
    for word in text.lower().split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        statement = statement.where(func.lower(Activity.title).like(f"%{escaped}%", escape="\\"))
    return statement


def _rows(session: Session, statement: Select[Any]) -> list[OccurrenceRow]:
    # Plain rows through the connection: the ORM's result handling doubled the cost of a
    # month (bench/month_view.py), and these are columns, not entities.
    connection = session.connection()
    found = connection.execute(statement).all()
    themes: dict[int, list[str]] = defaultdict(list)
    activity_ids = {r[1] for r in found}
    if activity_ids:
        for activity_id, name in connection.execute(
            select(ActivityTheme.activity_id, Theme.name)
            .join(Theme, Theme.id == ActivityTheme.theme_id)
            .where(ActivityTheme.activity_id.in_(activity_ids))
            .order_by(Theme.name)
        ):
            themes[activity_id].append(name)
    return [
        OccurrenceRow(
            occurrence_id=r[0],
            activity_id=r[1],
            title=r[2],
            starts_at=r[3],
            ends_at=r[4],
            room_id=r[5],
            room_name=r[6],
            location_name=r[7],
            status=r[8],
            capacity=r[9],
            confirmed=int(r[10]),
            waiting=int(r[11]),
            recurring=bool(r[12]),
            themes=", ".join(themes.get(r[1], ())),
        )
        for r in found
    ]


@coordinator_only
def occurrences_between(
    db: Database, first: date, last: date, *, room_id: int | None = None, text: str = ""
) -> list[OccurrenceRow]:
    """The dates starting on ``first``..``last`` (both included), by time and title."""
    statement = (
        _statement(text, room_id)
        .where(
            Occurrence.starts_at >= start_of(first),
            Occurrence.starts_at < start_of(last + timedelta(days=1)),
        )
        .order_by(Occurrence.starts_at, Activity.title, Occurrence.id)
    )
    with db.read() as session:
        return _rows(session, statement)


@coordinator_only
def upcoming_page(
    db: Database,
    after: tuple[datetime, int] | None,
    *,
    text: str = "",
    limit: int = PAGE_SIZE,
    since: datetime | None = None,
) -> list[OccurrenceRow]:
    """The agenda list: dates from ``since`` (the start of today) on, by time then id; pass
    the last row's (starts_at, occurrence_id) as ``after`` for the next page."""
    statement = _statement(text, None)
    if after is None:
        begin = since if since is not None else start_of(date.today())
        statement = statement.where(Occurrence.starts_at >= begin)
    else:
        moment, last_id = after
        statement = statement.where(
            or_(
                Occurrence.starts_at > moment,
                and_(Occurrence.starts_at == moment, Occurrence.id > last_id),
            )
        )
    statement = statement.order_by(Occurrence.starts_at, Occurrence.id).limit(limit)
    with db.read() as session:
        return _rows(session, statement)


def week_end(today: date) -> date:
    """The last day "this week" reaches: Sunday, or next Sunday from Saturday on (so the
    start screen is never empty at the weekend)."""
    sunday = today + timedelta(days=6 - today.weekday())
    return sunday + timedelta(days=7) if today.weekday() >= 5 else sunday


@coordinator_only
def today_and_week(db: Database, today: date) -> TodayAgenda:
    """For the start screen: today's dates, and the rest of the week (see ``week_end``)."""
    statement = (
        _statement("", None)
        .where(
            Occurrence.starts_at >= start_of(today),
            Occurrence.starts_at < start_of(week_end(today) + timedelta(days=1)),
        )
        .order_by(Occurrence.starts_at, Activity.title, Occurrence.id)
    )
    with db.read() as session:
        rows = _rows(session, statement)
    return TodayAgenda(
        today=[r for r in rows if r.starts_at.date() == today],
        rest_of_week=[r for r in rows if r.starts_at.date() != today],
    )

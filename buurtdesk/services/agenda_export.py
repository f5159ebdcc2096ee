"""The agenda as calendar events for an .ics file: plain values, one query per table.

``interop.ics.write_ics_file`` turns them into a file:

    events = calendar_events(db, first=date(2027, 3, 1), last=date(2027, 3, 31))
    write_ics_file(path, events, stamp=utcnow())

Which activities: one (``activity_id``), those with a date in a period (``first`` and/or
``last``), or all of them. A recurring activity always comes with its whole rule, all its
dates, also when only a period was asked for. A calendar knows a series by its UID: were
the rule clipped to the period, importing the next month's export would replace the
series and wipe this month's dates from Outlook or Google. So a period chooses *which*
activities, never *which of their dates*.

A cancelled date becomes an EXDATE, and so does a date the rule gives between the first
and the last stored date that has no occurrence row. A stored date the rule no longer
gives (history kept when the rule changed) becomes an RDATE. A date that moved, changed
room or has a note becomes a date of its own (RECURRENCE-ID).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Row, and_, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import (
    Activity,
    ActivityStatus,
    ActivityTheme,
    Location,
    Occurrence,
    Room,
)
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.recurrence import expand, last_date
from buurtdesk.domain.themes import Theme
from buurtdesk.services.access import coordinator_only

CANCELLED = ActivityStatus.CANCELLED.value

_Row: TypeAlias = Row[*tuple[Any, ...]]


@dataclass(frozen=True)
class CalendarDate:
    """A moved or changed date of a recurring activity."""

    original_start: datetime
    starts_at: datetime
    ends_at: datetime
    location: str
    description: str


@dataclass(frozen=True)
class CalendarEvent:
    """One activity for the calendar; times local, ``*_utc`` stamps in UTC."""

    activity_id: int
    uid: str
    title: str
    description: str
    location: str
    categories: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    rrule: str
    cancelled: bool
    created_utc: datetime
    modified_utc: datetime
    exdates: tuple[datetime, ...] = ()
    rdates: tuple[datetime, ...] = ()
    changed_dates: tuple[CalendarDate, ...] = ()
    related_uid: str = ""


@coordinator_only
def calendar_events(
    db: Database,
    *,
    first: date | None = None,
    last: date | None = None,
    activity_id: int | None = None,
) -> list[CalendarEvent]:
    """The activities to export, ordered by start; see the module text for which."""
    period = first is not None or last is not None
    with db.read() as session:
        chosen = _chosen(first, last, activity_id)
        activities = _activities(session, chosen)
        if activity_id is not None and not activities:
            raise NotFound(f"Er is geen activiteit met nummer {activity_id}.")
        occurrences = _occurrences(session, chosen)
        themes = _themes(session, chosen)
        places = _places(session)
    events = []
    for row in activities:
        rows = occurrences.get(row.id, [])
        if period and not _has_date(row, rows, first, last):
            continue
        events.append(_event(row, rows, themes.get(row.id, ()), places))
    return events


def _chosen(first: date | None, last: date | None, activity_id: int | None) -> ColumnElement[bool]:
    """Activities that may belong to the export; :func:`_has_date` decides for a period."""
    condition: ColumnElement[bool] = true() if activity_id is None else Activity.id == activity_id
    if first is None and last is None:
        return condition

    def starts(
        column: InstrumentedAttribute[datetime], *, before_only: bool = False
    ) -> list[ColumnElement[bool]]:
        bounds = []
        if first is not None and not before_only:
            bounds.append(column >= datetime.combine(first, time.min))
        if last is not None:
            bounds.append(column < datetime.combine(last + timedelta(days=1), time.min))
        return bounds

    stored = select(Occurrence.activity_id).where(*starts(Occurrence.starts_at))
    one_off = and_(Activity.rrule == "", *starts(Activity.starts_at))
    # A recurring activity may have dates in the period past its stored ones.
    recurring = and_(Activity.rrule != "", *starts(Activity.starts_at, before_only=True))
    return and_(condition, or_(Activity.id.in_(stored), one_off, recurring))


def _activities(session: Session, chosen: ColumnElement[bool]) -> list[_Row]:
    parent = aliased(Activity)
    query = (
        select(
            Activity.id,
            Activity.uid,
            Activity.title,
            Activity.description,
            Activity.room_id,
            Activity.starts_at,
            Activity.ends_at,
            Activity.rrule,
            Activity.status,
            Activity.created_at,
            Activity.updated_at,
            Activity.occurrences_until,
            parent.uid.label("parent_uid"),
        )
        .outerjoin(parent, parent.id == Activity.split_from_id)
        .where(chosen)
        .order_by(Activity.starts_at, Activity.id)
    )
    return list(session.execute(query).all())


def _occurrences(session: Session, chosen: ColumnElement[bool]) -> dict[int, list[_Row]]:
    query = (
        select(
            Occurrence.activity_id,
            Occurrence.original_start,
            Occurrence.starts_at,
            Occurrence.ends_at,
            Occurrence.room_id,
            Occurrence.status,
            Occurrence.note,
        )
        .where(Occurrence.activity_id.in_(select(Activity.id).where(chosen)))
        .order_by(Occurrence.activity_id, Occurrence.original_start)
    )
    result: dict[int, list[_Row]] = defaultdict(list)
    for row in session.execute(query):
        result[row.activity_id].append(row)
    return result


def _themes(session: Session, chosen: ColumnElement[bool]) -> dict[int, tuple[str, ...]]:
    query = (
        select(ActivityTheme.activity_id, Theme.name)
        .join(Theme, Theme.id == ActivityTheme.theme_id)
        .where(ActivityTheme.activity_id.in_(select(Activity.id).where(chosen)))
        .order_by(ActivityTheme.activity_id, Theme.name)
    )
    result: dict[int, list[str]] = defaultdict(list)
    for activity_id, name in session.execute(query):
        result[activity_id].append(name)
    return {key: tuple(names) for key, names in result.items()}


def _places(session: Session) -> dict[int, str]:
    """Each room as a calendar's LOCATION: "Grote zaal, Buurthuis De Linde, Lindelaan 4,
    1234 AB Dorp"."""
    query = select(
        Room.id,
        Room.name,
        Location.name,
        Location.straat,
        Location.huisnummer,
        Location.postcode,
        Location.woonplaats,
    ).join(Location, Location.id == Room.location_id)
    places = {}
    for room_id, room, location, straat, huisnummer, postcode, woonplaats in session.execute(query):
        parts = [room, location, f"{straat} {huisnummer}".strip(), f"{postcode} {woonplaats}"]
        places[room_id] = ", ".join(part.strip() for part in parts if part.strip())
    return places


def _has_date(
    activity: _Row,
    rows: list[_Row],
    first: date | None,
    last: date | None,
) -> bool:
    """Whether the activity has a date in the period: a stored one, or (past the dates
    stored so far) one its rule gives."""
    low, high = first or date.min, last or date.max
    if any(low <= row.starts_at.date() <= high for row in rows):
        return True
    starts_at: datetime = activity.starts_at
    if not activity.rrule:
        return not rows and low <= starts_at.date() <= high
    stored_until = max(
        [row.original_start.date() for row in rows]
        + ([activity.occurrences_until] if activity.occurrences_until else [])
        + [starts_at.date() - timedelta(days=1)]
    )
    low = max(low, stored_until + timedelta(days=1))
    if last is None:
        end = last_date(activity.rrule, starts_at)
        return end is None or end >= low
    return low <= high and bool(expand(activity.rrule, starts_at, low, high))


def _with_note(description: str, note: str) -> str:
    return f"{description}\n\n{note}".strip() if note else description


def _event(
    activity: _Row,
    rows: list[_Row],
    categories: tuple[str, ...],
    places: dict[int, str],
) -> CalendarEvent:
    starts_at: datetime = activity.starts_at
    ends_at: datetime = activity.ends_at
    location = places.get(activity.room_id, "") if activity.room_id else ""
    description: str = activity.description
    cancelled = activity.status == CANCELLED
    exdates: list[datetime] = []
    rdates: list[datetime] = []
    changed: list[CalendarDate] = []
    if not activity.rrule and len(rows) == 1:  # a one-off: its date is the truth
        (row,) = rows
        starts_at, ends_at = row.starts_at, row.ends_at
        location = places.get(row.room_id, "") if row.room_id else ""
        description = _with_note(description, row.note)
        cancelled = cancelled or row.status == CANCELLED
    elif activity.rrule:
        in_rule = _rule_dates(activity.rrule, starts_at, rows)
        stored = {row.original_start for row in rows}
        exdates = sorted(in_rule - stored)  # a date whose row was removed
        duration = ends_at - starts_at
        for row in rows:
            if row.status == CANCELLED:
                if row.original_start in in_rule:
                    exdates.append(row.original_start)
                continue
            if row.original_start not in in_rule:  # kept from before the rule changed
                rdates.append(row.original_start)
            if (
                row.starts_at != row.original_start
                or row.ends_at - row.starts_at != duration
                or row.room_id != activity.room_id
                or row.note
            ):
                changed.append(
                    CalendarDate(
                        original_start=row.original_start,
                        starts_at=row.starts_at,
                        ends_at=row.ends_at,
                        location=places.get(row.room_id, "") if row.room_id else "",
                        description=_with_note(description, row.note),
                    )
                )
    return CalendarEvent(
        activity_id=activity.id,
        uid=activity.uid,
        title=activity.title,
        description=description,
        location=location,
        categories=categories,
        starts_at=starts_at,
        ends_at=ends_at,
        rrule=activity.rrule,
        cancelled=cancelled,
        created_utc=activity.created_at,
        modified_utc=max(activity.updated_at, activity.created_at),
        exdates=tuple(sorted(exdates)),
        rdates=tuple(rdates),
        changed_dates=tuple(changed),
        related_uid=activity.parent_uid or "",
    )


def _rule_dates(rule: str, dtstart: datetime, rows: list[_Row]) -> set[datetime]:
    """The starts the rule gives over the stretch of stored dates."""
    if not rows:
        return set()
    first, last = rows[0].original_start.date(), rows[-1].original_start.date()
    return set(expand(rule, dtstart, first, last))

"""A room booked twice: which dates of an activity overlap another activity in the same room.

One query per save, however long the season: the dates being saved are joined to every other
date in the same room whose time overlaps, bounded to the saved dates' first..last moment so
the ``ix_occurrence_room_time`` index (room_id, starts_at) does the work. Cancelled dates and
cancelled activities never clash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from buurtdesk.domain.agenda import Activity, ActivityStatus, Occurrence, Room
from buurtdesk.domain.dutch_dates import format_when
from buurtdesk.domain.errors import BuurtdeskError

CANCELLED: Final = ActivityStatus.CANCELLED.value
# Dates longer than this that began before the first saved date are not looked for.
LONGEST_DATE: Final = timedelta(days=14)


@dataclass(frozen=True)
class Conflict:
    """``occurrence_id`` (being saved) overlaps ``other_occurrence_id`` of another activity
    in ``room_name``; ``starts_at``..``ends_at`` is when the other one has the room."""

    occurrence_id: int
    other_occurrence_id: int
    other_activity_id: int
    other_title: str
    room_name: str
    starts_at: datetime
    ends_at: datetime


def conflicts_message(conflicts: tuple[Conflict, ...] | list[Conflict]) -> str:
    """ "Zaal 1 is op di 8 dec 2026, 10.00–12.00 uur al bezet door Koffieochtend, en op
    11 andere data." (counted by date being saved)."""
    if not conflicts:
        return ""
    first = conflicts[0]
    text = (
        f"{first.room_name} is op {format_when(first.starts_at, first.ends_at)} "
        f"al bezet door {first.other_title}"
    )
    others = len({c.occurrence_id for c in conflicts} - {first.occurrence_id})
    if others:
        text += f", en op {others} andere {'datum' if others == 1 else 'data'}"
    return text + "."


class RoomConflicts(BuurtdeskError):
    """The room is already taken; nothing was saved. Save again with ``allow_conflicts=True``
    to book it anyway."""

    def __init__(self, conflicts: tuple[Conflict, ...]) -> None:
        self.conflicts = conflicts
        self.message = conflicts_message(conflicts)
        super().__init__(self.message)


def find_conflicts(
    session: Session, activity_id: int, *, since: datetime | None = None
) -> tuple[Conflict, ...]:
    """Every overlap of ``activity_id``'s dates (from ``since`` on) with another activity's
    dates in the same room, in date order. Call after a flush."""
    mine = aliased(Occurrence)
    other = aliased(Occurrence)
    other_activity = aliased(Activity)
    own = select(Activity.status).where(Activity.id == activity_id).scalar_subquery()
    scope = [mine.activity_id == activity_id, mine.status != CANCELLED, mine.room_id.is_not(None)]
    if since is not None:
        scope.append(mine.ends_at > since)
    bounds = session.execute(
        select(func.min(mine.starts_at), func.max(mine.ends_at)).where(*scope)
    ).one()
    if bounds[0] is None or session.scalar(select(own)) == CANCELLED:
        return ()
    low: datetime = bounds[0] - LONGEST_DATE
    high: datetime = bounds[1]
    statement = (
        select(
            mine.id,
            other.id,
            other.activity_id,
            other_activity.title,
            Room.name,
            other.starts_at,
            other.ends_at,
        )
        .select_from(mine)
        .join(
            other,
            and_(
                other.room_id == mine.room_id,
                other.starts_at >= low,
                other.starts_at < high,
                other.starts_at < mine.ends_at,
                mine.starts_at < other.ends_at,
                other.activity_id != activity_id,
                other.status != CANCELLED,
            ),
        )
        .join(other_activity, other_activity.id == other.activity_id)
        .join(Room, Room.id == mine.room_id)
        .where(*scope, other_activity.status != CANCELLED)
        .order_by(mine.starts_at, other.starts_at, other.id)
    )
    return tuple(Conflict(*row) for row in session.execute(statement).all())

"""The dates of an activity as occurrence rows: written ahead, and kept in step with its rule.

Materialising: a recurring activity has a row for each date up to ``occurrences_until``
(twelve months ahead when it is saved; the agenda extends it when someone looks further).
Rows are keyed by ``original_start`` (the date's place in the rule), so adding them again
changes nothing.

Changing a series (``resync``) works from today on; dates before today are history and stay
as they were held. A date that still exists under the new rule keeps its row, with its
sign-ups, attendance and shifts: a date is matched by its day, so a new time keeps the rows.
Such a date follows the series' new time and room, unless it was changed on its own
(moved to another time or room): then it stays where the coordinator put it, and only its
place in the rule (``original_start``) follows. Cancelled dates stay cancelled. A date the
new rule no longer has is removed when nobody signed up for it; with sign-ups the change is
refused, naming the date, so no sign-up is ever lost silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.agenda import Activity, ActivityStatus, Occurrence, SignUp, SignUpStatus
from buurtdesk.domain.dutch_dates import format_date
from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.recurrence import expand

HORIZON: Final = relativedelta(months=12)


def horizon(today: date) -> date:
    """How far ahead a saved series gets its dates: a year."""
    return today + HORIZON


def start_of(day: date) -> datetime:
    return datetime.combine(day, time.min)


@dataclass(frozen=True)
class SeriesTimes:
    """A series' time and room before a change, to tell which dates were changed on their own."""

    starts_at: datetime
    ends_at: datetime
    room_id: int | None

    @classmethod
    def of(cls, activity: Activity) -> SeriesTimes:
        return cls(activity.starts_at, activity.ends_at, activity.room_id)

    def changed_on_its_own(self, row: Occurrence) -> bool:
        return (
            row.starts_at != row.original_start
            or row.ends_at - row.starts_at != self.ends_at - self.starts_at
            or row.room_id != self.room_id
        )


def new_row(activity: Activity, start: datetime) -> Occurrence:
    return Occurrence(
        activity_id=activity.id,
        original_start=start,
        starts_at=start,
        ends_at=start + (activity.ends_at - activity.starts_at),
        room_id=activity.room_id,
        status=ActivityStatus.PLANNED.value,
        note="",
    )


def materialise(session: Session, activity: Activity, until: date) -> int:
    """Write the missing dates of ``activity`` up to ``until``; the number added."""
    if not activity.rrule:
        has_one = session.scalar(select(func.count()).where(Occurrence.activity_id == activity.id))
        if has_one:
            return 0
        session.add(new_row(activity, activity.starts_at))
        return 1
    done = activity.occurrences_until
    begin = done + timedelta(days=1) if done is not None else activity.starts_at.date()
    added = 0
    if begin <= until:
        starts = expand(activity.rrule, activity.starts_at, begin, until)
        taken = set(
            session.scalars(
                select(Occurrence.original_start).where(
                    Occurrence.activity_id == activity.id,
                    Occurrence.original_start >= start_of(begin),
                )
            )
        )
        taken_days = {t.date() for t in taken}
        for start in starts:
            if start.date() not in taken_days:
                session.add(new_row(activity, start))
                added += 1
    if done is None or until > done:
        activity.occurrences_until = until
    return added


def active_sign_ups(session: Session, occurrence_ids: list[int]) -> dict[int, int]:
    """Occurrence id -> number of sign-ups (signed up or waiting) it has."""
    if not occurrence_ids:
        return {}
    rows = session.execute(
        select(SignUp.occurrence_id, func.count())
        .where(
            SignUp.occurrence_id.in_(occurrence_ids),
            SignUp.status != SignUpStatus.CANCELLED.value,
        )
        .group_by(SignUp.occurrence_id)
    ).all()
    return {occurrence_id: int(count) for occurrence_id, count in rows}


def _refuse_losing_sign_ups(session: Session, gone: list[Occurrence], *, field: str) -> None:
    counts = active_sign_ups(session, [row.id for row in gone])
    losing = sorted((row for row in gone if counts.get(row.id)), key=lambda r: r.starts_at)
    if not losing:
        return
    first = losing[0]
    count = counts[first.id]
    text = (
        f"Voor {format_date(first.starts_at.date())} "
        f"{'is al 1 aanmelding' if count == 1 else f'zijn al {count} aanmeldingen'}"
    )
    if len(losing) > 1:
        others = len(losing) - 1
        dates = "andere datum" if others == 1 else "andere data"
        text += f", en er zijn aanmeldingen voor {others} {dates}"
    raise ValidationError(
        field,
        f"{text}. Met deze wijziging valt die datum weg. Verplaats of annuleer die datum "
        "eerst apart, of meld de mensen eerst af.",
    )


def follow_series(
    row: Occurrence, activity: Activity, before: SeriesTimes, start: datetime
) -> None:
    """Give ``row`` its new place ``start`` in the series, and the series' new time and room
    unless it was changed on its own."""
    if not before.changed_on_its_own(row):
        row.starts_at = start
        row.ends_at = start + (activity.ends_at - activity.starts_at)
        row.room_id = activity.room_id
    row.original_start = start


def resync(
    session: Session, activity: Activity, before: SeriesTimes, was_recurring: bool, today: date
) -> list[int]:
    """Bring the dates from ``today`` on in line with the activity's new rule, time and room;
    returns the ids of removed dates. Raises ``ValidationError`` instead of dropping a date
    with sign-ups."""
    if not was_recurring and not activity.rrule:
        rows = list(
            session.scalars(select(Occurrence).where(Occurrence.activity_id == activity.id))
        )
        if not rows:
            session.add(new_row(activity, activity.starts_at))
        for row in rows[:1]:
            follow_series(row, activity, before, activity.starts_at)
        return []
    since = start_of(today)
    rows = list(
        session.scalars(
            select(Occurrence).where(
                Occurrence.activity_id == activity.id, Occurrence.original_start >= since
            )
        )
    )
    until = max(activity.occurrences_until or horizon(today), horizon(today))
    wanted = expand(activity.rrule, activity.starts_at, today, until)
    by_day = {row.original_start.date(): row for row in rows}
    for start in wanted:
        kept = by_day.pop(start.date(), None)
        if kept is None:
            session.add(new_row(activity, start))
        else:
            follow_series(kept, activity, before, start)
    gone = list(by_day.values())
    _refuse_losing_sign_ups(session, gone, field="repeat" if activity.rrule else "date")
    if gone:
        session.execute(delete(Occurrence).where(Occurrence.id.in_([r.id for r in gone])))
    activity.occurrences_until = until if activity.rrule else None
    return [r.id for r in gone]

"""Which date of an activity someone means: a given day, or else today's or the next one.

Used by ``buurtdesk signups ACTIVITY_ID [--date DATE]``; a day without a date of that
activity is refused with the nearest dates it does have.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Activity, ActivityStatus, Occurrence
from buurtdesk.domain.dutch_dates import format_date
from buurtdesk.domain.errors import NotFound
from buurtdesk.services.access import coordinator_only


@dataclass(frozen=True)
class ActivityDate:
    occurrence_id: int
    activity_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    cancelled: bool


def _label(row: ActivityDate) -> str:
    text = format_date(row.starts_at.date())
    return f"{text} (afgelast)" if row.cancelled else text


def _and(texts: list[str]) -> str:
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " en " + texts[-1]


@coordinator_only
def activity_date(db: Database, activity_id: int, *, day: date | None, today: date) -> ActivityDate:
    """The activity's date on ``day``; without ``day`` today's, else the next one, else
    the last one. Raises ``NotFound`` in Dutch for an unknown activity or a day without
    a date, naming the nearest dates."""
    with db.read() as session:
        title = session.scalar(select(Activity.title).where(Activity.id == activity_id))
        if title is None:
            raise NotFound(f"Er is geen activiteit met nummer {activity_id}.")
        rows = [
            ActivityDate(row.id, activity_id, title, row.starts_at, row.ends_at, row.cancelled)
            for row in session.execute(
                select(
                    Occurrence.id,
                    Occurrence.starts_at,
                    Occurrence.ends_at,
                    (Occurrence.status == ActivityStatus.CANCELLED.value).label("cancelled"),
                )
                .where(Occurrence.activity_id == activity_id)
                .order_by(Occurrence.starts_at)
            )
        ]
    if not rows:
        raise NotFound(f"{title} (activiteit {activity_id}) heeft nog geen datums.")
    if day is None:
        coming = [row for row in rows if row.starts_at.date() >= today]
        return coming[0] if coming else rows[-1]
    on_day = [row for row in rows if row.starts_at.date() == day]
    if on_day:
        return on_day[0]
    moment = datetime.combine(day, time(12))
    before = [row for row in rows if row.starts_at < moment][-2:]
    after = [row for row in rows if row.starts_at > moment][:2]
    nearest = sorted(before + after, key=lambda row: abs(row.starts_at - moment))[:2]
    nearest.sort(key=lambda row: row.starts_at)
    labels = [_label(row) for row in nearest]
    word = "De dichtstbijzijnde datum is" if len(labels) == 1 else "De dichtstbijzijnde data zijn"
    raise NotFound(
        f"{title} (activiteit {activity_id}) is niet op {format_date(day)}. {word} {_and(labels)}."
    )

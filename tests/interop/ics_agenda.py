"""A small autumn agenda built straight with the ORM, for the calendar export tests.

Koffieochtend: every Tuesday 10:00–12:00 from 1 Sep to 29 Dec 2026, all dates stored,
across the change to winter time (25 Oct 2026). 13 Oct is cancelled, 3 Nov moved to
Thursday 5 Nov 14:00–16:00 in the Keuken, 17 Nov has a note, the row of 8 Dec was removed.
Buurtfeest: a one-off on Saturday 31 Oct. Taalcafé: first Monday of the month until
31 Mar 2027, none of its dates stored yet. Koffieochtend (nieuw): split from the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import (
    Activity,
    ActivityStatus,
    ActivityTheme,
    Location,
    Occurrence,
    Room,
)
from buurtdesk.domain.recurrence import expand
from buurtdesk.domain.themes import Theme

CREATED = datetime(2026, 8, 1, 9, 0)
WEEKLY = "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229T235959"  # split: the rest is a new series
MONTHLY = "FREQ=MONTHLY;BYDAY=1MO;UNTIL=20270331T235959"
STORED_UNTIL = date(2026, 12, 29)
CANCELLED_DAY = datetime(2026, 10, 13, 10)
MOVED_FROM = datetime(2026, 11, 3, 10)
MOVED_TO = datetime(2026, 11, 5, 14)
NOTE_DAY = datetime(2026, 11, 17, 10)
REMOVED_DAY = datetime(2026, 12, 8, 10)
NOTE = "Let op: ingang aan de achterkant; de voordeur is dicht."


@dataclass(frozen=True)
class Agenda:
    koffie: int
    feest: int
    taalcafe: int
    split: int
    grote_zaal: int
    keuken: int


def _theme(session: Session, name: str) -> int:
    found = session.scalar(select(Theme.id).where(Theme.name == name))
    if found is not None:
        return found
    theme = Theme(name=name)
    session.add(theme)
    session.flush()
    return theme.id


def _activity(
    title: str, start: datetime, hours: int, rule: str, room: int, **kw: object
) -> Activity:
    return Activity(
        title=title,
        description=kw.pop("description", ""),
        room_id=room,
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        rrule=rule,
        uid=f"{title.lower().replace(' ', '-')}-{start:%Y%m%d}",
        created_at=CREATED,
        updated_at=CREATED,
        **kw,
    )


def build_agenda(db: Database) -> Agenda:
    with db.write() as session:
        linde = Location(
            name="Buurthuis De Linde",
            straat="Lindelaan",
            huisnummer="4",
            postcode="1234 AB",
            woonplaats="Dorp",
        )
        session.add(linde)
        session.flush()
        zaal = Room(location_id=linde.id, name="Grote zaal", capacity=40)
        keuken = Room(location_id=linde.id, name="Keuken", capacity=12)
        session.add_all([zaal, keuken])
        session.flush()
        koffie = _activity(
            "Koffieochtend",
            datetime(2026, 9, 1, 10),
            2,
            WEEKLY,
            zaal.id,
            description="Koffie, thee en een praatje.",
            occurrences_until=STORED_UNTIL,
        )
        feest = _activity("Buurtfeest", datetime(2026, 10, 31, 14), 3, "", zaal.id)
        taal = _activity(
            "Taalcafé", datetime(2026, 9, 7, 19), 2, MONTHLY, keuken.id, occurrences_until=None
        )
        session.add_all([koffie, feest, taal])
        session.flush()
        split = _activity(
            "Koffieochtend nieuw",
            datetime(2027, 1, 5, 10),
            2,
            "FREQ=WEEKLY;BYDAY=TU",
            zaal.id,
            split_from_id=koffie.id,
        )
        session.add(split)
        session.flush()
        for name, activity in (("ontmoeting", koffie), ("cultuur", feest), ("welzijn", koffie)):
            session.add(ActivityTheme(activity_id=activity.id, theme_id=_theme(session, name)))
        for start in expand(WEEKLY, koffie.starts_at, date(2026, 9, 1), STORED_UNTIL):
            row = Occurrence(
                activity_id=koffie.id,
                original_start=start,
                starts_at=start,
                ends_at=start + timedelta(hours=2),
                room_id=zaal.id,
            )
            if start == CANCELLED_DAY:
                row.status = ActivityStatus.CANCELLED.value
            if start == MOVED_FROM:
                row.starts_at, row.ends_at = MOVED_TO, MOVED_TO + timedelta(hours=2)
                row.room_id = keuken.id
            if start == NOTE_DAY:
                row.note = NOTE
            if start != REMOVED_DAY:
                session.add(row)
        session.add(
            Occurrence(
                activity_id=feest.id,
                original_start=feest.starts_at,
                starts_at=feest.starts_at,
                ends_at=feest.ends_at,
                room_id=zaal.id,
            )
        )
        return Agenda(koffie.id, feest.id, taal.id, split.id, zaal.id, keuken.id)


def stored_dates(db: Database, activity_id: int) -> set[datetime]:
    """The starts of the activity's dates that take place, as the database has them."""
    with db.read() as session:
        return set(
            session.scalars(
                select(Occurrence.starts_at).where(
                    Occurrence.activity_id == activity_id,
                    Occurrence.status != ActivityStatus.CANCELLED.value,
                )
            )
        )


def remove_occurrences(db: Database, activity_id: int) -> None:
    with db.write() as session:
        session.execute(delete(Occurrence).where(Occurrence.activity_id == activity_id))

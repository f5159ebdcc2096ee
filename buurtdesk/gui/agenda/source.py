"""Where the agenda views get their rows: the calendar service with the window's filters
(room, search text), and dates further ahead made on the way when someone looks there."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import ActivityStatus
from buurtdesk.gui.agenda import dates
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.services import activities, calendar
from buurtdesk.services.calendar import OccurrenceRow

__all__ = [
    "AgendaSource",
    "OccurrenceRow",
    "is_cancelled",
    "line_text",
    "status_text",
    "title_text",
]

CONTEXT = "Agenda"
# Creating an activity makes its dates for a year ahead; looking further makes more.
MADE_AHEAD = timedelta(days=330)
EXTRA_AHEAD = timedelta(days=62)

_STATUS = {
    ActivityStatus.PLANNED.value: QT_TRANSLATE_NOOP("Agenda", "planned"),
    ActivityStatus.CANCELLED.value: QT_TRANSLATE_NOOP("Agenda", "cancelled"),
    ActivityStatus.HELD.value: QT_TRANSLATE_NOOP("Agenda", "held"),
}


def status_text(status: str) -> str:
    """ "gepland", "afgelast", "gehouden" in the window's language."""
    source = _STATUS.get(status)
    return QCoreApplication.translate(CONTEXT, source) if source else status


def is_cancelled(row: OccurrenceRow) -> bool:
    return row.status == ActivityStatus.CANCELLED.value


def title_text(row: OccurrenceRow, *, with_status: bool = False) -> str:
    """ "Koffieochtend"; with ``with_status`` a cancelled one says so in words."""
    if with_status and is_cancelled(row):
        return f"{row.title} ({status_text(row.status)})"
    return row.title


def line_text(row: OccurrenceRow, *, with_status: bool = False) -> str:
    """ "10.00 Koffieochtend" ("10.00 Bingo (afgelast)" with ``with_status``)."""
    return f"{dates.time_text(row.starts_at)} {title_text(row, with_status=with_status)}"


class AgendaSource:
    """The rows every agenda view shows, through one filter."""

    def __init__(self, db: Database, today: date) -> None:
        self.db = db
        self.room_id: int | None = None
        self.text = ""
        self.today = today
        self._made_until = today + MADE_AHEAD

    def between(self, first: date, last: date) -> list[OccurrenceRow]:
        if last > self._made_until:
            self._made_until = last + EXTRA_AHEAD
            activities.ensure_occurrences(self.db, self._made_until)
        return calendar.occurrences_between(
            self.db, first, last, room_id=self.room_id, text=self.text
        )

    def upcoming(self, after: tuple[datetime, int] | None, limit: int) -> list[OccurrenceRow]:
        """The coming dates from the start of today, a page after ``after``."""
        since = datetime.combine(self.today, time())
        return calendar.upcoming_page(self.db, after, text=self.text, limit=limit, since=since)

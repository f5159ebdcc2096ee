"""Writing the agenda as an iCalendar file (.ics) that Outlook and Google Calendar import.

One VEVENT per activity, its UID ``<activity uid>@buurtdesk`` stable across exports, so
importing a newer file updates the events instead of doubling them. A recurring activity
is one VEVENT with its RRULE (and RDATEs for dates kept from an earlier rule); its
cancelled dates are EXDATEs and each moved or changed date is a VEVENT of its own with
the same UID and a RECURRENCE-ID. SEQUENCE is the number
of seconds between creating and last changing the activity: it rises with every change,
which is what Outlook and Google look at to let the newer version win.

The writer takes plain values (anything shaped like :class:`EventData`); the service
``services.agenda_export.calendar_events`` collects them from the database.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Final, Protocol

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.interop.ics_text import (
    CRLF,
    TZID,
    VTIMEZONE,
    escape,
    fold,
    local,
    rule_for,
    utc,
)

PRODID: Final = "-//buurtdesk//buurtdesk 0.1//NL"
UID_DOMAIN: Final = "buurtdesk"
DEFAULT_NAME: Final = "buurtdesk agenda"


class IcsExportError(BuurtdeskError):
    """The calendar file cannot be written; the message says why, in Dutch."""


class DateData(Protocol):
    """One moved or changed date of a recurring activity (a RECURRENCE-ID override)."""

    @property
    def original_start(self) -> datetime: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def ends_at(self) -> datetime: ...
    @property
    def location(self) -> str: ...
    @property
    def description(self) -> str: ...


class EventData(Protocol):
    """One activity as the calendar sees it; times naive (local, or UTC where named)."""

    @property
    def uid(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def location(self) -> str: ...
    @property
    def categories(self) -> Sequence[str]: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def ends_at(self) -> datetime: ...
    @property
    def rrule(self) -> str: ...
    @property
    def cancelled(self) -> bool: ...
    @property
    def created_utc(self) -> datetime: ...
    @property
    def modified_utc(self) -> datetime: ...
    @property
    def exdates(self) -> Sequence[datetime]: ...
    @property
    def rdates(self) -> Sequence[datetime]: ...
    @property
    def changed_dates(self) -> Sequence[DateData]: ...
    @property
    def related_uid(self) -> str: ...


def calendar_uid(uid: str) -> str:
    """The UID a calendar sees; an activity uid that already names a domain keeps it."""
    return uid if "@" in uid else f"{uid}@{UID_DOMAIN}"


def sequence(event: EventData) -> int:
    """Seconds from creation to the last change: grows with every saved change."""
    return max(0, int((event.modified_utc - event.created_utc).total_seconds()))


def calendar_text(events: Iterable[EventData], *, stamp: datetime, name: str = DEFAULT_NAME) -> str:
    """The whole calendar as text with CRLF line ends; ``stamp`` is the export time (UTC)."""
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
        f"X-WR-TIMEZONE:{TZID}",
        *VTIMEZONE,
    ]
    for event in events:
        lines += _event_lines(event, stamp)
        lines += [line for date in event.changed_dates for line in _date_lines(event, date, stamp)]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def _common(event: EventData, stamp: datetime, start: datetime, end: datetime) -> list[str]:
    return [
        f"UID:{calendar_uid(event.uid)}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART;TZID={TZID}:{local(start)}",
        f"DTEND;TZID={TZID}:{local(end)}",
        f"SUMMARY:{escape(event.title)}",
    ]


def _tail(event: EventData, description: str, location: str) -> list[str]:
    lines = []
    if description:
        lines.append(f"DESCRIPTION:{escape(description)}")
    if location:
        lines.append(f"LOCATION:{escape(location)}")
    if event.categories:
        lines.append("CATEGORIES:" + ",".join(escape(c) for c in event.categories))
    lines += [
        f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}",
        f"SEQUENCE:{sequence(event)}",
        f"CREATED:{utc(event.created_utc)}",
        f"LAST-MODIFIED:{utc(event.modified_utc)}",
    ]
    if event.related_uid:
        lines.append(f"RELATED-TO:{calendar_uid(event.related_uid)}")
    return lines


def _event_lines(event: EventData, stamp: datetime) -> list[str]:
    lines = ["BEGIN:VEVENT", *_common(event, stamp, event.starts_at, event.ends_at)]
    if event.rrule:
        lines.append(f"RRULE:{rule_for(event.rrule)}")
        for name, moments in (("RDATE", event.rdates), ("EXDATE", event.exdates)):
            if moments:
                dates = ",".join(local(moment) for moment in sorted(moments))
                lines.append(f"{name};TZID={TZID}:{dates}")
    lines += _tail(event, event.description, event.location)
    lines.append("END:VEVENT")
    return lines


def _date_lines(event: EventData, date: DateData, stamp: datetime) -> list[str]:
    return [
        "BEGIN:VEVENT",
        *_common(event, stamp, date.starts_at, date.ends_at),
        f"RECURRENCE-ID;TZID={TZID}:{local(date.original_start)}",
        *_tail(event, date.description, date.location),
        "END:VEVENT",
    ]


def check_ics_target(path: Path) -> None:
    """Refuse, before any work, a target that cannot become a calendar file."""
    if path.suffix.lower() != ".ics":
        raise IcsExportError(
            f"Een agenda wordt geschreven als .ics-bestand; {path.name} heeft "
            f"{'„' + path.suffix + '”' if path.suffix else 'geen extensie'}. "
            "Kies een naam die op .ics eindigt, zoals agenda.ics."
        )
    if path.is_dir():
        raise IcsExportError(f"{path} is een map. Geef een bestandsnaam op, zoals agenda.ics.")
    if not path.parent.is_dir():
        raise IcsExportError(f"De map {path.parent} bestaat niet. Maak hem eerst aan.")


def write_ics_file(
    path: Path, events: Iterable[EventData], *, stamp: datetime, name: str = DEFAULT_NAME
) -> None:
    """Write the calendar to ``path``: whole or not at all (a temporary file is renamed
    over the target only when it is complete; an earlier file stays untouched otherwise)."""
    check_ics_target(path)
    data = calendar_text(events, stamp=stamp, name=name).encode("utf-8")
    temp: Path | None = None
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        temp = Path(temp_name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, path)
    except OSError as error:
        raise IcsExportError(
            f"{path} kon niet worden geschreven ({error.strerror or error}). "
            "Mag u in die map schrijven, is de schijf vol, of is het bestand geopend "
            "in een ander programma?"
        ) from None
    finally:
        if temp is not None:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()

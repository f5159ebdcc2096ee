"""The text layer of an iCalendar file (RFC 5545): escaping, folding, dates, Amsterdam time.

Lines are folded at 75 octets of UTF-8 without ever splitting a character, and end in
CRLF. Local times are written with ``TZID=Europe/Amsterdam``; the conversion to UTC (for
an ``UNTIL`` that must be in UTC) follows the same EU rule as the VTIMEZONE buurtdesk
writes, so the file agrees with itself whatever time zone data the computer has.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from typing import Final

CRLF: Final = "\r\n"
MAX_OCTETS: Final = 75
TZID: Final = "Europe/Amsterdam"

VTIMEZONE: Final = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    f"X-LIC-LOCATION:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, every line break as ``\\n``."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded into pieces of at most 75 octets, joined by CRLF + space."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1  # the leading space counts
        current.append(char)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def local(moment: datetime) -> str:
    """A naive local time as written after ``;TZID=Europe/Amsterdam:``."""
    return moment.strftime("%Y%m%dT%H%M%S")


def utc(moment: datetime) -> str:
    """A naive UTC time as a UTC DATE-TIME (``…Z``)."""
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() + 1) % 7)


def amsterdam_to_utc(moment: datetime) -> datetime:
    """A naive Amsterdam wall-clock time as naive UTC (CEST from the last Sunday of March
    02:00 until the last Sunday of October 03:00; the doubled hour counts as summer time)."""
    summer_from = datetime.combine(_last_sunday(moment.year, 3), time(2))
    summer_until = datetime.combine(_last_sunday(moment.year, 10), time(3))
    offset = 2 if summer_from <= moment < summer_until else 1
    return moment - timedelta(hours=offset)


def rule_for(rule: str) -> str:
    """A stored RRULE value as a calendar needs it beside a DTSTART with a TZID.

    RFC 5545 wants ``UNTIL`` in UTC then (Google and dateutil refuse anything else): a date
    becomes the end of that day in Amsterdam, a local time its UTC equivalent.
    """
    rule = rule.strip().removeprefix("RRULE:")
    parts = []
    for part in rule.split(";"):
        name, _, value = part.partition("=")
        if name.upper() == "UNTIL" and not value.upper().endswith("Z"):
            if len(value) == 8:
                moment = datetime.combine(datetime.strptime(value, "%Y%m%d").date(), time.max)
                moment = moment.replace(microsecond=0)
            else:
                moment = datetime.strptime(value, "%Y%m%dT%H%M%S")
            part = f"UNTIL={utc(amsterdam_to_utc(moment))}"
        parts.append(part)
    return ";".join(parts)

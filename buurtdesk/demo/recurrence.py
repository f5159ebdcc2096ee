"""Dates of the demo's recurring activities, for the RFC 5545 rules the demo writes.

Only the shapes the demo uses: ``FREQ=WEEKLY`` with ``INTERVAL`` and ``BYDAY=MO,WE``
(weeks start on Monday, counted from the week of DTSTART), and ``FREQ=MONTHLY`` with
one ordinal ``BYDAY`` ("1SA": first Saturday, "-1FR": last Friday).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _parts(rule: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in rule.split(";"))


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The ``nth`` (1-based; -1 is the last) ``weekday`` of a month, or None."""
    days = [
        d
        for d in calendar.Calendar().itermonthdates(year, month)
        if d.month == month and d.weekday() == weekday
    ]
    index = nth - 1 if nth > 0 else nth
    return days[index] if -len(days) <= index < len(days) else None


def dates(rule: str, dtstart: date, first: date, last: date) -> list[date]:
    """Dates the rule produces from ``dtstart`` that fall within ``first``..``last``."""
    parts = _parts(rule)
    interval = int(parts.get("INTERVAL", "1"))
    result: list[date] = []
    if parts["FREQ"] == "WEEKLY":
        days = sorted(WEEKDAYS.index(d) for d in parts["BYDAY"].split(","))
        anchor = dtstart - timedelta(days=dtstart.weekday())
        week = max(0, (first - anchor).days // 7)
        week -= week % interval
        while True:
            monday = anchor + timedelta(weeks=week)
            if monday > last:
                return result
            result += [
                d
                for d in (monday + timedelta(days=w) for w in days)
                if dtstart <= d and first <= d <= last
            ]
            week += interval
    if parts["FREQ"] == "MONTHLY":
        byday = parts["BYDAY"]
        nth, weekday = int(byday[:-2]), WEEKDAYS.index(byday[-2:])
        year, month = dtstart.year, dtstart.month
        while date(year, month, 1) <= last:
            day = nth_weekday(year, month, weekday, nth)
            if day is not None and dtstart <= day and first <= day:
                result.append(day)
            month += interval
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return result
    raise ValueError(f"demo rule not supported: {rule}")


def first_on_or_after(rule: str, start: date) -> date:
    """The first date the rule gives when its series is anchored at ``start``."""
    found = dates(rule, start, start, start + timedelta(days=400))
    return found[0]


def at(day: date, hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return datetime.combine(day, time(int(hours), int(minutes)))

"""Periods of the agenda and how the window writes them: weeks from Monday, six week rows
per month, "december 2026", "week 49 · 30 nov – 6 dec 2026", "za 12 dec 2026, 14.00–16.00 uur".

Month and day names come from the window's QLocale (Dutch by default); times are written
the Dutch way ("14.00 uur") in Dutch and as "14:00" in English.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

WEEK_ROWS = 6
DAYS = 7
GRID_DAYS = WEEK_ROWS * DAYS


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _dutch() -> bool:
    return QLocale().language() == QLocale.Language.Dutch


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_grid_start(year: int, month: int) -> date:
    """The Monday on or before the first of the month: the grid's first cell."""
    return monday_of(date(year, month, 1))


def add_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def weekday_short(weekday: int) -> str:
    """ "ma", "di", … for 0 = Monday (the locale's short name, without a dot)."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat).rstrip(".")


def month_title(year: int, month: int) -> str:
    """ "december 2026"."""
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


def day_month(day: date) -> str:
    """ "30 nov"."""
    return QLocale().toString(_qdate(day), "d MMM")


def short_date(day: date) -> str:
    """ "za 12 dec 2026"."""
    return QLocale().toString(_qdate(day), "ddd d MMM yyyy")


def long_date(day: date) -> str:
    """ "zaterdag 12 december 2026"."""
    return QLocale().toString(_qdate(day), "dddd d MMMM yyyy")


def week_title(monday: date) -> str:
    """ "week 49 · 30 nov – 6 dec 2026" (both years written when the week spans two)."""
    sunday = monday + timedelta(days=6)
    first = short_year = day_month(monday)
    if monday.year != sunday.year:
        short_year = f"{first} {monday.year}"
    text = QCoreApplication.translate("AgendaDates", "week {number} · {first} – {last}")
    return text.format(
        number=monday.isocalendar().week,
        first=short_year,
        last=f"{day_month(sunday)} {sunday.year}",
    )


def time_text(moment: time | datetime) -> str:
    """ "14.00" (Dutch) or "14:00"."""
    separator = "." if _dutch() else ":"
    return f"{moment.hour:02d}{separator}{moment.minute:02d}"


def time_range(start: time | datetime, end: time | datetime) -> str:
    """ "14.00–16.00 uur" (Dutch) or "14:00–16:00"."""
    text = f"{time_text(start)}–{time_text(end)}"
    return f"{text} uur" if _dutch() else text


def when_text(start: datetime, end: datetime) -> str:
    """ "za 12 dec 2026, 14.00–16.00 uur"."""
    if end.date() != start.date():
        first = f"{short_date(start.date())} {time_text(start)}"
        return f"{first} – {short_date(end.date())} {time_text(end)}"
    return f"{short_date(start.date())}, {time_range(start, end)}"

"""Dates and times the Dutch way, for services and messages (no Qt here).

``parse_date`` reads what a coordinator types ("12-12-2026", "12 dec 2026",
"za 12 december 2026", "2026-12-12") and says plainly when a date does not exist
("31 februari 2027 bestaat niet."). ``format_when`` writes "za 12 dec 2026, 14.00–16.00 uur".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time
from typing import Final

from buurtdesk.domain.errors import ValidationError

WEEKDAY_NAMES: Final = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)
WEEKDAY_ABBREVIATIONS: Final = ("ma", "di", "wo", "do", "vr", "za", "zo")
MONTH_NAMES: Final = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MONTH_ABBREVIATIONS: Final = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)

DATE_FIELD: Final = "datum"
TIME_FIELD: Final = "tijd"
_MAX_INPUT: Final = 60

DATE_HINT: Final = "Schrijf de datum als 12-12-2026 of 12 dec 2026."
TIME_HINT: Final = "Schrijf de tijd als 14:00 of 14.00."

_NUMERIC: Final = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})")
_ISO: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS: Final = re.compile(r"(?:([a-z]+)\.?,?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")
_TIME: Final = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?:\s*uur)?")
_TIME_COMPACT: Final = re.compile(r"(\d{3,4})")


def _month_number(word: str) -> int | None:
    for index, (name, short) in enumerate(zip(MONTH_NAMES, MONTH_ABBREVIATIONS, strict=True)):
        if word in (name, short) or (len(word) >= 3 and name.startswith(word)):
            return index + 1
    return None


def _is_weekday(word: str) -> bool:
    return word in WEEKDAY_ABBREVIATIONS or word in WEEKDAY_NAMES


def _build(year: int, month: int, day: int, field: str) -> date:
    if not 1 <= month <= 12:
        raise ValidationError(field, f"Een maand loopt van 1 tot 12, niet {month}. {DATE_HINT}")
    if not 1 <= year <= 9999:
        raise ValidationError(field, f"Het jaar {year} kan niet. {DATE_HINT}")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValidationError(field, f"{day} {MONTH_NAMES[month - 1]} {year} bestaat niet.")
    return date(year, month, day)


def parse_date(text: str, *, field: str = DATE_FIELD) -> date:
    """The date in ``text``; ``ValidationError(field, ...)`` in plain Dutch otherwise.

    Two-digit years are this century ("12-12-26" is 2026).
    """
    value = " ".join((text or "").strip().lower().split())
    if not value:
        raise ValidationError(field, f"Vul een datum in. {DATE_HINT}")
    if len(value) > _MAX_INPUT:
        raise ValidationError(field, f"Dit is geen datum. {DATE_HINT}")
    if match := _ISO.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
        return _build(year, month, day, field)
    if match := _NUMERIC.fullmatch(value):
        day, month = int(match[1]), int(match[2])
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        return _build(year, month, day, field)
    if match := _WORDS.fullmatch(value):
        weekday, day_text, month_word, year_text = match.groups()
        named = _month_number(month_word)
        if named is None or (weekday is not None and not _is_weekday(weekday)):
            raise ValidationError(field, f"Deze datum begrijp ik niet. {DATE_HINT}")
        return _build(int(year_text), named, int(day_text), field)
    raise ValidationError(field, f"Deze datum begrijp ik niet. {DATE_HINT}")


def parse_time(text: str, *, field: str = TIME_FIELD) -> time:
    """The time in ``text`` ("14:00", "14.00", "1400", "9" is 09:00)."""
    value = "".join((text or "").strip().lower().split())
    if not value:
        raise ValidationError(field, f"Vul een tijd in. {TIME_HINT}")
    if len(value) > _MAX_INPUT:
        raise ValidationError(field, f"Dit is geen tijd. {TIME_HINT}")
    hours: int
    minutes: int
    if match := _TIME_COMPACT.fullmatch(value.removesuffix("uur")):
        digits = match[1]
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    elif match := _TIME.fullmatch(value.replace(" ", "")):
        hours, minutes = int(match[1]), int(match[2] or 0)
    else:
        raise ValidationError(field, f"Deze tijd begrijp ik niet. {TIME_HINT}")
    if hours > 23 or minutes > 59:
        raise ValidationError(field, f"{value} is geen bestaande tijd. {TIME_HINT}")
    return time(hours, minutes)


def format_date(day: date) -> str:
    """ "za 12 dec 2026"."""
    return (
        f"{WEEKDAY_ABBREVIATIONS[day.weekday()]} {day.day} "
        f"{MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"
    )


def format_long_date(day: date) -> str:
    """ "zaterdag 12 december 2026"."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def format_time(moment: time | datetime) -> str:
    """ "14.00"."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def format_time_range(start: time | datetime, end: time | datetime) -> str:
    """ "14.00–16.00 uur"."""
    return f"{format_time(start)}–{format_time(end)} uur"


def format_when(start: datetime, end: datetime) -> str:
    """ "za 12 dec 2026, 14.00–16.00 uur"; an end on a later day is written out in full."""
    if end.date() != start.date():
        return (
            f"{format_date(start.date())}, {format_time(start)} uur – "
            f"{format_date(end.date())}, {format_time(end)} uur"
        )
    return f"{format_date(start.date())}, {format_time_range(start, end)}"


def input_date(day: date) -> str:
    """How the form shows a date for editing: "12-12-2026" (``parse_date`` reads it back)."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def input_time(moment: time | datetime) -> str:
    """How the form shows a time for editing: "14:00"."""
    return f"{moment.hour:02d}:{moment.minute:02d}"

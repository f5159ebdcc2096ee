"""Repeating activities as RFC 5545 rules: the shapes the editor offers, in and out of text.

The editor offers weekly (with an interval and weekdays: "om de week op dinsdag"), monthly
on the nth weekday ("elke eerste maandag", "elke laatste vrijdag") and monthly on a day
number ("elke maand op de 15e"), each optionally ending on a date (UNTIL) or after a number
of times (COUNT). Weeks start on Monday: WKST=MO is the RFC 5545 default, so the stored rule
leaves it out, and :func:`expand` always counts weeks from Monday.

Times are naive local wall-clock times, so a series at 10:00 stays at 10:00 across a
change to or from summer time. An ``UNTIL`` is written as a floating local date-time at the
end of that day ("UNTIL=20270331T235959"), as RFC 5545 asks for a floating DTSTART.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from dateutil.rrule import MO, rrule, rrulestr

from buurtdesk.domain.dutch_dates import MONTH_ABBREVIATIONS, WEEKDAY_NAMES, format_date
from buurtdesk.domain.errors import ValidationError

RULE_DAYS: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ORDINALS: Final = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", -1: "laatste"}
MAX_INTERVAL: Final = 52
MAX_COUNT: Final = 1000
FIELD: Final = "repeat"
_UTC_UNTIL: Final = re.compile(r"(UNTIL=\d{8}T\d{6})Z", re.IGNORECASE)


class Repeat(enum.StrEnum):
    NONE = ""
    WEEKLY = "weekly"
    MONTHLY_WEEKDAY = "monthly_weekday"
    MONTHLY_DAY = "monthly_day"


@dataclass(frozen=True)
class RepeatInput:
    """How an activity repeats, as the editor holds it.

    ``weekdays`` counts from 0 = Monday. For MONTHLY_WEEKDAY the first weekday is used (the
    start date's weekday when empty) with ``nth`` 1..4 or -1 for the last one of the month;
    MONTHLY_DAY repeats on the start date's day number. ``until`` and ``count`` end the
    series; both empty repeats without end.
    """

    kind: Repeat = Repeat.NONE
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    nth: int = 1
    until: date | None = None
    count: int | None = None


NO_REPEAT: Final = RepeatInput()


def validate_repeat(repeat: RepeatInput, start: date) -> None:
    """Refuse a repeat the rule cannot express, with a Dutch message on field "repeat"."""
    if repeat.kind is Repeat.NONE:
        return
    if not 1 <= repeat.interval <= MAX_INTERVAL:
        raise ValidationError(
            FIELD, f"Kies om de hoeveel weken of maanden: een getal van 1 tot {MAX_INTERVAL}."
        )
    if repeat.kind is Repeat.WEEKLY and not repeat.weekdays:
        raise ValidationError(FIELD, "Kies op welke dag of dagen van de week het is.")
    if any(not 0 <= d <= 6 for d in repeat.weekdays):
        raise ValidationError(FIELD, "Kies een dag van de week van maandag tot en met zondag.")
    if repeat.kind is Repeat.MONTHLY_WEEKDAY and repeat.nth not in ORDINALS:
        raise ValidationError(
            FIELD, "Kies de eerste, tweede, derde, vierde of laatste week van de maand."
        )
    if repeat.until is not None and repeat.count is not None:
        raise ValidationError(
            FIELD, "Kies een einddatum of een aantal keer, niet allebei tegelijk."
        )
    if repeat.until is not None and repeat.until < start:
        raise ValidationError(
            FIELD,
            f"De herhaling stopt al voor de eerste datum. Kies een einddatum op of na "
            f"{format_date(start)}.",
        )
    if repeat.count is not None and not 1 <= repeat.count <= MAX_COUNT:
        raise ValidationError(FIELD, f"Kies een aantal keer van 1 tot {MAX_COUNT}.")


def to_rrule(repeat: RepeatInput, dtstart: datetime | date) -> str:
    """The RFC 5545 rule ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"); "" for no repeat."""
    if repeat.kind is Repeat.NONE:
        return ""
    start = dtstart.date() if isinstance(dtstart, datetime) else dtstart
    parts: list[str] = []
    if repeat.kind is Repeat.WEEKLY:
        parts.append("FREQ=WEEKLY")
        if repeat.interval != 1:
            parts.append(f"INTERVAL={repeat.interval}")
        days = sorted(set(repeat.weekdays)) or [start.weekday()]
        parts.append("BYDAY=" + ",".join(RULE_DAYS[d] for d in days))
    else:
        parts.append("FREQ=MONTHLY")
        if repeat.interval != 1:
            parts.append(f"INTERVAL={repeat.interval}")
        if repeat.kind is Repeat.MONTHLY_WEEKDAY:
            weekday = repeat.weekdays[0] if repeat.weekdays else start.weekday()
            parts.append(f"BYDAY={repeat.nth}{RULE_DAYS[weekday]}")
        else:
            parts.append(f"BYMONTHDAY={start.day}")
    if repeat.until is not None:
        parts.append(f"UNTIL={repeat.until:%Y%m%d}T235959")
    elif repeat.count is not None:
        parts.append(f"COUNT={repeat.count}")
    return ";".join(parts)


def _parts(rule: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for part in rule.strip().removeprefix("RRULE:").split(";"):
        if "=" in part:
            key, value = part.split("=", 1)
            result[key.strip().upper()] = value.strip().upper()
    return result


def _until_date(value: str) -> date:
    return datetime.strptime(value[:8], "%Y%m%d").date()


def _split_byday(value: str) -> tuple[int | None, int]:
    """ "-1FR" -> (-1, 4); "TU" -> (None, 1)."""
    day = RULE_DAYS.index(value[-2:])
    number = value[:-2]
    return (int(number) if number else None), day


def from_rrule(rule: str) -> RepeatInput:
    """The editor's view of a stored rule; raises ``ValidationError`` for a shape it cannot
    edit (a rule imported from another calendar program, say)."""
    parts = _parts(rule)
    if not parts:
        return NO_REPEAT
    frequency = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1"))
    until = _until_date(parts["UNTIL"]) if "UNTIL" in parts else None
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    try:
        bydays = [_split_byday(d) for d in parts["BYDAY"].split(",")] if "BYDAY" in parts else []
    except ValueError:
        bydays = []
        frequency = "?"
    if frequency == "DAILY" and interval == 1 and not bydays:
        return RepeatInput(Repeat.WEEKLY, 1, tuple(range(7)), until=until, count=count)
    if frequency == "WEEKLY" and all(n is None for n, _ in bydays):
        days = tuple(sorted({d for _, d in bydays}))
        return RepeatInput(Repeat.WEEKLY, interval, days, until=until, count=count)
    if frequency == "MONTHLY" and "BYMONTHDAY" in parts and not bydays:
        return RepeatInput(Repeat.MONTHLY_DAY, interval, until=until, count=count)
    if frequency == "MONTHLY" and len(bydays) == 1:
        nth, day = bydays[0]
        if nth is None and "BYSETPOS" in parts:
            nth = int(parts["BYSETPOS"])
        if nth in ORDINALS:
            return RepeatInput(Repeat.MONTHLY_WEEKDAY, interval, (day,), nth, until, count)
    raise ValidationError(
        FIELD,
        f"Deze herhaling ({rule}) kan buurtdesk niet aanpassen. "
        "Kies opnieuw hoe de activiteit zich herhaalt.",
    )


def _day_list(days: list[str]) -> str:
    if len(days) == 1:
        return days[0]
    return ", ".join(days[:-1]) + " en " + days[-1]


def describe(rule: str) -> str:
    """The rule in plain Dutch: "om de week op dinsdag, tot en met wo 31 mrt 2027"."""
    if not rule.strip():
        return "eenmalig"
    parts = _parts(rule)
    try:
        repeat = from_rrule(rule)
    except ValidationError:
        return "herhaalt zich (" + rule + ")"
    every = {1: "elke", 2: "om de"}.get(repeat.interval, f"elke {repeat.interval}")
    if repeat.kind is Repeat.WEEKLY:
        unit = "week" if repeat.interval <= 2 else "weken"
        names = [WEEKDAY_NAMES[d] for d in repeat.weekdays]
        if not names:  # a rule from elsewhere: the weekday of its start
            text = f"{every} {unit}"
        elif repeat.interval == 1 and len(names) == 7:
            text = "elke dag"
        else:
            text = f"{every} {unit} op {_day_list(names)}"
    elif repeat.kind is Repeat.MONTHLY_WEEKDAY:
        ordinal, day = ORDINALS[repeat.nth], WEEKDAY_NAMES[repeat.weekdays[0]]
        if repeat.interval == 1:
            text = f"elke {ordinal} {day} van de maand"
        else:
            unit = "maand" if repeat.interval == 2 else "maanden"
            text = f"{every} {unit} op de {ordinal} {day}"
    elif "BYMONTHDAY" not in parts:  # a rule from elsewhere: the day of its start
        text = f"{every} {'maand' if repeat.interval <= 2 else 'maanden'}"
    else:
        day_number = int(parts["BYMONTHDAY"].split(",")[0])
        unit = "maand" if repeat.interval <= 2 else "maanden"
        text = f"{every} {unit} op de {day_number}e"
        if day_number > 28:
            text += " (niet in maanden zonder die dag)"
    if repeat.until is not None:
        until = repeat.until
        text += f", tot en met {until.day} {MONTH_ABBREVIATIONS[until.month - 1]} {until.year}"
    elif repeat.count is not None:
        text += f", {repeat.count} keer"
    return text


def _rule(rule: str, dtstart: datetime) -> rrule:
    # A UTC UNTIL (from another calendar program) is read as local: the dates stay put.
    parsed = rrulestr(_UTC_UNTIL.sub(r"\1", rule.strip().removeprefix("RRULE:")), dtstart=dtstart)
    assert isinstance(parsed, rrule)
    # Weeks start on Monday whatever the local calendar module says.
    return parsed.replace(wkst=MO) if "WKST" not in rule.upper() else parsed


def expand(rule: str, dtstart: datetime, first: date, last: date) -> list[datetime]:
    """The starts the rule gives from ``dtstart`` on the days ``first``..``last``;
    rule "" is just ``dtstart`` (when it falls in that range)."""
    if not rule.strip():
        return [dtstart] if first <= dtstart.date() <= last else []
    low = datetime.combine(first, time.min)
    high = datetime.combine(last, time.max)
    return list(_rule(rule, dtstart).between(low, high, inc=True))


def first_start(rule: str, dtstart: datetime) -> datetime | None:
    """The first start the rule really gives (``dtstart`` itself need not match the rule)."""
    if not rule.strip():
        return dtstart
    found = _rule(rule, dtstart).after(dtstart, inc=True)
    return found


def last_date(rule: str, dtstart: datetime) -> date | None:
    """The last day of a series that ends (UNTIL or COUNT), or None when it goes on."""
    if not rule.strip():
        return dtstart.date()
    parts = _parts(rule)
    if "UNTIL" not in parts and "COUNT" not in parts:
        return None
    starts = list(_rule(rule, dtstart))
    return starts[-1].date() if starts else None


def ending_before(rule: str, dtstart: datetime, day: date) -> str:
    """The rule cut off so that its last date lies before ``day`` ("this and following")."""
    parts = [
        p for p in rule.split(";") if not p.upper().startswith(("UNTIL=", "COUNT=")) and p.strip()
    ]
    parts.append(f"UNTIL={day - timedelta(days=1):%Y%m%d}T235959")
    return ";".join(parts)


def continuing_from(rule: str, dtstart: datetime, day: date) -> str:
    """The rule for the dates from ``day`` on: a COUNT is lowered by the dates before it."""
    parts = _parts(rule)
    if "COUNT" not in parts:
        return rule
    before = len(expand(rule, dtstart, dtstart.date(), day - timedelta(days=1)))
    remaining = max(1, int(parts["COUNT"]) - before)
    kept = [p for p in rule.split(";") if not p.upper().startswith("COUNT=") and p.strip()]
    return ";".join([*kept, f"COUNT={remaining}"])

"""An activity as the editor holds it (text as typed), and its validation into storable values.

Every wrong field is reported at once (``ValidationErrors``), each beside its own field:
"title", "description", "date", "start", "end", "capacity", "cost", "repeat".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from buurtdesk.domain.agenda import ActivityStatus
from buurtdesk.domain.dutch_dates import format_time, parse_date, parse_time
from buurtdesk.domain.errors import FieldErrors, ValidationError, ValidationErrors
from buurtdesk.domain.recurrence import (
    NO_REPEAT,
    Repeat,
    RepeatInput,
    first_start,
    to_rrule,
    validate_repeat,
)
from buurtdesk.domain.validation.text import clean_text

MAX_TITLE_LENGTH: Final = 200
MAX_DESCRIPTION_LENGTH: Final = 10_000
MAX_CAPACITY: Final = 100_000
MAX_COST_CENTS: Final = 10_000_000  # 100.000 euro
# A date whose end time lies before its start runs into the next day up to this long.
LONGEST_NIGHT: Final = timedelta(hours=12)
# Activity dates outside these years are typing mistakes (1026 for 2026), not plans.
FIRST_YEAR: Final = 2000
LAST_YEAR: Final = 2199
FREE_WORDS: Final = frozenset({"", "gratis", "vrij", "free", "-", "0", "nee"})

_CURRENCY: Final = re.compile(r"^(?:€|eur(?:o|o's)?)|(?:€|euro?|euro's)$")
_AMOUNT: Final = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](\d{1,2}|-{1,2}))?")

STATUS_LABELS: Final = {
    ActivityStatus.PLANNED: "Gepland",
    ActivityStatus.CANCELLED: "Afgelast",
    ActivityStatus.HELD: "Gehouden",
}


@dataclass(frozen=True)
class ActivityInput:
    """Raw values as the form holds them; nothing here is trusted yet."""

    title: str = ""
    description: str = ""
    room_id: int | None = None
    date: str = ""
    start: str = ""
    end: str = ""
    repeat: RepeatInput = NO_REPEAT
    capacity: str = ""
    signup_required: bool = False
    cost: str = ""
    theme_ids: tuple[int, ...] = ()
    organiser_person_ids: tuple[int, ...] = ()
    organiser_organisation_ids: tuple[int, ...] = ()
    initiative_id: int | None = None
    status: ActivityStatus = ActivityStatus.PLANNED


@dataclass(frozen=True)
class ValidActivity:
    """Values ready to store. ``starts_at`` is the series' first real date: a weekly rule
    on Tuesdays entered with a Monday date starts on the Tuesday after it."""

    title: str
    description: str
    room_id: int | None
    starts_at: datetime
    ends_at: datetime
    repeat: RepeatInput
    rrule: str
    capacity: int | None
    signup_required: bool
    cost_cents: int
    theme_ids: tuple[int, ...] = ()
    organiser_person_ids: tuple[int, ...] = ()
    organiser_organisation_ids: tuple[int, ...] = ()
    initiative_id: int | None = None
    status: ActivityStatus = ActivityStatus.PLANNED

    @property
    def is_recurring(self) -> bool:
        return bool(self.rrule)


def parse_capacity(text: str, *, field_name: str = "capacity") -> int | None:
    """ "" is unlimited (None); otherwise a whole number of places, 1 or more."""
    value = "".join((text or "").split())
    if not value or value.lower() in ("onbeperkt", "geen"):
        return None
    hint = "Vul het aantal plaatsen in als getal, of laat het leeg voor onbeperkt."
    if re.fullmatch(r"[-−]\d+", value):
        raise ValidationError(field_name, f"Het aantal plaatsen kan niet negatief zijn. {hint}")
    if not re.fullmatch(r"\d{1,7}", value):
        raise ValidationError(field_name, f"{value[:20]} is geen aantal. {hint}")
    number = int(value)
    if number == 0:
        raise ValidationError(field_name, f"Met 0 plaatsen kan niemand komen. {hint}")
    if number > MAX_CAPACITY:
        raise ValidationError(
            field_name, f"Kies hoogstens {MAX_CAPACITY:,} plaatsen.".replace(",", ".")
        )
    return number


def parse_cost(text: str, *, field_name: str = "cost") -> int:
    """The cost in cents: "" or "gratis" is 0, "2,50" / "€ 2,50" / "2.50" / "2,-" is 250."""
    value = "".join((text or "").lower().split())
    bare = _CURRENCY.sub("", value)
    if value and not bare:
        raise ValidationError(field_name, "Vul het bedrag in, bijvoorbeeld 2,50, of gratis.")
    value = bare
    hint = "Schrijf het bedrag als 2,50, of gratis."
    if value in FREE_WORDS:
        return 0
    if value.startswith(("-", "−")):
        raise ValidationError(field_name, f"Een bedrag kan niet negatief zijn. {hint}")
    match = _AMOUNT.fullmatch(value)
    if match is None:
        raise ValidationError(field_name, f"Dit bedrag begrijp ik niet. {hint}")
    euros = int(match[1].replace(".", ""))
    cents_text = match[2] or ""
    cents = 0 if not cents_text or cents_text.startswith("-") else int(cents_text.ljust(2, "0"))
    amount = euros * 100 + cents
    if amount > MAX_COST_CENTS:
        raise ValidationError(field_name, "Een bedrag van meer dan 100.000 euro kan niet.")
    return amount


def format_cost(cents: int) -> str:
    """ "gratis", "€ 2,50"."""
    if not cents:
        return "gratis"
    return f"€ {cents // 100},{cents % 100:02d}"


def input_cost(cents: int) -> str:
    """How the form shows a cost for editing ("" for free, "2,50")."""
    return "" if not cents else f"{cents // 100},{cents % 100:02d}"


def length_of(start: time, end: time) -> timedelta:
    """How long a date lasts from ``start`` to ``end``. An end before the start is the next
    day when that makes a date of at most 12 hours: 20:00–00:00 ends at midnight, 22:00–01:00
    runs into the night. Anything else is a mistake in the end time (``ValidationError``)."""
    length = datetime.combine(date.min, end) - datetime.combine(date.min, start)
    overnight = length + timedelta(days=1)
    if length < timedelta(0) and (end == time.min or overnight <= LONGEST_NIGHT):
        length = overnight
    if length <= timedelta(0):
        word = "ligt voor" if end < start else "is gelijk aan"
        raise ValidationError(
            "end",
            f"De eindtijd {word} de begintijd. Kies een eindtijd na {format_time(start)} uur.",
        )
    return length


def _times(
    check: FieldErrors, data: ActivityInput
) -> tuple[date | None, time | None, timedelta | None]:
    day = check.check(lambda: parse_date(data.date, field="date"), None)
    start = check.check(lambda: parse_time(data.start, field="start"), None)
    end = check.check(lambda: parse_time(data.end, field="end"), None)
    length = None
    if start is not None and end is not None:
        length = check.check(lambda: length_of(start, end), None)
    if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
        check.errors.append(
            ValidationError("date", f"Kies een datum tussen {FIRST_YEAR} en {LAST_YEAR}.")
        )
        day = None
    return day, start, length


def _series_start(repeat: RepeatInput, starts_at: datetime) -> datetime:
    validate_repeat(repeat, starts_at.date())
    if repeat.kind is Repeat.NONE:
        return starts_at
    first = first_start(to_rrule(repeat, starts_at), starts_at)
    if first is None:
        raise ValidationError(
            "repeat",
            "Met deze herhaling valt er geen enkele datum. Kies een latere einddatum "
            "of een andere dag.",
        )
    return first


def validate_activity(data: ActivityInput) -> ValidActivity:
    """Check every field; raise ``ValidationErrors`` listing each wrong field at once."""
    collected = FieldErrors()
    check = collected.check
    title = check(
        lambda: clean_text(
            data.title, field="title", label="Titel", max_length=MAX_TITLE_LENGTH, required=True
        ),
        "",
    )
    description = check(
        lambda: clean_text(
            data.description,
            field="description",
            label="Beschrijving",
            max_length=MAX_DESCRIPTION_LENGTH,
            multiline=True,
        ),
        "",
    )
    day, start, length = _times(collected, data)
    capacity = check(lambda: parse_capacity(data.capacity), None)
    cost = check(lambda: parse_cost(data.cost), 0)
    starts_at = ends_at = datetime.min
    if day is not None and start is not None and length is not None:
        planned = datetime.combine(day, start)
        starts_at = check(lambda: _series_start(data.repeat, planned), planned)
        ends_at = starts_at + length
    elif day is not None:
        check(lambda: validate_repeat(data.repeat, day), None)
    if collected.errors:
        raise ValidationErrors(collected.errors)
    return ValidActivity(
        title=title,
        description=description,
        room_id=data.room_id,
        starts_at=starts_at,
        ends_at=ends_at,
        repeat=data.repeat,
        rrule=to_rrule(data.repeat, starts_at),
        capacity=capacity,
        signup_required=data.signup_required,
        cost_cents=cost,
        theme_ids=tuple(dict.fromkeys(data.theme_ids)),
        organiser_person_ids=tuple(dict.fromkeys(data.organiser_person_ids)),
        organiser_organisation_ids=tuple(dict.fromkeys(data.organiser_organisation_ids)),
        initiative_id=data.initiative_id,
        status=ActivityStatus(data.status),
    )

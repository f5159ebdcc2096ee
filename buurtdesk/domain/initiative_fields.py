"""An initiative as the form holds it (text as typed), and its validation into storable values.

Every wrong field is reported at once (``ValidationErrors``), each beside its own field:
"title", "description", "next_step", "next_step_due", "budget_asked", "budget_granted",
"fund", "spent", "outcome", "lessons". Amounts are read the Dutch way: "€ 1.250,50",
"1250", "1.250" (a dot between thousands), "12,50".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from buurtdesk.domain.dutch_dates import parse_date
from buurtdesk.domain.errors import FieldErrors, ValidationError, ValidationErrors
from buurtdesk.domain.initiatives import NeedKind, NeedStatus
from buurtdesk.domain.validation.text import clean_text, dutch_count, fold

MAX_TITLE_LENGTH: Final = 200
MAX_TEXT_LENGTH: Final = 10_000
MAX_NEXT_STEP_LENGTH: Final = 300
MAX_FUND_LENGTH: Final = 100
MAX_STAGE_NAME_LENGTH: Final = 60
MAX_CHECKLIST_TEXT_LENGTH: Final = 300
MAX_NEED_LENGTH: Final = 500
MAX_MONEY_CENTS: Final = 1_000_000_000  # 10 miljoen euro
_MAX_MONEY_INPUT: Final = 30
FIRST_YEAR: Final = 2000
LAST_YEAR: Final = 2199

MONEY_HINT: Final = "Schrijf het bedrag als 1.250,50 of 1250."
_CURRENCY: Final = re.compile(r"^(?:€|eur(?:o|o's)?)|(?:€|euro?|euro's)$")
# "1.250,50", "1250,5", "1.250,-", "1250": a comma before the cents, dots between thousands.
_DUTCH_AMOUNT: Final = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?")
# "1250.50": a dot before two (or one) cents, as a calculator writes it.
_DOT_DECIMALS: Final = re.compile(r"(\d+)\.(\d{1,2})")

NEED_KIND_LABELS: Final[dict[NeedKind, str]] = {
    NeedKind.VOLUNTEERS: "Vrijwilligers",
    NeedKind.PLACE: "Plek",
    NeedKind.MONEY: "Geld",
    NeedKind.PERMITS: "Vergunning",
    NeedKind.PUBLICITY: "Publiciteit",
    NeedKind.OTHER: "Overig",
}
NEED_STATUS_LABELS: Final[dict[NeedStatus, str]] = {
    NeedStatus.OPEN: "Open",
    NeedStatus.IN_PROGRESS: "Bezig",
    NeedStatus.MET: "Geregeld",
}


@dataclass(frozen=True)
class InitiativeInput:
    """Raw values as the form holds them; nothing here is trusted yet."""

    title: str = ""
    description: str = ""
    buurt_id: int | None = None
    theme_ids: tuple[int, ...] = ()
    initiator_person_ids: tuple[int, ...] = ()
    partner_organisation_ids: tuple[int, ...] = ()
    next_step: str = ""
    next_step_due: str = ""
    budget_asked: str = ""
    budget_granted: str = ""
    fund: str = ""
    spent: str = ""
    receipts_received: bool = False
    outcome: str = ""
    lessons: str = ""


@dataclass(frozen=True)
class ValidInitiative:
    title: str
    description: str
    buurt_id: int | None
    theme_ids: tuple[int, ...]
    initiator_person_ids: tuple[int, ...]
    partner_organisation_ids: tuple[int, ...]
    next_step: str
    next_step_due: date | None
    budget_asked_cents: int
    budget_granted_cents: int
    fund: str
    spent_cents: int
    receipts_received: bool
    outcome: str
    lessons: str


def parse_money(text: str, *, field: str, label: str) -> int:
    """The amount in cents: "" is 0; "€ 1.250,50" is 125050; "1.250" is 125000."""
    raw = text or ""
    if len(raw) > _MAX_MONEY_INPUT:
        raise ValidationError(field, f"{label}: dit is geen bedrag. {MONEY_HINT}")
    value = "".join(raw.lower().split())
    bare = _CURRENCY.sub("", value)
    if value and not bare:
        raise ValidationError(field, f"{label}: vul het bedrag in. {MONEY_HINT}")
    if not bare:
        return 0
    if bare.startswith(("-", "−")):
        raise ValidationError(field, f"{label} kan niet negatief zijn. {MONEY_HINT}")
    if match := _DUTCH_AMOUNT.fullmatch(bare):
        euros = int(match[1].replace(".", ""))
        cents_text = match[2] or ""
    elif match := _DOT_DECIMALS.fullmatch(bare):
        euros, cents_text = int(match[1]), match[2]
    else:
        raise ValidationError(field, f"{label}: dit bedrag begrijp ik niet. {MONEY_HINT}")
    cents = 0 if not cents_text or cents_text.startswith("-") else int(cents_text.ljust(2, "0"))
    amount = euros * 100 + cents
    if amount > MAX_MONEY_CENTS:
        limit = dutch_count(MAX_MONEY_CENTS // 100)
        raise ValidationError(field, f"{label}: een bedrag van meer dan {limit} euro kan niet.")
    return amount


def format_money(cents: int) -> str:
    """ "€ 1.250,50", "€ 0,00"."""
    return f"€ {input_money(cents) or '0,00'}"


def input_money(cents: int) -> str:
    """How the form shows an amount for editing: "" for nothing, "1.250,50"."""
    if not cents:
        return ""
    return f"{dutch_count(cents // 100)},{cents % 100:02d}"


def _due(text: str) -> date | None:
    if not (text or "").strip():
        return None
    day = parse_date(text, field="next_step_due")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(
            "next_step_due", f"Het jaar {day.year} kan niet. Kies een datum na {FIRST_YEAR}."
        )
    return day


def _ids(values: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(values))


def validate_initiative(data: InitiativeInput) -> ValidInitiative:
    """Check every field; raise ``ValidationErrors`` listing each wrong field at once."""
    collected = FieldErrors()
    check = collected.check

    def text(
        value: str,
        field: str,
        label: str,
        max_length: int,
        *,
        required: bool = False,
        multiline: bool = False,
    ) -> str:
        return check(
            lambda: clean_text(
                value,
                field=field,
                label=label,
                max_length=max_length,
                required=required,
                multiline=multiline,
            ),
            "",
        )

    def money(value: str, field: str, label: str) -> int:
        return check(lambda: parse_money(value, field=field, label=label), 0)

    result = ValidInitiative(
        title=text(data.title, "title", "Titel", MAX_TITLE_LENGTH, required=True),
        description=text(
            data.description, "description", "Beschrijving", MAX_TEXT_LENGTH, multiline=True
        ),
        buurt_id=data.buurt_id,
        theme_ids=_ids(data.theme_ids),
        initiator_person_ids=_ids(data.initiator_person_ids),
        partner_organisation_ids=_ids(data.partner_organisation_ids),
        next_step=text(data.next_step, "next_step", "Volgende stap", MAX_NEXT_STEP_LENGTH),
        next_step_due=check(lambda: _due(data.next_step_due), None),
        budget_asked_cents=money(data.budget_asked, "budget_asked", "Gevraagd bedrag"),
        budget_granted_cents=money(data.budget_granted, "budget_granted", "Toegekend bedrag"),
        fund=text(data.fund, "fund", "Fonds", MAX_FUND_LENGTH),
        spent_cents=money(data.spent, "spent", "Uitgegeven bedrag"),
        receipts_received=bool(data.receipts_received),
        outcome=text(data.outcome, "outcome", "Resultaat", MAX_TEXT_LENGTH, multiline=True),
        lessons=text(data.lessons, "lessons", "Lessen", MAX_TEXT_LENGTH, multiline=True),
    )
    if collected.errors:
        raise ValidationErrors(collected.errors)
    return result


def clean_stage_name(name: str) -> str:
    return clean_text(
        name,
        field="name",
        label="Naam van de fase",
        max_length=MAX_STAGE_NAME_LENGTH,
        required=True,
    )


def clean_checklist_text(text: str) -> str:
    return clean_text(
        text,
        field="text",
        label="Tekst van het punt",
        max_length=MAX_CHECKLIST_TEXT_LENGTH,
        required=True,
    )


def need_kind(value: str) -> NeedKind:
    """A need kind from its value ("geld") or label ("Geld")."""
    folded = fold(value or "")
    for kind, label in NEED_KIND_LABELS.items():
        if folded in (kind.value, fold(label)):
            return kind
    raise ValidationError("kind", "Kies wat er nodig is uit de lijst, bijvoorbeeld Vrijwilligers.")


def need_status(value: str) -> NeedStatus:
    folded = fold(value or "")
    for status, label in NEED_STATUS_LABELS.items():
        if folded in (status.value, fold(label)):
            return status
    raise ValidationError("status", "Kies een stand uit de lijst: Open, Bezig of Geregeld.")


def need_kind_label(kind: str) -> str:
    try:
        return NEED_KIND_LABELS[NeedKind(kind)]
    except ValueError:
        return kind


def need_status_label(status: str) -> str:
    try:
        return NEED_STATUS_LABELS[NeedStatus(status)]
    except ValueError:
        return status


def clean_need_description(text: str) -> str:
    return clean_text(text, field="description", label="Omschrijving", max_length=MAX_NEED_LENGTH)

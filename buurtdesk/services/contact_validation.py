"""Checking a contact moment before it is saved: every wrong field reported at once.

Dates within sensible bounds (a moment may be noted ahead, a follow-up far ahead), a
channel named in Dutch or as stored, texts cleaned and limited, at least one person or
organisation, and no date for a follow-up that is not there.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Final

from buurtdesk.domain.errors import FieldErrors, ValidationError, ValidationErrors
from buurtdesk.domain.network import ContactChannel
from buurtdesk.domain.validation.text import clean_text, fold
from buurtdesk.services.contact_values import (
    CHANNEL_LABELS,
    ContactMomentInput,
    ValidContactMoment,
)

MAX_SUMMARY_LENGTH: Final = 10_000
MAX_FOLLOW_UP_LENGTH: Final = 2_000
MAX_LINKS: Final = 1_000
EARLIEST: Final = date(1950, 1, 1)
# A contact moment may be noted ahead (a planned call); a follow-up may be far ahead.
MOMENT_AHEAD: Final = timedelta(days=366)
FOLLOW_UP_AHEAD: Final = timedelta(days=5 * 366)


def _date(value: date | None, *, field: str, label: str, latest: date) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if value < EARLIEST:
        raise ValidationError(
            field, f"{label} ligt te ver in het verleden. Controleer het jaartal."
        )
    if value > latest:
        raise ValidationError(field, f"{label} ligt te ver in de toekomst. Controleer het jaartal.")
    return value


def _channel(value: str) -> ContactChannel:
    text = fold(value or "")
    if not text:
        return ContactChannel.CONVERSATION
    for channel, label in CHANNEL_LABELS.items():
        if text in (channel.value, fold(label)):
            return channel
    raise ValidationError(
        "channel",
        "Kies hoe het contact was: gesprek, telefoon, e-mail, huisbezoek, bijeenkomst, "
        "bericht of overig.",
    )


def _ids(values: Iterable[int]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(int(v) for v in values))


def validate_contact_moment(data: ContactMomentInput, *, today: date) -> ValidContactMoment:
    """Check every field; raise ``ValidationErrors`` listing each wrong field at once."""
    collected = FieldErrors()
    errors, check = collected.errors, collected.check

    occurred_on = check(
        lambda: _date(
            data.occurred_on, field="occurred_on", label="Datum", latest=today + MOMENT_AHEAD
        ),
        None,
    )
    if data.occurred_on is None:
        errors.append(ValidationError("occurred_on", "Vul de datum van het contactmoment in."))
    summary = check(
        lambda: clean_text(
            data.summary,
            field="summary",
            label="Verslag",
            max_length=MAX_SUMMARY_LENGTH,
            multiline=True,
            article="het",
        ),
        "",
    )
    follow_up = check(
        lambda: clean_text(
            data.follow_up,
            field="follow_up",
            label="Vervolgactie",
            max_length=MAX_FOLLOW_UP_LENGTH,
            multiline=True,
        ),
        "",
    )
    due = check(
        lambda: _date(
            data.follow_up_due,
            field="follow_up_due",
            label="Datum van de vervolgactie",
            latest=today + FOLLOW_UP_AHEAD,
        ),
        None,
    )
    if due is not None and not follow_up and not any(e.field == "follow_up" for e in errors):
        errors.append(
            ValidationError(
                "follow_up",
                "Er staat een datum voor de vervolgactie, maar geen vervolgactie. "
                "Beschrijf wat er moet gebeuren, of haal de datum weg.",
            )
        )
    person_ids = _ids(data.person_ids)
    organisation_ids = _ids(data.organisation_ids)
    if not person_ids and not organisation_ids:
        errors.append(
            ValidationError(
                "person_ids", "Kies minstens één persoon of organisatie met wie het contact was."
            )
        )
    if len(person_ids) + len(organisation_ids) > MAX_LINKS:
        errors.append(
            ValidationError(
                "person_ids",
                f"Koppel hoogstens {MAX_LINKS} personen en organisaties aan één contactmoment.",
            )
        )
    channel = check(lambda: _channel(data.channel), ContactChannel.OTHER)
    if errors or occurred_on is None:
        raise ValidationErrors(errors)
    return ValidContactMoment(
        occurred_on=occurred_on,
        channel=channel,
        summary=summary,
        person_ids=person_ids,
        organisation_ids=organisation_ids,
        initiative_id=data.initiative_id,
        follow_up=follow_up,
        follow_up_due=due,
    )

"""Checking what is typed for a sign-up: a walk-in's name and how to reach them, a party size.

Every wrong field is reported at once (``ValidationErrors``), so the form keeps the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from buurtdesk.domain.errors import FieldErrors, ValidationError, ValidationErrors
from buurtdesk.domain.validation.email import normalize_email
from buurtdesk.domain.validation.phone import normalize_phone
from buurtdesk.domain.validation.text import clean_text
from buurtdesk.services.signups_types import WalkInInput

MAX_WALK_IN_NAME: Final = 200
MAX_ADDRESS: Final = 200
MAX_PARTY_SIZE: Final = 50
PARTY_HINT: Final = f"Vul het aantal personen in als getal van 1 tot en met {MAX_PARTY_SIZE}."


@dataclass(frozen=True)
class ValidWalkIn:
    name: str
    phone: str  # E.164, or ""
    email: str
    address: str
    party_size: int
    consent_contact: bool
    consent_photos: bool


def parse_party_size(value: str | int) -> int:
    """ "2", " 3 " or 2 -> the number of persons; "" counts as 1 (just the one person)."""
    if isinstance(value, int):
        number = value
    else:
        text = value.strip()
        if not text:
            return 1
        if not text.isdecimal() or len(text) > 4:
            raise ValidationError("party_size", PARTY_HINT)
        number = int(text)
    if not 1 <= number <= MAX_PARTY_SIZE:
        raise ValidationError("party_size", PARTY_HINT)
    return number


def validate_walk_in(data: WalkInInput) -> ValidWalkIn:
    """A name plus a phone number or an e-mail address; an address is optional."""
    errors = FieldErrors()
    name = errors.check(
        lambda: clean_text(
            data.name, field="name", label="Naam", max_length=MAX_WALK_IN_NAME, required=True
        ),
        "",
    )
    phone = errors.check(lambda: normalize_phone(data.phone, field="phone"), "")
    email = errors.check(lambda: normalize_email(data.email, field="email"), "")
    address = errors.check(
        lambda: clean_text(data.address, field="address", label="Adres", max_length=MAX_ADDRESS),
        "",
    )
    party_size = errors.check(lambda: parse_party_size(data.party_size), 1)
    contact_fields_ok = not any(e.field in ("phone", "email") for e in errors.errors)
    if contact_fields_ok and not phone and not email:
        errors.errors.append(
            ValidationError(
                "phone",
                "Vul een telefoonnummer of een e-mailadres in, zodat we iemand kunnen "
                "bereiken als er iets verandert.",
            )
        )
    if errors.errors:
        raise ValidationErrors(errors.errors)
    return ValidWalkIn(
        name=name,
        phone=phone,
        email=email,
        address=address,
        party_size=party_size,
        consent_contact=data.consent_contact,
        consent_photos=data.consent_photos,
    )

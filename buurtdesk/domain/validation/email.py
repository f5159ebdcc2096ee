"""E-mail addresses, checked offline: the syntax only, never a DNS look-up."""

from __future__ import annotations

from typing import Final

from email_validator import EmailNotValidError, validate_email

from buurtdesk.domain.errors import ValidationError

MAX_EMAIL_LENGTH: Final = 254

_EXAMPLE: Final = "Schrijf het als naam@voorbeeld.nl."
_MAILTO: Final = "mailto:"


def normalize_email(value: str | None, *, field: str = "email") -> str:
    """Return the address in normal form (domain in lower case), or "" when empty.

    An address copied from a mail program ("Jan Jansen <jan@voorbeeld.nl>") or a web
    link ("mailto:jan@voorbeeld.nl") gives just the address.
    Raises ``ValidationError`` on ``field`` with a Dutch message.
    """
    text = "" if value is None else value.strip()
    if text[: len(_MAILTO)].lower() == _MAILTO:
        text = text[len(_MAILTO) :].strip()
    if not text:
        return ""
    if len(text) > MAX_EMAIL_LENGTH:
        raise ValidationError(
            field,
            f"E-mailadres mag hoogstens {MAX_EMAIL_LENGTH} tekens lang zijn. "
            "Controleer of er niet te veel is geplakt.",
        )
    if "@" not in text:
        raise ValidationError(field, f"E-mailadres mist het teken @. {_EXAMPLE}")
    if " " in text and "<" not in text:
        raise ValidationError(field, f"E-mailadres mag geen spaties bevatten. {_EXAMPLE}")
    try:
        result = validate_email(text, check_deliverability=False, allow_display_name=True)
    except EmailNotValidError:
        raise ValidationError(field, f"E-mailadres klopt niet. {_EXAMPLE}") from None
    return result.normalized

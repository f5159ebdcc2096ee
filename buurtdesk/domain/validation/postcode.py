"""Dutch postcodes: four digits that do not start with 0, a space, two capital letters."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from buurtdesk.domain.errors import ValidationError

# PostNL never hands out these letter pairs (they recall the SA and SS of the war).
FORBIDDEN_LETTERS: Final = frozenset({"SA", "SD", "SS"})

# Digits and letters may be separated by spaces and at most one hyphen: "1234ab",
# " 1234  ab ", "1234-AB". ASCII only: \s and \d would otherwise accept Arabic digits.
_POSTCODE: Final = re.compile(r"(\d)(\d{3})\s*-?\s*([a-z]{2})", re.ASCII | re.IGNORECASE)

# Far more than any way of writing a postcode needs; longer input is refused unread.
_MAX_INPUT_LENGTH: Final = 40

_FORMAT_MESSAGE: Final = "Postcode moet vier cijfers en twee letters zijn, bijvoorbeeld 6871 AB."


def normalize_postcode(value: str | None, *, field: str = "postcode") -> str:
    """Return the postcode as "1234 AB", or "" when empty; raise ``ValidationError``.

    Whether an empty postcode is allowed is the caller's decision.
    """
    if value is None:
        return ""
    if len(value) > _MAX_INPUT_LENGTH:
        raise ValidationError(field, _FORMAT_MESSAGE)
    # NFKC turns full-width digits and a non-breaking space into plain ones.
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        return ""
    match = _POSTCODE.fullmatch(text)
    if match is None:
        raise ValidationError(field, _FORMAT_MESSAGE)
    first_digit, other_digits, letters = match.group(1), match.group(2), match.group(3).upper()
    if first_digit == "0":
        raise ValidationError(
            field,
            "Een postcode begint nooit met een 0. Controleer de cijfers, bijvoorbeeld 6871 AB.",
        )
    if letters in FORBIDDEN_LETTERS:
        raise ValidationError(
            field,
            f"Postcodes met de letters {letters} bestaan niet. Controleer de letters.",
        )
    return f"{first_digit}{other_digits} {letters}"


def postcode_digits(postcode: str) -> str:
    """The four digits of a postcode ("1234 AB" -> "1234"), or "" for an empty one.

    Accepts any spelling ``normalize_postcode`` accepts; raises ``ValidationError``
    otherwise.
    """
    return normalize_postcode(postcode)[:4]

"""Telephone numbers: stored in E.164 ("+31612345678"), shown the way people write them.

Numbers without a country code are read as Dutch. Foreign numbers (a Belgian
neighbour, family in Turkey) are accepted when they start with + or 00.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

import phonenumbers
from phonenumbers import PhoneNumberFormat, ValidationResult

from buurtdesk.domain.errors import ValidationError

HOME_REGION: Final = "NL"
_HOME_COUNTRY_CODE: Final = 31

# The longest real number with spaces, a country code and "(0)" fits in 30 characters.
_MAX_INPUT_LENGTH: Final = 40

# Digits with the separators people type; one + at the start. ASCII digits only,
# after NFKC has turned full-width digits into plain ones.
_PHONE_CHARACTERS: Final = re.compile(r"\+?[0-9 ().\-/]*")

_EXAMPLE: Final = "Schrijf het bijvoorbeeld als 06-12345678 of 010-1234567."
_INVALID_MESSAGE: Final = f"Telefoonnummer klopt niet. {_EXAMPLE}"
_TEN_DIGITS: Final = "Een Nederlands nummer heeft tien cijfers, zoals 06-12345678 of 010-1234567."
_TEN_DIGIT_STARTS: Final = frozenset("1234567")
_TEN_DIGIT_NATIONAL_LENGTH: Final = 9


def normalize_phone(value: str | None, *, field: str = "telefoon") -> str:
    """Return the number in E.164 form ("+31612345678"), or "" when empty.

    Accepts "06-12345678", "+31 6 12345678", "0031612345678", "010 123 4567",
    "+31 (0)10 1234567" and foreign numbers such as "+32 470 12 34 56".
    Raises ``ValidationError`` on ``field`` with a Dutch message and an example.
    """
    if value is None:
        return ""
    if len(value) > _MAX_INPUT_LENGTH:
        raise ValidationError(field, f"Telefoonnummer is te lang. {_EXAMPLE}")
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        return ""
    if _PHONE_CHARACTERS.fullmatch(text) is None:
        raise ValidationError(
            field,
            "Telefoonnummer mag alleen cijfers bevatten, met spaties of streepjes "
            f"ertussen en eventueel een + vooraan. {_EXAMPLE}",
        )
    try:
        number = phonenumbers.parse(text, HOME_REGION)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, _INVALID_MESSAGE) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, _invalid_number_message(number))
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


_DUTCH_MOBILE = re.compile(r"^\+316([1-5]\d{7})$")  # 066 and 067 are no mobiles


@functools.lru_cache(maxsize=65_536)
def format_phone(e164: str) -> str:
    """Show a stored number: Dutch ones as "06 12345678" or "010 123 4567", foreign ones
    as "+32 470 12 34 56". A value that cannot be read is shown unchanged.

    Lists call this for every row they show, and parsing costs ~50 µs: mobile numbers (most
    of them) take a shortcut that gives phonenumbers' own answer, and results are cached.
    """
    mobile = _DUTCH_MOBILE.match(e164)
    if mobile:
        return f"06 {mobile.group(1)}"
    number = _parse_stored(e164)
    if number is None:
        return e164
    if number.country_code == _HOME_COUNTRY_CODE:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def phone_search_key(e164: str) -> str:
    """Digits to search on, as dialled from the Netherlands.

    "+31612345678" gives "0612345678", so typing "0612" finds it; a foreign number gives
    "0032470123456". Compare with ``phone_query_key`` of what the person typed.
    """
    number = _parse_stored(e164)
    if number is None:
        return _digits(e164)
    national = phonenumbers.national_significant_number(number)
    if number.country_code == _HOME_COUNTRY_CODE:
        return f"0{national}"
    return f"00{number.country_code}{national}"


def phone_query_key(query: str) -> str:
    """Turn a search text into the digits ``phone_search_key`` produces.

    "06-12" gives "0612", "+31 6 12" gives "0612", "+32 470" gives "0032470".
    A query without digits gives "".
    """
    text = unicodedata.normalize("NFKC", query).strip()
    digits = _digits(text)
    if not digits:
        return ""
    if text.startswith("+"):
        digits = f"00{digits}"
    home_prefix = f"00{_HOME_COUNTRY_CODE}"
    if digits.startswith(home_prefix):
        digits = digits[len(home_prefix) :]
        # "+31 (0)6" and "+31 06" carry the trunk 0 already.
        return digits if digits.startswith("0") else f"0{digits}"
    return digits


_NOT_ISSUED_MOBILE: Final = (
    "Dit 06-nummer bestaat niet. Controleer de cijfers: mobiele nummers beginnen met "
    "06-1 tot en met 06-5, bijvoorbeeld 06-12345678."
)
_NOT_ISSUED_LANDLINE: Final = (
    "Dit telefoonnummer bestaat niet in Nederland. Controleer het netnummer en de cijfers, "
    "zoals 010-1234567 (vast) of 06-12345678 (mobiel)."
)


def _invalid_number_message(number: phonenumbers.PhoneNumber) -> str:
    if number.country_code == _HOME_COUNTRY_CODE:
        national = phonenumbers.national_significant_number(number)
        # Mobile (06) and area-code numbers all have ten digits with the leading 0;
        # service numbers (0800, 0900) vary, so those get the general message.
        if national[:1] in _TEN_DIGIT_STARTS:
            if len(national) < _TEN_DIGIT_NATIONAL_LENGTH:
                return f"Telefoonnummer heeft te weinig cijfers. {_TEN_DIGITS}"
            if len(national) > _TEN_DIGIT_NATIONAL_LENGTH:
                return f"Telefoonnummer heeft te veel cijfers. {_TEN_DIGITS}"
            # Ten digits, written well, but no such number is handed out (06-9…, 066…).
            return _NOT_ISSUED_MOBILE if national.startswith("6") else _NOT_ISSUED_LANDLINE
        return _INVALID_MESSAGE
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == ValidationResult.TOO_SHORT:
        return f"Telefoonnummer heeft te weinig cijfers. {_EXAMPLE}"
    if reason == ValidationResult.TOO_LONG:
        return f"Telefoonnummer heeft te veel cijfers. {_EXAMPLE}"
    return _INVALID_MESSAGE


def _parse_stored(e164: str) -> phonenumbers.PhoneNumber | None:
    if not e164 or len(e164) > _MAX_INPUT_LENGTH:
        return None
    try:
        return phonenumbers.parse(e164, HOME_REGION)
    except phonenumbers.NumberParseException:
        return None


def _digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")

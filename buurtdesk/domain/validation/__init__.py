"""Validators for what people type: each returns the tidy value or raises ValidationError.

Pure Python, no Qt: services call these before they write, importers before they add.
"""

from buurtdesk.domain.validation.email import MAX_EMAIL_LENGTH, normalize_email
from buurtdesk.domain.validation.names import (
    KNOWN_TUSSENVOEGSELS,
    MAX_NAME_PART_LENGTH,
    SORT_SEPARATOR,
    PersonName,
    split_full_name,
)
from buurtdesk.domain.validation.phone import (
    format_phone,
    normalize_phone,
    phone_query_key,
    phone_search_key,
)
from buurtdesk.domain.validation.postcode import normalize_postcode, postcode_digits
from buurtdesk.domain.validation.text import clean_text, fold

__all__ = [
    "KNOWN_TUSSENVOEGSELS",
    "MAX_EMAIL_LENGTH",
    "MAX_NAME_PART_LENGTH",
    "SORT_SEPARATOR",
    "PersonName",
    "clean_text",
    "fold",
    "format_phone",
    "normalize_email",
    "normalize_phone",
    "normalize_postcode",
    "phone_query_key",
    "phone_search_key",
    "postcode_digits",
    "split_full_name",
]

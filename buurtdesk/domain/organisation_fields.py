"""An organisation as a form or an importer hands it in, and its validation into storable values."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Final

from buurtdesk.domain.errors import FieldErrors, ValidationError, ValidationErrors
from buurtdesk.domain.network import OrganisationKind
from buurtdesk.domain.validation.email import normalize_email
from buurtdesk.domain.validation.phone import normalize_phone
from buurtdesk.domain.validation.postcode import normalize_postcode
from buurtdesk.domain.validation.text import clean_text, fold

MAX_NAME_LENGTH: Final = 150
MAX_SORT_KEY_LENGTH: Final = 150
MAX_WEBSITE_LENGTH: Final = 200
MAX_NOTES_LENGTH: Final = 10_000

# How each kind reads in a list or a drop-down, in the order a drop-down shows them.
KIND_LABELS: Final[dict[OrganisationKind, str]] = {
    OrganisationKind.WONINGCORPORATIE: "Woningcorporatie",
    OrganisationKind.GEMEENTE: "Gemeente",
    OrganisationKind.WELZIJN: "Welzijnsorganisatie",
    OrganisationKind.ZORG: "Zorg",
    OrganisationKind.SCHOOL: "School",
    OrganisationKind.RELIGIOUS: "Kerk, moskee of tempel",
    OrganisationKind.SPORT: "Sportclub",
    OrganisationKind.BUSINESS: "Ondernemer",
    OrganisationKind.BEWONERSVERENIGING: "Bewonersvereniging",
    OrganisationKind.OTHER: "Overig",
}

_WEBSITE: Final = re.compile(r"(https?://)?[^\s/]+\.[^\s/]+(/\S*)?", re.IGNORECASE)


def kind_label(kind: str) -> str:
    """The Dutch label of a stored kind; an unknown value (from a newer version) as it is."""
    try:
        return KIND_LABELS[OrganisationKind(kind)]
    except ValueError:
        return kind


@dataclass(frozen=True)
class OrganisationInput:
    """Raw text as typed or imported; nothing here is trusted yet.

    ``kind`` is an ``OrganisationKind`` value ("school") or its label ("School").
    """

    name: str = ""
    kind: str = OrganisationKind.OTHER.value
    straat: str = ""
    huisnummer: str = ""
    postcode: str = ""
    woonplaats: str = ""
    telefoon: str = ""
    email: str = ""
    website: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ValidOrganisation:
    """Values ready to store: every field checked and normalised."""

    name: str
    kind: OrganisationKind
    straat: str
    huisnummer: str
    postcode: str
    woonplaats: str
    telefoon: str
    email: str
    website: str
    notes: str

    @property
    def sort_key(self) -> str:
        """The folded name: lists sort on it and search compares with it."""
        return organisation_sort_key(self.name)


def organisation_sort_key(name: str) -> str:
    return fold(name)[:MAX_SORT_KEY_LENGTH]


def _kind(value: str) -> OrganisationKind:
    text = fold(value or "")
    if not text:
        return OrganisationKind.OTHER
    for kind, label in KIND_LABELS.items():
        if text in (kind.value, fold(label)):
            return kind
    raise ValidationError("kind", "Kies een soort organisatie uit de lijst, bijvoorbeeld School.")


def _website(value: str) -> str:
    text = clean_text(value, field="website", label="Website", max_length=MAX_WEBSITE_LENGTH)
    if text and _WEBSITE.fullmatch(text) is None:
        raise ValidationError(
            "website", "Website klopt niet. Schrijf het adres als www.voorbeeld.nl."
        )
    return text


def validate_organisation(data: OrganisationInput) -> ValidOrganisation:
    """Check every field; raise ``ValidationErrors`` listing each wrong field at once."""
    collected = FieldErrors()
    errors, check = collected.errors, collected.check

    def line(value: str, field: str, label: str, max_length: int) -> str:
        return check(lambda: clean_text(value, field=field, label=label, max_length=max_length), "")

    result = ValidOrganisation(
        name=check(
            lambda: clean_text(
                data.name,
                field="name",
                label="Naam",
                max_length=MAX_NAME_LENGTH,
                required=True,
            ),
            "",
        ),
        kind=check(lambda: _kind(data.kind), OrganisationKind.OTHER),
        straat=line(data.straat, "straat", "Straat", 100),
        huisnummer=line(data.huisnummer, "huisnummer", "Huisnummer", 20),
        postcode=check(lambda: normalize_postcode(data.postcode), ""),
        woonplaats=line(data.woonplaats, "woonplaats", "Woonplaats", 100),
        telefoon=check(lambda: normalize_phone(data.telefoon), ""),
        email=check(lambda: normalize_email(data.email), ""),
        website=check(lambda: _website(data.website), ""),
        notes=check(
            lambda: clean_text(
                data.notes,
                field="notes",
                label="Opmerkingen",
                max_length=MAX_NOTES_LENGTH,
                multiline=True,
            ),
            "",
        ),
    )
    if errors:
        raise ValidationErrors(errors)
    return result


INPUT_FIELDS = tuple(f.name for f in fields(OrganisationInput))

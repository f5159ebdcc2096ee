"""A location or room as the form holds it, and its validation into storable values."""

from __future__ import annotations

from dataclasses import dataclass

from buurtdesk.domain.activity_fields import parse_capacity
from buurtdesk.domain.errors import FieldErrors, ValidationErrors
from buurtdesk.domain.validation.postcode import normalize_postcode
from buurtdesk.domain.validation.text import clean_text


@dataclass(frozen=True)
class LocationInput:
    name: str = ""
    straat: str = ""
    huisnummer: str = ""
    postcode: str = ""
    woonplaats: str = ""
    notes: str = ""


@dataclass(frozen=True)
class RoomInput:
    name: str = ""
    capacity: str = ""
    accessibility: str = ""


def validate_location(data: LocationInput) -> LocationInput:
    collected = FieldErrors()
    check = collected.check

    def line(value: str, field: str, label: str, length: int, required: bool = False) -> str:
        return check(
            lambda: clean_text(
                value, field=field, label=label, max_length=length, required=required
            ),
            "",
        )

    valid = LocationInput(
        name=line(data.name, "name", "Naam", 150, required=True),
        straat=line(data.straat, "straat", "Straat", 100),
        huisnummer=line(data.huisnummer, "huisnummer", "Huisnummer", 20),
        postcode=check(lambda: normalize_postcode(data.postcode), ""),
        woonplaats=line(data.woonplaats, "woonplaats", "Woonplaats", 100),
        notes=check(
            lambda: clean_text(
                data.notes, field="notes", label="Opmerkingen", max_length=10_000, multiline=True
            ),
            "",
        ),
    )
    if collected.errors:
        raise ValidationErrors(collected.errors)
    return valid


def validate_room(data: RoomInput) -> tuple[str, int | None, str]:
    collected = FieldErrors()
    check = collected.check
    name = check(
        lambda: clean_text(data.name, field="name", label="Naam", max_length=100, required=True),
        "",
    )
    capacity = check(lambda: parse_capacity(data.capacity, field_name="capacity"), None)
    accessibility = check(
        lambda: clean_text(
            data.accessibility,
            field="accessibility",
            label="Toegankelijkheid",
            max_length=10_000,
            multiline=True,
        ),
        "",
    )
    if collected.errors:
        raise ValidationErrors(collected.errors)
    return name, capacity, accessibility

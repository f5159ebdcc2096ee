"""A person as a form or an importer hands it in, and its validation into storable values."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from buurtdesk.domain.errors import FieldErrors, ValidationError, ValidationErrors
from buurtdesk.domain.validation.email import normalize_email
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.phone import normalize_phone, phone_search_key
from buurtdesk.domain.validation.postcode import normalize_postcode
from buurtdesk.domain.validation.text import clean_text, fold

ROLE_FIELDS = ("is_resident", "is_volunteer", "is_initiator", "is_professional")
ROLE_LABELS = {
    "is_resident": "bewoner",
    "is_volunteer": "vrijwilliger",
    "is_initiator": "initiatiefnemer",
    "is_professional": "professional",
}
MAX_TAGS = 50


@dataclass(frozen=True)
class PersonInput:
    """Raw text as typed or imported; nothing here is trusted yet."""

    voornaam: str = ""
    tussenvoegsel: str = ""
    achternaam: str = ""
    straat: str = ""
    huisnummer: str = ""
    postcode: str = ""
    woonplaats: str = ""
    telefoon: str = ""
    email: str = ""
    notes: str = ""
    birth_year: str = ""
    is_resident: bool = True
    is_volunteer: bool = False
    is_initiator: bool = False
    is_professional: bool = False
    skills: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValidPerson:
    """Values ready to store: every field checked and normalised."""

    name: PersonName
    straat: str
    huisnummer: str
    postcode: str
    woonplaats: str
    telefoon: str
    email: str
    notes: str
    birth_year: int | None
    is_resident: bool
    is_volunteer: bool
    is_initiator: bool
    is_professional: bool
    skills: tuple[str, ...] = field(default=())
    interests: tuple[str, ...] = field(default=())

    def search_text(self) -> str:
        return person_search_text(
            self.name,
            straat=self.straat,
            huisnummer=self.huisnummer,
            postcode=self.postcode,
            woonplaats=self.woonplaats,
            telefoon=self.telefoon,
            email=self.email,
            tags=(*self.skills, *self.interests),
        )


def person_search_text(
    name: PersonName,
    *,
    straat: str,
    huisnummer: str,
    postcode: str,
    woonplaats: str,
    telefoon: str,
    email: str,
    tags: tuple[str, ...] | list[str],
) -> str:
    """What the search box finds a person by, folded so "Ozturk" finds "Öztürk".

    Parts are separated by " | " so a fragment never matches across two fields.
    """
    parts = [
        f"{name.voornaam} {name.tussenvoegsel} {name.achternaam}",
        f"{straat} {huisnummer}",
        f"{postcode} {postcode.replace(' ', '')}" if postcode else "",
        woonplaats,
        phone_search_key(telefoon) if telefoon else "",
        email,
        " ".join(tags),
    ]
    return " | ".join(fold(part) for part in parts if part.strip())


def _tags(values: tuple[str, ...], field_name: str, label: str) -> tuple[str, ...]:
    cleaned: dict[str, str] = {}
    for value in values:
        text = clean_text(value, field=field_name, label=label, max_length=60)
        if text:
            cleaned.setdefault(fold(text), text)
    if len(cleaned) > MAX_TAGS:
        raise ValidationError(field_name, f"Geef hoogstens {MAX_TAGS} {label.lower()} op.")
    return tuple(cleaned.values())


def _birth_year(value: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not text.isdigit() or not 1900 <= int(text) <= 2100:
        raise ValidationError(
            "birth_year", "Geboortejaar moet een jaartal zijn van vier cijfers, bijvoorbeeld 1956."
        )
    return int(text)


def validate_person(data: PersonInput) -> ValidPerson:
    """Check every field; raise ``ValidationErrors`` listing each wrong field at once."""
    collected = FieldErrors()
    errors, check = collected.errors, collected.check

    name = check(
        lambda: PersonName.parse(data.voornaam, data.tussenvoegsel, data.achternaam),
        PersonName("", "", ""),
    )
    result = ValidPerson(
        name=name,
        straat=check(
            lambda: clean_text(data.straat, field="straat", label="Straat", max_length=100), ""
        ),
        huisnummer=check(
            lambda: clean_text(
                data.huisnummer, field="huisnummer", label="Huisnummer", max_length=20
            ),
            "",
        ),
        postcode=check(lambda: normalize_postcode(data.postcode), ""),
        woonplaats=check(
            lambda: clean_text(
                data.woonplaats, field="woonplaats", label="Woonplaats", max_length=100
            ),
            "",
        ),
        telefoon=check(lambda: normalize_phone(data.telefoon), ""),
        email=check(lambda: normalize_email(data.email), ""),
        notes=check(
            lambda: clean_text(
                data.notes, field="notes", label="Opmerkingen", max_length=10_000, multiline=True
            ),
            "",
        ),
        birth_year=check(lambda: _birth_year(data.birth_year), None),
        is_resident=bool(data.is_resident),
        is_volunteer=bool(data.is_volunteer),
        is_initiator=bool(data.is_initiator),
        is_professional=bool(data.is_professional),
        skills=check(lambda: _tags(data.skills, "skills", "Vaardigheden"), ()),
        interests=check(lambda: _tags(data.interests, "interests", "Interesses"), ()),
    )
    if errors:
        raise ValidationErrors(errors)
    return result


INPUT_FIELDS = tuple(f.name for f in fields(PersonInput))

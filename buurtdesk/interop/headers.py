"""Column headers of people lists: which file column feeds which field.

Coordinators' own Excel lists name their columns every which way ("Tel.", "E-mailadres",
"Roepnaam", "Straat + nr"); case, spaces, accents and punctuation are ignored, so
"E-mail adres" and "emailadres" are the same header. The export writes ``EXPORT_COLUMNS``,
headers this module reads back to the same fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from buurtdesk.domain.validation.text import fold

# Targets beyond the PersonInput fields: a whole name, street with number, the
# house-number addition and the roles (bewoner, vrijwilliger, ...) in one column.
NAAM: Final = "naam"
ADRES: Final = "adres"
TOEVOEGING: Final = "toevoeging"
ROLES: Final = "roles"

NOT_USED: Final = "niet gebruikt"

# Header text longer than this is a sentence or a data cell, never a column name.
_MAX_HEADER_LENGTH: Final = 200

# Per target the accepted headers in normalised form, best first: when two columns
# name the same target, the better name wins ("Roepnaam" over "Voorletters").
_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "voornaam": (
        "roepnaam",
        "voornaam",
        "firstname",
        "givenname",
        "forename",
        "first",
        "voornamen",
        "voorletters",
    ),
    "tussenvoegsel": (
        "tussenvoegsel",
        "tussenvoegsels",
        "tussenv",
        "tussenvoegs",
        "voorvoegsel",
        "infix",
        "tv",
    ),
    "achternaam": (
        "achternaam",
        "lastname",
        "surname",
        "familyname",
        "familienaam",
        "geslachtsnaam",
        "last",
    ),
    NAAM: ("naam", "name", "volledigenaam", "fullname", "naamvolledig", "displayname"),
    "straat": ("straat", "straatnaam", "street", "streetname"),
    ADRES: ("adres", "address", "woonadres", "straatenhuisnummer", "straathuisnummer"),
    "huisnummer": (
        "huisnummer",
        "huisnr",
        "nr",
        "nummer",
        "housenumber",
        "number",
        "no",
    ),
    TOEVOEGING: (
        "toevoeging",
        "huisnummertoevoeging",
        "toev",
        "huisletter",
        "addition",
    ),
    "postcode": ("postcode", "zip", "zipcode", "postalcode", "pc"),
    "woonplaats": ("woonplaats", "plaats", "city", "plaatsnaam", "stad", "town"),
    "telefoon": (
        "telefoon",
        "telefoonnummer",
        "tel",
        "telnr",
        "mobiel",
        "mobielnummer",
        "mobielenummer",
        "gsm",
        "phone",
        "phonenumber",
        "telephone",
        "mobile",
    ),
    "email": ("email", "emailadres", "mail", "emailaddress", "mailadres"),
    "notes": (
        "opmerkingen",
        "opmerking",
        "notities",
        "notitie",
        "notes",
        "note",
        "bijzonderheden",
        "toelichting",
        "memo",
        "comments",
    ),
    "birth_year": ("geboortejaar", "birthyear", "jaarvangeboorte"),
    "skills": ("vaardigheden", "vaardigheid", "skills", "talenten", "talent"),
    "interests": ("interesses", "interesse", "interests", "hobbys", "hobby"),
    ROLES: ("rollen", "rol", "roles", "role"),
}

_LOOKUP: Final[dict[str, tuple[str, int]]] = {
    alias: (target, priority)
    for target, aliases in _ALIASES.items()
    for priority, alias in enumerate(aliases)
}

TARGET_LABELS: Final[dict[str, str]] = {
    "voornaam": "Voornaam",
    "tussenvoegsel": "Tussenvoegsel",
    "achternaam": "Achternaam",
    NAAM: "Naam (voornaam, tussenvoegsel en achternaam)",
    "straat": "Straat",
    ADRES: "Straat en huisnummer",
    "huisnummer": "Huisnummer",
    TOEVOEGING: "Toevoeging bij het huisnummer",
    "postcode": "Postcode",
    "woonplaats": "Woonplaats",
    "telefoon": "Telefoon",
    "email": "E-mail",
    "notes": "Opmerkingen",
    "birth_year": "Geboortejaar",
    "skills": "Vaardigheden",
    "interests": "Interesses",
    ROLES: "Rollen",
}

EXPORT_COLUMNS: Final[tuple[tuple[str, str], ...]] = (
    ("voornaam", "Voornaam"),
    ("tussenvoegsel", "Tussenvoegsel"),
    ("achternaam", "Achternaam"),
    ("straat", "Straat"),
    ("huisnummer", "Huisnummer"),
    ("postcode", "Postcode"),
    ("woonplaats", "Woonplaats"),
    ("telefoon", "Telefoon"),
    ("email", "E-mail"),
    ("birth_year", "Geboortejaar"),
    (ROLES, "Rollen"),
    ("skills", "Vaardigheden"),
    ("interests", "Interesses"),
    ("notes", "Opmerkingen"),
)
"""The columns an export writes, in order: (target, header). Import maps each back."""

# Which target's column answers for a validation error on a field.
_FIELD_SOURCES: Final[dict[str, tuple[str, ...]]] = {
    "voornaam": ("voornaam", NAAM),
    "tussenvoegsel": ("tussenvoegsel", NAAM),
    "achternaam": ("achternaam", NAAM),
    "straat": ("straat", ADRES),
    "huisnummer": ("huisnummer", ADRES, TOEVOEGING),
    "is_resident": (ROLES,),
    "is_volunteer": (ROLES,),
    "is_initiator": (ROLES,),
    "is_professional": (ROLES,),
}


def normalise_header(text: str) -> str:
    """The comparable form of a header: folded, letters and digits only.

    "E-mail adres" gives "emailadres", "Tel." gives "tel", "Straat + nr." gives
    "straatnr". Over-long text gives "" (it is no header).
    """
    if len(text) > _MAX_HEADER_LENGTH:
        return ""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def target_of(header: str) -> str | None:
    """The target a single header names, or None when buurtdesk does not use it."""
    found = _LOOKUP.get(normalise_header(header))
    return found[0] if found else None


@dataclass(frozen=True)
class HeaderMapping:
    """The header row of a file and the target each of its columns feeds (None: unused)."""

    headers: tuple[str, ...]
    targets: tuple[str | None, ...]

    def column_of(self, target: str) -> int | None:
        """The index of the column that feeds ``target``, or None."""
        for index, found in enumerate(self.targets):
            if found == target:
                return index
        return None

    @property
    def has_name(self) -> bool:
        return self.column_of("achternaam") is not None or self.column_of(NAAM) is not None

    @property
    def recognised(self) -> int:
        return sum(target is not None for target in self.targets)

    def column_label(self, field: str) -> str:
        """The header, as the file writes it, of the column a field's value came from.

        Falls back to the field's Dutch label when no column of the file feeds it.
        """
        for target in _FIELD_SOURCES.get(field, (field,)):
            index = self.column_of(target)
            if index is not None:
                return self.headers[index].strip() or f"kolom {index + 1}"
        return TARGET_LABELS.get(field, field)

    def uses(self) -> tuple[tuple[str, str], ...]:
        """Per column: (header as in the file, what buurtdesk fills from it)."""
        return tuple(
            (header, TARGET_LABELS[target] if target else NOT_USED)
            for header, target in zip(self.headers, self.targets, strict=True)
        )

    def unused_headers(self) -> tuple[str, ...]:
        return tuple(
            header
            for header, target in zip(self.headers, self.targets, strict=True)
            if target is None and header.strip()
        )


def map_headers(cells: Sequence[str]) -> HeaderMapping:
    """Map one row of header cells to targets; each target is fed by one column at most."""
    headers = tuple(cells)
    best: dict[str, tuple[int, int]] = {}  # target -> (priority, column)
    for column, header in enumerate(headers):
        found = _LOOKUP.get(normalise_header(header))
        if found is None:
            continue
        target, priority = found
        if target not in best or priority < best[target][0]:
            best[target] = (priority, column)
    chosen = {column: target for target, (_priority, column) in best.items()}

    if NAAM in best:
        if "achternaam" in best:
            del chosen[best[NAAM][1]]
        elif "voornaam" in best or "tussenvoegsel" in best:
            # "Voornaam | Naam": beside a voornaam column, "Naam" is the achternaam.
            chosen[best[NAAM][1]] = "achternaam"
    if ADRES in best and "straat" in best:
        del chosen[best[ADRES][1]]
    targets = tuple(chosen.get(index) for index in range(len(headers)))
    return HeaderMapping(headers=headers, targets=targets)

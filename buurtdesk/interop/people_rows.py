"""From the cells of one spreadsheet row to a ``PersonInput``, and back for the export.

Shared by the CSV and XLSX readers and writers. Nothing is validated here beyond what
the file format itself decides (which column, which role word, a cell no spreadsheet can
hold): the services validate with ``validate_person``, so a wrong value in a file gets
exactly the message the form would give.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from buurtdesk.domain.errors import BuurtdeskError, ValidationError
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.validation.names import split_full_name
from buurtdesk.domain.validation.phone import format_phone
from buurtdesk.domain.validation.text import dutch_count, fold
from buurtdesk.interop.headers import (
    ADRES,
    EXPORT_COLUMNS,
    NAAM,
    ROLES,
    TOEVOEGING,
    HeaderMapping,
    map_headers,
)

# Excel holds at most this many characters in a cell; a longer one never came from a
# spreadsheet, and is refused before any validator spends time on it.
MAX_CELL_LENGTH: Final = 32_767

# Rows searched for the header: lists often open with a title line or two.
HEADER_SEARCH_ROWS: Final = 10

# A cell opening with one of these is a formula to a spreadsheet. The export puts an
# apostrophe before it (the OWASP advice against CSV injection); the import takes it off.
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISER: Final = "'"

NO_ROLES: Final = "geen"
ROLE_WORDS: Final[dict[str, str]] = {
    "bewoner": "is_resident",
    "bewoonster": "is_resident",
    "resident": "is_resident",
    "vrijwilliger": "is_volunteer",
    "vrijwilligster": "is_volunteer",
    "volunteer": "is_volunteer",
    "initiatiefnemer": "is_initiator",
    "initiatiefneemster": "is_initiator",
    "initiator": "is_initiator",
    "professional": "is_professional",
    "professioneel": "is_professional",
    "beroepskracht": "is_professional",
}
_ROLE_NAMES: Final = ("bewoner", "vrijwilliger", "initiatiefnemer", "professional")
_ROLE_ORDER: Final = ("is_resident", "is_volunteer", "is_initiator", "is_professional")

_TAG_SEPARATORS: Final = re.compile(r"[,;\n]")
_ROLE_SEPARATORS: Final = re.compile(r"[\s,;/|+&]+")

# "Kerkstraat 12", "Kerkstraat 12a", "Plein 1944 3", "Dorpsweg 4 bis", "Laan 7-2".
_STREET_AND_NUMBER: Final = re.compile(
    r"(?P<street>.*\S)\s+(?P<number>\d+[a-zA-Z]?(?:[ /-]?[a-zA-Z0-9]{1,4})?)"
)

# Which validation fields a problem in a target's column stands for.
_TARGET_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    NAAM: ("voornaam", "tussenvoegsel", "achternaam"),
    ADRES: ("straat", "huisnummer"),
    TOEVOEGING: ("huisnummer",),
    ROLES: (),
}


class UnreadableFile(BuurtdeskError):
    """The file cannot be read as a list of people; the message says why, in Dutch."""


@dataclass(frozen=True)
class ParsedRow:
    """One data row of a file.

    ``row`` is the row number the spreadsheet shows (the header row counts). ``person``
    holds the raw values; a cell with a problem in ``errors`` is left empty there, and
    ``covers`` names the fields whose validation messages that problem already explains.
    """

    row: int
    person: PersonInput
    errors: tuple[ValidationError, ...] = ()
    covers: frozenset[str] = field(default=frozenset())


Records = Callable[[], Iterator[tuple[int, Sequence[str]]]]


@dataclass(frozen=True)
class PeopleFile:
    """An opened people list: what was detected, and its rows to read (again) on demand."""

    path: Path
    file_format: str
    encoding: str
    separator: str | None
    header_row: int
    mapping: HeaderMapping
    records: Records = field(repr=False, compare=False)

    @property
    def columns(self) -> tuple[tuple[str, str], ...]:
        """Per column: (header as in the file, the field it fills, or "niet gebruikt")."""
        return self.mapping.uses()

    def column_label(self, field_name: str) -> str:
        return self.mapping.column_label(field_name)

    def rows(self) -> Generator[ParsedRow, None, None]:
        """The data rows below the header, read from the file as they are consumed.

        Empty rows are skipped. Close the iterator when stopping early.
        """
        for row, cells in self.records():
            if row <= self.header_row:
                continue
            parsed = person_from_cells(row, cells, self.mapping)
            if parsed is not None:
                yield parsed


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def is_empty(cells: Sequence[str]) -> bool:
    return all(not cell.strip() for cell in cells)


def find_header(records: Iterable[tuple[int, Sequence[str]]]) -> tuple[int, HeaderMapping] | None:
    """The first row, among the first non-empty ones, that names at least a name column."""
    searched = 0
    for row, cells in records:
        if is_empty(cells):
            continue
        mapping = map_headers([cell.strip() for cell in cells])
        if mapping.has_name:
            return row, mapping
        searched += 1
        if searched >= HEADER_SEARCH_ROWS:
            break
    return None


def unneutralise(text: str) -> str:
    """Take off the apostrophe the export puts before a formula-like cell."""
    if len(text) > 1 and text[0] == NEUTRALISER and text[1:2] in FORMULA_STARTS:
        return text[1:]
    return text


def neutralise(text: str) -> str:
    """Put an apostrophe before a cell a spreadsheet would run as a formula."""
    return NEUTRALISER + text if text.startswith(FORMULA_STARTS) else text


def person_from_cells(row: int, cells: Sequence[str], mapping: HeaderMapping) -> ParsedRow | None:
    """Read one data row; None for an empty row."""
    if is_empty(cells):
        return None
    values: dict[str, str] = {}
    errors: list[ValidationError] = []
    covers: set[str] = set()

    def problem(target: str, message: str) -> None:
        errors.append(ValidationError(target, message))
        covers.update(_TARGET_FIELDS.get(target, (target,)))

    for index, cell in enumerate(cells):
        target = mapping.targets[index] if index < len(mapping.targets) else None
        if target is None:
            if index >= len(mapping.targets) and cell.strip():
                problem(
                    column_letter(index),
                    "Deze rij heeft meer cellen dan de kopregel kolommen heeft. Staat er een "
                    "scheidingsteken in een waarde zonder aanhalingstekens eromheen?",
                )
            continue
        if len(cell) > MAX_CELL_LENGTH:
            problem(
                target,
                f"Deze cel is langer dan een spreadsheet toestaat ({dutch_count(len(cell))} "
                f"tekens; hoogstens {dutch_count(MAX_CELL_LENGTH)}).",
            )
            continue
        values[target] = unneutralise(cell)

    person = _person(values, problem)
    return ParsedRow(row=row, person=person, errors=tuple(errors), covers=frozenset(covers))


def _person(values: dict[str, str], problem: Callable[[str, str], None]) -> PersonInput:
    voornaam = values.get("voornaam", "")
    tussenvoegsel = values.get("tussenvoegsel", "")
    achternaam = values.get("achternaam", "")
    if NAAM in values:
        try:
            name = split_full_name(values[NAAM], field=NAAM)
        except ValidationError as error:
            problem(NAAM, error.message)
        else:
            voornaam, tussenvoegsel, achternaam = name.voornaam, name.tussenvoegsel, name.achternaam

    straat = values.get("straat", "")
    huisnummer = values.get("huisnummer", "")
    if ADRES in values:
        straat, number = _split_address(values[ADRES])
        huisnummer = huisnummer or number
    huisnummer = _join_addition(huisnummer, values.get(TOEVOEGING, ""))

    roles = {"is_resident": True}  # PersonInput's defaults: a resident, nothing more
    if values.get(ROLES, "").strip():
        try:
            roles = read_roles(values[ROLES])
        except ValidationError as error:
            problem(ROLES, error.message)

    return PersonInput(
        voornaam=voornaam,
        tussenvoegsel=tussenvoegsel,
        achternaam=achternaam,
        straat=straat,
        huisnummer=huisnummer,
        postcode=values.get("postcode", ""),
        woonplaats=values.get("woonplaats", ""),
        telefoon=values.get("telefoon", ""),
        email=values.get("email", ""),
        notes=values.get("notes", ""),
        birth_year=values.get("birth_year", ""),
        skills=split_tags(values.get("skills", "")),
        interests=split_tags(values.get("interests", "")),
        is_resident=roles.get("is_resident", False),
        is_volunteer=roles.get("is_volunteer", False),
        is_initiator=roles.get("is_initiator", False),
        is_professional=roles.get("is_professional", False),
    )


def _split_address(text: str) -> tuple[str, str]:
    match = _STREET_AND_NUMBER.fullmatch(text.strip())
    if match is None:
        return text, ""
    return match.group("street"), match.group("number")


def _join_addition(number: str, addition: str) -> str:
    number, addition = number.strip(), addition.strip()
    if not addition:
        return number
    if not number:
        return addition
    # A single letter is written against the number (12a); anything else after a space.
    joiner = "" if len(addition) == 1 and addition.isalpha() else " "
    return f"{number}{joiner}{addition}"


def split_tags(text: str) -> tuple[str, ...]:
    """Tags in one cell, separated by commas, semicolons or line breaks."""
    return tuple(part.strip() for part in _TAG_SEPARATORS.split(text) if part.strip())


def read_roles(text: str) -> dict[str, bool]:
    """Role flags from words such as "bewoner, vrijwilliger"; "geen" means no role.

    Raises ``ValidationError`` on field "roles" for a word that is not a role.
    """
    flags = dict.fromkeys(_ROLE_ORDER, False)
    for word in _ROLE_SEPARATORS.split(fold(text)):
        if not word or word in {"en", "and", NO_ROLES, "-"}:
            continue
        role = ROLE_WORDS.get(word)
        if role is None:
            raise ValidationError(
                ROLES,
                f"De rol „{word[:40]}” kent buurtdesk niet. Gebruik {', '.join(_ROLE_NAMES[:-1])} "
                f"of {_ROLE_NAMES[-1]}, met komma's ertussen, of „{NO_ROLES}”.",
            )
        flags[role] = True
    return flags


def write_roles(person: PersonInput) -> str:
    chosen = [
        name for name, role in zip(_ROLE_NAMES, _ROLE_ORDER, strict=True) if getattr(person, role)
    ]
    return ", ".join(chosen) if chosen else NO_ROLES


@functools.cache
def _mobile_template(prefix: str) -> str | None:
    """How ``format_phone`` writes Dutch mobile numbers starting with ``prefix`` ("+31612"),
    with "{}" for each digit; None when two samples do not share one layout.

    Learnt from the function itself, so the export writes exactly what it would, at a
    fraction of the cost (parsing numbers is most of a CSV export's time otherwise).
    """
    shapes = set()
    for rest in ("345678", "987650"):
        sample = prefix + rest
        shown = format_phone(sample)
        if "".join(ch for ch in shown if ch.isdigit()) != "0" + sample[3:]:
            return None
        shapes.add("".join("{}" if ch.isdigit() else _literal(ch) for ch in shown))
    return shapes.pop() if len(shapes) == 1 else None


def _literal(ch: str) -> str:
    return ch.replace("{", "{{").replace("}", "}}")


def display_phone(e164: str) -> str:
    """A stored number as people write it ("06 12345678"), as ``format_phone`` shows it."""
    if len(e164) == 12 and e164.startswith("+316") and e164[1:].isdigit():
        template = _mobile_template(e164[:6])
        if template is not None:
            return template.format(*("0" + e164[3:]))
    return format_phone(e164) if e164 else ""


def export_values(person: PersonInput) -> list[str]:
    """The cells of ``EXPORT_COLUMNS`` for one person, not yet neutralised.

    The telephone number is written the way people read it ("06 12345678"), which also
    keeps a spreadsheet from taking it for a number and dropping the leading zero.
    """
    values = {
        "voornaam": person.voornaam,
        "tussenvoegsel": person.tussenvoegsel,
        "achternaam": person.achternaam,
        "straat": person.straat,
        "huisnummer": person.huisnummer,
        "postcode": person.postcode,
        "woonplaats": person.woonplaats,
        "telefoon": display_phone(person.telefoon),
        "email": person.email,
        "birth_year": person.birth_year,
        ROLES: write_roles(person),
        "skills": ", ".join(person.skills),
        "interests": ", ".join(person.interests),
        "notes": person.notes,
    }
    return [values[target] for target, _header in EXPORT_COLUMNS]


def export_headers() -> list[str]:
    return [header for _target, header in EXPORT_COLUMNS]

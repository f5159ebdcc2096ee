"""People as vCards (version 3.0, RFC 2426), for phones and mail programs.

Dutch vCards put the tussenvoegsel in the family-name part of N ("van der Berg;Jan"),
which is how Dutch phones and Outlook sort and show them. Lines end in CRLF and are
folded at 75 octets, never inside a UTF-8 character or an escape. Notes are left out:
a vCard travels to phones and mailboxes, the coordinator's notes stay in buurtdesk.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final, TextIO

from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.validation.names import PersonName

MAX_LINE_OCTETS: Final = 75
CRLF: Final = "\r\n"
COUNTRY: Final = "Nederland"
_MOBILE_PREFIX: Final = "+316"


def escape(text: str) -> str:
    """Escape a text value: backslash, comma, semicolon and line breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold(line: str) -> Iterator[str]:
    """Split one content line into physical lines of at most 75 octets (in UTF-8).

    Continuation lines start with a space, which counts in their 75.
    """
    if len(line) * 4 <= MAX_LINE_OCTETS or len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        yield line
        return
    units = _units(line)
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for unit in units:
        length = len(unit.encode("utf-8"))
        if size + length > limit and current:
            yield "".join(current)
            current, size, limit = [" "], 1, MAX_LINE_OCTETS
        current.append(unit)
        size += length
    yield "".join(current)


def _units(line: str) -> list[str]:
    """Characters, with an escape ("\\n", "\\,") kept together as one unit."""
    units: list[str] = []
    index = 0
    while index < len(line):
        step = 2 if line[index] == "\\" and index + 1 < len(line) else 1
        units.append(line[index : index + step])
        index += step
    return units


def card_lines(person: PersonInput) -> list[str]:
    """The content lines of one vCard, unfolded and without line ends."""
    name = PersonName(person.voornaam, person.tussenvoegsel, person.achternaam)
    family = " ".join(part for part in (person.tussenvoegsel, person.achternaam) if part)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{escape(family)};{escape(person.voornaam)};;;",
        f"FN:{escape(name.full_name)}",
    ]
    if person.telefoon:
        kind = "CELL" if person.telefoon.startswith(_MOBILE_PREFIX) else "VOICE"
        lines.append(f"TEL;TYPE={kind}:{escape(person.telefoon)}")
    if person.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape(person.email)}")
    street = " ".join(part for part in (person.straat, person.huisnummer) if part)
    if street or person.postcode or person.woonplaats:
        country = COUNTRY if person.postcode else ""
        parts = ("", "", street, person.woonplaats, "", person.postcode, country)
        lines.append("ADR;TYPE=HOME:" + ";".join(escape(part) for part in parts))
    lines.append("END:VCARD")
    return lines


def write_vcards(stream: TextIO, people: Iterable[PersonInput]) -> int:
    """Write one vCard per person; return how many. Open ``stream`` with ``newline=""``."""
    count = 0
    for person in people:
        for line in card_lines(person):
            for physical in fold(line):
                stream.write(physical + CRLF)
        count += 1
    return count

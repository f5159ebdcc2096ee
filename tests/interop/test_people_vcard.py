"""vCards for phones and mail programs: contents checked line by line."""

from __future__ import annotations

import io

from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.interop.people_vcard import card_lines, escape, fold, write_vcards


def _write(people: list[PersonInput]) -> str:
    stream = io.StringIO(newline="")
    assert write_vcards(stream, people) == len(people)
    return stream.getvalue()


def test_dutch_card_puts_the_tussenvoegsel_in_the_family_name() -> None:
    person = PersonInput(
        voornaam="Jan",
        tussenvoegsel="van der",
        achternaam="Berg",
        straat="Kerkstraat",
        huisnummer="12a",
        postcode="1234 AB",
        woonplaats="Utrecht",
        telefoon="+31612345678",
        email="jan@voorbeeld.nl",
        notes="geheim",
    )
    assert _write([person]).split("\r\n") == [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:van der Berg;Jan;;;",
        "FN:Jan van der Berg",
        "TEL;TYPE=CELL:+31612345678",
        "EMAIL;TYPE=INTERNET:jan@voorbeeld.nl",
        "ADR;TYPE=HOME:;;Kerkstraat 12a;Utrecht;;1234 AB;Nederland",
        "END:VCARD",
        "",
    ]


def test_card_without_contact_details_has_only_the_name() -> None:
    lines = card_lines(PersonInput(tussenvoegsel="de", achternaam="Vries", telefoon="+31101234567"))
    assert lines == [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:de Vries;;;;",
        "FN:De Vries",
        "TEL;TYPE=VOICE:+31101234567",
        "END:VCARD",
    ]


def test_text_values_are_escaped() -> None:
    assert escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    lines = card_lines(PersonInput(voornaam="Anne", achternaam="Berg", straat="Hof, West; 2"))
    assert "ADR;TYPE=HOME:;;Hof\\, West\\; 2;;;;" in lines


def test_every_line_ends_in_crlf() -> None:
    text = _write([PersonInput(achternaam="Berg"), PersonInput(achternaam="Dam")])
    assert text.count("\r\n") == text.count("\n") == 10
    assert text.count("BEGIN:VCARD") == 2


def test_long_lines_are_folded_at_75_octets_without_splitting_characters() -> None:
    street = "Burgemeester Ĳsbrand van Ǿverschie-Ünderbergstraat " * 4 + "\\,;"
    person = PersonInput(achternaam="Çelik", straat=street.strip())
    text = _write([person])
    physical = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    adr = next(i for i, line in enumerate(physical) if line.startswith("ADR"))
    assert physical[adr + 1].startswith(" ")
    unfolded = text.replace("\r\n ", "")
    expected = "ADR;TYPE=HOME:;;" + escape(street.strip()) + ";;;;"
    assert expected in unfolded.split("\r\n")


def test_folding_never_splits_an_escape() -> None:
    line = "NOTE:" + "x" * 69 + "\\n" + "y" * 10
    parts = list(fold(line))
    assert parts[0].endswith("x")
    assert parts[1].startswith(" \\n")
    assert "".join(part.removeprefix(" ") for part in parts) == line


def test_short_lines_are_not_folded() -> None:
    assert list(fold("FN:Jan")) == ["FN:Jan"]

"""Reading people from CSV files as Excel and people write them, and writing them back."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.interop.people_csv import (
    UTF8,
    UTF8_BOM,
    UTF16,
    WINDOWS_1252,
    open_csv,
    write_csv,
)
from buurtdesk.interop.people_rows import MAX_CELL_LENGTH, ParsedRow, PeopleFile, UnreadableFile


def _file(tmp_path: Path, content: bytes | str, name: str = "lijst.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _read(path: Path) -> tuple[PeopleFile, list[ParsedRow]]:
    source = open_csv(path)
    return source, list(source.rows())


def test_utf8_without_bom(tmp_path: Path) -> None:
    source, rows = _read(_file(tmp_path, "Naam;Woonplaats\nJosé Pérez;Zaandam\n"))
    assert source.encoding == UTF8
    assert source.separator == ";"
    assert rows[0].person.voornaam == "José"
    assert rows[0].person.achternaam == "Pérez"


def test_utf8_with_bom_does_not_spoil_the_first_header(tmp_path: Path) -> None:
    source, rows = _read(_file(tmp_path, "\ufeffAchternaam;Voornaam\r\nÇelik;Ömer\r\n"))
    assert source.encoding == UTF8_BOM
    assert source.mapping.targets == ("achternaam", "voornaam")
    assert rows[0].person.achternaam == "Çelik"


def test_windows_1252_with_e_acute_and_euro(tmp_path: Path) -> None:
    content = "Naam;Opmerkingen\r\nRené Smit;betaalt €5 per café\r\n".encode("cp1252")
    source, rows = _read(_file(tmp_path, content))
    assert source.encoding == WINDOWS_1252
    assert rows[0].person.voornaam == "René"
    assert rows[0].person.notes == "betaalt €5 per café"


def test_one_windows_byte_far_down_makes_the_whole_file_windows_1252(tmp_path: Path) -> None:
    lines = ["Naam;Woonplaats"] + [f"Piet Jansen;Ede{'x' * (i % 5)}" for i in range(5000)]
    content = ("\r\n".join(lines) + "\r\nAndré Hazes;Amsterdam\r\n").encode("cp1252")
    assert len(content) > 64 * 1024  # beyond the sample the header is detected from
    source, rows = _read(_file(tmp_path, content))
    assert source.encoding == WINDOWS_1252
    assert rows[-1].person.voornaam == "André"


def test_utf16_from_excel_unicode_text(tmp_path: Path) -> None:
    content = "Naam\tTelefoon\r\nFatima el Amrani\t06-12345678\r\n".encode("utf-16")
    source, rows = _read(_file(tmp_path, content, "lijst.txt"))
    assert source.encoding == UTF16
    assert source.separator == "\t"
    assert (rows[0].person.voornaam, rows[0].person.tussenvoegsel) == ("Fatima", "el")


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_separator_is_detected(tmp_path: Path, separator: str) -> None:
    other = ";" if separator == "," else ","
    text = separator.join(["Voornaam", "Achternaam", "Opmerkingen"]) + "\n"
    text += separator.join(["Jan", "Jansen", f"a{other}b"]) + "\n"
    source, rows = _read(_file(tmp_path, text))
    assert source.separator == separator
    assert rows[0].person.notes == f"a{other}b"


def test_quoted_fields_keep_separators_and_newlines_and_rows_count_as_excel(
    tmp_path: Path,
) -> None:
    text = (
        "Naam;Opmerkingen;Postcode\r\n"
        'Jan Jansen;"eerste regel\r\ntweede; regel ""citaat""";1234 AB\r\n'
        "Piet Pieters;;5678 CD\r\n"
    )
    _source, rows = _read(_file(tmp_path, text))
    assert [row.row for row in rows] == [2, 3]
    assert rows[0].person.notes == 'eerste regel\r\ntweede; regel "citaat"'
    assert rows[1].person.postcode == "5678 CD"


def test_empty_lines_are_skipped_but_keep_their_row_number(tmp_path: Path) -> None:
    text = "Naam;Postcode\n\nJan Jansen;1234 AB\n;\n  ;  \n\nPiet Pieters;5678 CD\n\n"
    _source, rows = _read(_file(tmp_path, text))
    assert [(row.row, row.person.achternaam) for row in rows] == [(3, "Jansen"), (7, "Pieters")]


def test_title_lines_above_the_header_are_passed_over(tmp_path: Path) -> None:
    text = "Vrijwilligers 2026;;\n\nNaam;Tel;Lidnummer\nJan Jansen;0612345678;17\n"
    source, rows = _read(_file(tmp_path, text))
    assert source.header_row == 3
    assert source.mapping.unused_headers() == ("Lidnummer",)
    assert [row.row for row in rows] == [4]


def test_file_without_header_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="geen kopregel"):
        open_csv(_file(tmp_path, "Jan Jansen;1234 AB\nPiet Pieters;5678 CD\n"))


def test_header_without_a_name_column_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="„Naam” of „Achternaam”"):
        open_csv(_file(tmp_path, "Voornaam;Telefoon\nJan;0612345678\n"))


def test_only_a_header_gives_no_rows(tmp_path: Path) -> None:
    source, rows = _read(_file(tmp_path, "Voornaam;Achternaam\r\n"))
    assert source.mapping.has_name
    assert rows == []


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n \r\n\t\r\n"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(UnreadableFile, match="leeg"):
        open_csv(_file(tmp_path, content))


def test_binary_junk_is_refused(tmp_path: Path) -> None:
    junk = os.urandom(4096) + b"\x00\x01\x02"
    with pytest.raises(UnreadableFile, match="binaire gegevens"):
        open_csv(_file(tmp_path, junk))


def test_control_characters_without_nul_are_refused_as_binary(tmp_path: Path) -> None:
    junk = bytes(range(1, 9)) * 200 + b"Naam\n"
    with pytest.raises(UnreadableFile, match="binaire gegevens"):
        open_csv(_file(tmp_path, junk))


def test_bytes_that_are_neither_utf8_nor_windows_1252_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="geen UTF-8 en geen Windows-1252"):
        open_csv(_file(tmp_path, b"Naam\nJan \x81\x8d\x8f Jansen\n"))


def test_a_cell_of_ten_thousand_characters_arrives_whole(tmp_path: Path) -> None:
    note = "ab" * 5000
    _source, rows = _read(_file(tmp_path, f"Naam;Opmerkingen\nJan Jansen;{note}\n"))
    assert rows[0].person.notes == note
    assert rows[0].errors == ()


def test_a_cell_longer_than_excel_allows_is_a_row_problem(tmp_path: Path) -> None:
    text = f"Naam;Opmerkingen\nJan Jansen;{'x' * (MAX_CELL_LENGTH + 1)}\nPiet Pieters;kort\n"
    _source, rows = _read(_file(tmp_path, text))
    assert [error.field for error in rows[0].errors] == ["notes"]
    assert "langer dan een spreadsheet toestaat" in rows[0].errors[0].message
    assert rows[0].person.notes == ""
    assert rows[1].errors == ()


def test_a_cell_beyond_the_csv_limit_stops_the_file_with_its_row(tmp_path: Path) -> None:
    text = f'Naam;Opmerkingen\nJan Jansen;ok\nPiet Pieters;"{"x" * 200_000}\n'
    source = open_csv(_file(tmp_path, text))
    with pytest.raises(UnreadableFile, match="Rij 3 "):
        list(source.rows())


def test_cells_beyond_the_header_are_a_problem_not_lost(tmp_path: Path) -> None:
    text = "Naam;Straat\nJan Jansen;Kerkstraat; 12\n"
    _source, rows = _read(_file(tmp_path, text))
    assert [error.field for error in rows[0].errors] == ["C"]
    assert "meer cellen dan de kopregel" in rows[0].errors[0].message


def test_the_formula_apostrophe_of_the_export_is_taken_off(tmp_path: Path) -> None:
    text = "Naam;Opmerkingen;Tussenvoegsel;Achternaam\n;'=1+1;'t;Hart\n"
    _source, rows = _read(_file(tmp_path, text))
    assert rows[0].person.notes == "=1+1"
    assert rows[0].person.tussenvoegsel == "'t"


def test_roles_column(tmp_path: Path) -> None:
    text = (
        "Naam;Rollen\nJan Jansen;Vrijwilliger, initiatiefnemer\nPiet Pieters;geen\n"
        "Kees Kok;\nAnna Bos;bewoner en professional\nEva Dam;burgemeester\n"
    )
    _source, rows = _read(_file(tmp_path, text))
    flags = [
        (
            r.person.is_resident,
            r.person.is_volunteer,
            r.person.is_initiator,
            r.person.is_professional,
        )
        for r in rows
    ]
    assert flags[:4] == [
        (False, True, True, False),
        (False, False, False, False),
        (True, False, False, False),  # empty: a resident, as a new person in the form
        (True, False, False, True),
    ]
    assert [error.field for error in rows[4].errors] == ["roles"]
    assert "burgemeester" in rows[4].errors[0].message


def test_whole_name_is_split_and_a_wrong_one_is_a_problem(tmp_path: Path) -> None:
    text = "Naam;Postcode\nJan van der Berg;1234 AB\n;1234 AB\nBerg, Jan van der;\n"
    _source, rows = _read(_file(tmp_path, text))
    first = rows[0].person
    assert (first.voornaam, first.tussenvoegsel, first.achternaam) == ("Jan", "van der", "Berg")
    assert [error.field for error in rows[1].errors] == ["naam"]
    assert rows[1].covers >= {"voornaam", "achternaam"}
    assert rows[2].person.achternaam == "Berg"


def test_address_column_is_split_into_street_and_number(tmp_path: Path) -> None:
    text = "Naam;Adres;Toevoeging\nJan Jansen;Kerkstraat 12;a\nPiet Pieters;Plein 1944 3;\n"
    text += "Kees Kok;Dorpsweg 4 bis;\nAnna Bos;Hofje;\n"
    _source, rows = _read(_file(tmp_path, text))
    assert [(r.person.straat, r.person.huisnummer) for r in rows] == [
        ("Kerkstraat", "12a"),
        ("Plein 1944", "3"),
        ("Dorpsweg", "4 bis"),
        ("Hofje", ""),
    ]


def test_house_number_and_addition_are_joined(tmp_path: Path) -> None:
    text = "Naam;Huisnummer;Toevoeging\nJan Jansen;12;A\nPiet Pieters;7;2 hoog\n"
    _source, rows = _read(_file(tmp_path, text))
    assert [r.person.huisnummer for r in rows] == ["12A", "7 2 hoog"]


def test_tags_are_split_on_commas_and_semicolons(tmp_path: Path) -> None:
    text = 'Naam,Vaardigheden,Interesses\nJan Jansen,"koken; tuinieren, fietsen",\n'
    _source, rows = _read(_file(tmp_path, text))
    assert rows[0].person.skills == ("koken", "tuinieren", "fietsen")
    assert rows[0].person.interests == ()


def test_rows_can_be_read_again(tmp_path: Path) -> None:
    source = open_csv(_file(tmp_path, "Naam\nJan Jansen\nPiet Pieters\n"))
    assert [r.person for r in source.rows()] == [r.person for r in source.rows()]


def _export(people: list[PersonInput]) -> str:
    stream = io.StringIO(newline="")
    assert write_csv(stream, people) == len(people)
    return stream.getvalue()


def test_export_writes_dutch_excel_csv() -> None:
    text = _export(
        [
            PersonInput(
                voornaam="Jan",
                tussenvoegsel="van der",
                achternaam="Berg",
                postcode="1234 AB",
                telefoon="+31612345678",
                notes="let op; twee\nregels",
                birth_year="1956",
                is_volunteer=True,
                skills=("koken", "tuinieren"),
            )
        ]
    )
    lines = text.split("\r\n")
    assert lines[0] == (
        "Voornaam;Tussenvoegsel;Achternaam;Straat;Huisnummer;Postcode;Woonplaats;Telefoon;"
        "E-mail;Geboortejaar;Rollen;Vaardigheden;Interesses;Opmerkingen"
    )
    assert lines[1] == (
        "Jan;van der;Berg;;;1234 AB;;06 12345678;;1956;bewoner, vrijwilliger;koken, tuinieren;;"
        '"let op; twee\nregels"'
    )
    assert lines[2] == ""


@pytest.mark.parametrize("dangerous", ['=HYPERLINK("x")', "+31 6", "-1", "@SUM(A1)", "\tx"])
def test_export_neutralises_formula_cells_and_import_restores_them(
    tmp_path: Path, dangerous: str
) -> None:
    text = _export([PersonInput(achternaam="Berg", notes=dangerous)])
    cells = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1]
    assert cells[-1] == "'" + dangerous
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8-sig", newline="")
    _source, rows = _read(path)
    assert rows[0].person.notes == dangerous

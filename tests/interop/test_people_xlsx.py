"""Reading and writing Excel workbooks of people."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.interop.headers import EXPORT_COLUMNS
from buurtdesk.interop.people_rows import UnreadableFile
from buurtdesk.interop.people_xlsx import cell_text, open_xlsx, write_xlsx


def _workbook(path: Path, rows: list[list[object]], *, title: str = "Blad1") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_workbook_made_with_openpyxl_is_read_with_excel_row_numbers(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "lijst.xlsx",
        [
            ["Ledenlijst buurthuis"],
            ["Voornaam", "Achternaam", "Huisnummer", "Telefoon", "Geboortejaar", "Lid sinds"],
            ["Jan", "Jansen", 12, 612345678, 1956.0, datetime(2020, 3, 1)],
            [],
            ["Ömer", "Çelik", "4a", "06-87654321", None, None],
        ],
    )
    source = open_xlsx(path)
    rows = list(source.rows())
    assert source.header_row == 2
    assert source.separator is None
    assert source.mapping.unused_headers() == ("Lid sinds",)
    assert [row.row for row in rows] == [3, 5]
    first = rows[0].person
    assert (first.voornaam, first.huisnummer, first.telefoon, first.birth_year) == (
        "Jan",
        "12",
        "612345678",
        "1956",
    )
    assert rows[1].person.voornaam == "Ömer"


def test_workbook_without_header_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "lijst.xlsx", [["Jan", "Jansen"], ["Piet", "Pieters"]])
    with pytest.raises(UnreadableFile, match="geen kopregel"):
        open_xlsx(path)


def test_workbook_with_only_a_header_has_no_rows(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "lijst.xlsx", [["Naam", "E-mail"]])
    assert list(open_xlsx(path).rows()) == []


def test_text_file_named_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    path.write_text("Naam;Postcode\nJan Jansen;1234 AB\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="heet een Excel-bestand, maar is het niet"):
        open_xlsx(path)


def test_zip_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hallo.txt", "geen werkmap")
    with pytest.raises(UnreadableFile, match="geen leesbare Excel-werkmap"):
        open_xlsx(path)


def test_old_xls_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(UnreadableFile, match=r"oud Excel-bestand \(\.xls"):
        open_xlsx(path)


def test_empty_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    path.write_bytes(b"")
    with pytest.raises(UnreadableFile, match="leeg"):
        open_xlsx(path)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("tekst", "tekst"),
        (12, "12"),
        (12.0, "12"),
        (12.5, "12.5"),
        (True, "ja"),
        (datetime(2026, 12, 7), "2026-12-07"),
        (datetime(2026, 12, 7, 19, 30), "2026-12-07T19:30:00"),
    ],
)
def test_cell_values_become_the_text_a_person_sees(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_export_has_a_bold_frozen_header_and_keeps_text_as_text(tmp_path: Path) -> None:
    path = tmp_path / "mensen.xlsx"
    people = [
        PersonInput(
            voornaam="Jan",
            achternaam="Berg",
            huisnummer="12",
            notes='=HYPERLINK("http://x")',
            birth_year="1956",
        ),
        PersonInput(achternaam="Dam", huisnummer="012", notes="+31 gebeld", telefoon=""),
    ]
    assert write_xlsx(path, people) == 2
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header == [title for _target, title in EXPORT_COLUMNS]
    assert all(cell.font.b for cell in sheet[1])
    notes = len(EXPORT_COLUMNS)
    formula_cell = sheet.cell(row=2, column=notes)
    assert formula_cell.value == '=HYPERLINK("http://x")'
    assert formula_cell.data_type == "s"
    assert sheet.cell(row=3, column=notes).data_type == "s"
    assert sheet.cell(row=2, column=5).value == 12  # huisnummer as a number
    assert sheet.cell(row=3, column=5).value == "012"  # but never losing a zero
    assert sheet.cell(row=2, column=10).value == 1956
    workbook.close()

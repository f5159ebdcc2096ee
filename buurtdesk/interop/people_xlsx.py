"""People lists as Excel workbooks (.xlsx), read and written in openpyxl's streaming modes.

Reading takes the sheet Excel opens on and streams its rows (read-only mode, cached
values of formulas). Writing uses write-only mode; every text goes in as text, so a value
such as "=1+1" is shown, never calculated.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, BinaryIO, Final

import openpyxl

from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.interop.headers import EXPORT_COLUMNS
from buurtdesk.interop.people_rows import (
    PeopleFile,
    UnreadableFile,
    export_headers,
    export_values,
    find_header,
)
from buurtdesk.interop.xlsx_sheets import discard_sheet, header_sheet, text_cell

ZIP_MAGIC: Final = b"PK\x03\x04"
OLE2_MAGIC: Final = b"\xd0\xcf\x11\xe0"
SHEET_TITLE: Final = "Mensen"
_HEADER_SCAN_ROWS: Final = 50

# Widths (in characters) that show a typical value of each export column whole.
_COLUMN_WIDTHS: Final = (14, 12, 18, 24, 10, 10, 16, 16, 30, 12, 30, 30, 30, 50)

# Columns written as numbers when they hold plain digits, so Excel sorts and counts them.
_NUMBER_COLUMNS: Final = frozenset(
    index
    for index, (target, _header) in enumerate(EXPORT_COLUMNS)
    if target in {"huisnummer", "birth_year"}
)

_SAVE_AS_HINT: Final = "Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV."


def open_xlsx(path: Path) -> PeopleFile:
    """Check the workbook and find its header; raise ``UnreadableFile``."""
    check_is_workbook(path)
    with _WorkbookRows(path) as rows:
        header = find_header(_limited(rows, _HEADER_SCAN_ROWS))
    if header is None:
        raise UnreadableFile(
            f"In het eerste werkblad van {path.name} staat geen kopregel die buurtdesk "
            "herkent. De eerste rij moet de kolomnamen geven, met minstens „Naam” of "
            "„Achternaam”."
        )
    header_row, mapping = header

    def records() -> Iterator[tuple[int, Sequence[str]]]:
        with _WorkbookRows(path) as rows:
            yield from rows

    return PeopleFile(
        path=path,
        file_format="Excel-werkmap (.xlsx)",
        encoding="Excel (.xlsx)",
        separator=None,
        header_row=header_row,
        mapping=mapping,
        records=records,
    )


def check_is_workbook(path: Path) -> None:
    with path.open("rb") as stream:
        magic = stream.read(4)
    if not magic:
        raise UnreadableFile(f"{path.name} is leeg: er staat geen werkblad in.")
    if magic == OLE2_MAGIC:
        raise UnreadableFile(
            f"{path.name} is een oud Excel-bestand (.xls, van vóór 2007). {_SAVE_AS_HINT}"
        )
    if magic != ZIP_MAGIC:
        raise UnreadableFile(
            f"{path.name} heet een Excel-bestand, maar is het niet (het is geen werkmap). "
            f"{_SAVE_AS_HINT}"
        )


class _WorkbookRows:
    """The rows of the active sheet as (row number, cells as text), the workbook closed after."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._stream: BinaryIO | None = None
        self._workbook: Any = None

    def __enter__(self) -> Iterator[tuple[int, Sequence[str]]]:
        # Given an open file, openpyxl does not insist on an .xlsx name: a workbook
        # saved as "lijst.csv" is read too.
        self._stream = self._path.open("rb")
        try:
            with warnings.catch_warnings():
                # openpyxl warns about features it skips (data validation, styles);
                # reading values does not need them.
                warnings.simplefilter("ignore", UserWarning)
                self._workbook = openpyxl.load_workbook(
                    self._stream, read_only=True, data_only=True
                )
        except Exception:  # openpyxl fails in many ways on a damaged file
            self.__exit__()
            raise UnreadableFile(
                f"{self._path.name} is geen leesbare Excel-werkmap; misschien is het "
                f"beschadigd. {_SAVE_AS_HINT}"
            ) from None
        sheet = self._workbook.active
        if sheet is None or not hasattr(sheet, "iter_rows"):
            self.__exit__()
            raise UnreadableFile(f"{self._path.name} heeft geen werkblad met rijen.")
        return self._rows(sheet)

    def __exit__(self, *_exc: object) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def _rows(self, sheet: Any) -> Iterator[tuple[int, Sequence[str]]]:
        # Some programs write a wrong sheet size; without it, rows come as stored.
        sheet.reset_dimensions()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                for number, values in enumerate(
                    sheet.iter_rows(min_row=1, values_only=True), start=1
                ):
                    yield number, [cell_text(value) for value in values]
        except UnreadableFile:
            raise
        except Exception:
            raise UnreadableFile(
                f"Een werkblad van {self._path.name} is beschadigd en niet te lezen. "
                f"{_SAVE_AS_HINT}"
            ) from None


def _limited(
    rows: Iterator[tuple[int, Sequence[str]]], count: int
) -> Iterator[tuple[int, Sequence[str]]]:
    for index, item in enumerate(rows):
        if index >= count:
            return
        yield item


def cell_text(value: object) -> str:
    """A cell's value as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def write_xlsx(path: Path, people: Iterable[PersonInput]) -> int:
    """Write a workbook with a bold, frozen header row; return the number of people."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = header_sheet(workbook, SHEET_TITLE, export_headers(), _COLUMN_WIDTHS)
    count = 0
    try:
        for person in people:
            sheet.append(
                [_cell(sheet, index, value) for index, value in enumerate(export_values(person))]
            )
            count += 1
    except BaseException:
        discard_sheet(sheet)
        raise
    workbook.save(path)
    return count


def _cell(sheet: Any, index: int, value: str) -> object:
    # A number when it is one, so Excel sorts and counts it; "012" stays text (its zero).
    digits = 0 < len(value) <= 9 and value.isascii() and value.isdigit()
    if index in _NUMBER_COLUMNS and digits and value[0] != "0":
        return int(value)
    return text_cell(sheet, value)

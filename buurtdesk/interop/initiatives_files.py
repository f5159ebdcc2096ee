"""The initiatives and their stage history as files for Excel.

* ``.xlsx``: one workbook with two sheets, "Initiatieven" and "Fasegeschiedenis"; dates
  are dates and amounts numbers, so Excel sorts, filters and adds them up.
* ``.csv``: a CSV holds one table, so the history goes in a second file beside the first:
  ``initiatieven.csv`` and ``initiatieven-fasegeschiedenis.csv``. Both as Dutch Excel opens
  them with a double click (``;``, UTF-8 with BOM, CRLF; dates 07-12-2026, amounts 1250,50).

Both files appear whole or not at all (temporary files renamed when all is written).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Final, Protocol

import openpyxl
from openpyxl.cell import WriteOnlyCell

from buurtdesk.domain.dutch_dates import input_date
from buurtdesk.interop.export_files import (
    EXPORT_ENCODING,
    ExportError,
    check_target,
    csv_row,
    excel_csv_writer,
    write_files_atomically,
)
from buurtdesk.interop.xlsx_sheets import discard_sheet, header_sheet, text_cell

FORMATS: Final = {".csv": "CSV", ".xlsx": "Excel-werkmap"}
_KNOWN: Final = ".csv (Excel, puntkomma's) of .xlsx (Excel-werkmap)"
HISTORY_SUFFIX: Final = "-fasegeschiedenis"
INITIATIVES_SHEET: Final = "Initiatieven"
HISTORY_SHEET: Final = "Fasegeschiedenis"

INITIATIVE_HEADERS: Final = (
    "Titel",
    "Fase",
    "In fase sinds",
    "Dagen in fase",
    "Initiatiefnemers",
    "Partners",
    "Thema's",
    "Buurt",
    "Volgende stap",
    "Volgende stap uiterlijk",
    "Budget gevraagd (€)",
    "Budget toegekend (€)",
    "Fonds",
    "Uitgegeven (€)",
    "Bonnetjes binnen",
    "Open behoeften",
    "Resultaat",
    "Lessen",
)
HISTORY_HEADERS: Final = (
    "Initiatief",
    "Van fase",
    "Naar fase",
    "Datum",
    "Dagen in vorige fase",
    "Notitie",
)
_INITIATIVE_WIDTHS: Final = (36, 14, 14, 8, 30, 30, 20, 18, 36, 14, 12, 12, 28, 12, 10, 40, 40, 40)
_HISTORY_WIDTHS: Final = (36, 14, 14, 14, 10, 50)

# A cell before it becomes text (CSV) or a typed cell (XLSX).
Value = str | int | date | None


class Money(int):
    """An amount in cents, written as euros."""


class InitiativeData(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def stage(self) -> str: ...
    @property
    def since(self) -> date: ...
    @property
    def days_in_stage(self) -> int: ...
    @property
    def initiators(self) -> str: ...
    @property
    def partners(self) -> str: ...
    @property
    def themes(self) -> str: ...
    @property
    def buurt(self) -> str: ...
    @property
    def next_step(self) -> str: ...
    @property
    def next_step_due(self) -> date | None: ...
    @property
    def budget_asked_cents(self) -> int: ...
    @property
    def budget_granted_cents(self) -> int: ...
    @property
    def fund(self) -> str: ...
    @property
    def spent_cents(self) -> int: ...
    @property
    def receipts_received(self) -> bool: ...
    @property
    def open_needs(self) -> str: ...
    @property
    def outcome(self) -> str: ...
    @property
    def lessons(self) -> str: ...


class HistoryData(Protocol):
    @property
    def initiative(self) -> str: ...
    @property
    def from_stage(self) -> str: ...
    @property
    def to_stage(self) -> str: ...
    @property
    def changed_on(self) -> date: ...
    @property
    def days_in_previous(self) -> int | None: ...
    @property
    def note(self) -> str: ...


def initiative_values(row: InitiativeData) -> list[Value]:
    return [
        row.title,
        row.stage,
        row.since,
        row.days_in_stage,
        row.initiators,
        row.partners,
        row.themes,
        row.buurt,
        row.next_step,
        row.next_step_due,
        Money(row.budget_asked_cents),
        Money(row.budget_granted_cents),
        row.fund,
        Money(row.spent_cents),
        "ja" if row.receipts_received else "nee",
        row.open_needs,
        row.outcome,
        row.lessons,
    ]


def history_values(row: HistoryData) -> list[Value]:
    return [
        row.initiative,
        row.from_stage,
        row.to_stage,
        row.changed_on,
        row.days_in_previous,
        row.note,
    ]


def history_path(path: Path) -> Path:
    """The second CSV file: ``initiatieven.csv`` -> ``initiatieven-fasegeschiedenis.csv``."""
    return path.with_name(f"{path.stem}{HISTORY_SUFFIX}{path.suffix}")


def check_initiatives_target(path: Path) -> str:
    """Check the target (and for CSV the history file beside it); return the extension."""
    suffix = check_target(path, FORMATS, _KNOWN, "initiatieven")
    if suffix == ".csv" and history_path(path).is_dir():
        raise ExportError(f"{history_path(path)} is een map; kies een andere bestandsnaam.")
    return suffix


def write_initiatives_file(
    path: Path, initiatives: Sequence[InitiativeData], history: Sequence[HistoryData]
) -> list[Path]:
    """Write the export; return the files written (one workbook, or two CSV files)."""
    suffix = check_initiatives_target(path)
    if suffix == ".xlsx":
        write_files_atomically([(path, lambda temp: _write_xlsx(temp, initiatives, history))])
        return [path]
    second = history_path(path)
    write_files_atomically(
        [
            (path, _csv_writer(INITIATIVE_HEADERS, [initiative_values(r) for r in initiatives])),
            (second, _csv_writer(HISTORY_HEADERS, [history_values(r) for r in history])),
        ]
    )
    return [path, second]


def csv_text(value: Value) -> str:
    """How a value reads in a Dutch CSV: 07-12-2026, 1250,50, 12."""
    if value is None:
        return ""
    if isinstance(value, Money):
        euros, cents = divmod(int(value), 100)
        return f"{euros},{cents:02d}"
    if isinstance(value, date):
        return input_date(value)
    return str(value)


def _csv_writer(headers: Sequence[str], rows: list[list[Value]]) -> Callable[[Path], None]:
    def write(temp: Path) -> None:
        with temp.open("w", encoding=EXPORT_ENCODING, newline="") as stream:
            writer = excel_csv_writer(stream)
            writer.writerow(headers)
            for values in rows:
                writer.writerow(csv_row(csv_text(value) for value in values))

    return write


def _write_xlsx(
    temp: Path, initiatives: Sequence[InitiativeData], history: Sequence[HistoryData]
) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheets = [
        (
            INITIATIVES_SHEET,
            INITIATIVE_HEADERS,
            _INITIATIVE_WIDTHS,
            map(initiative_values, initiatives),
        ),
        (HISTORY_SHEET, HISTORY_HEADERS, _HISTORY_WIDTHS, map(history_values, history)),
    ]
    for title, headers, widths, rows in sheets:
        sheet = header_sheet(workbook, title, headers, widths)
        try:
            for values in rows:
                sheet.append([_xlsx_cell(sheet, value) for value in values])
        except BaseException:
            discard_sheet(sheet)
            raise
    workbook.save(temp)


def _xlsx_cell(sheet: Any, value: Value) -> object:
    if value is None:
        return None
    if isinstance(value, Money):
        cell = WriteOnlyCell(sheet, value=int(value) / 100)
        cell.number_format = "#,##0.00"
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "dd-mm-yyyy"
        return cell
    if isinstance(value, int):
        return value
    return text_cell(sheet, value)

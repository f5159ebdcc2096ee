"""Sheets of an exported workbook (openpyxl write-only mode): a bold, frozen header row,
texts kept as texts ("=1+1" is shown, never calculated), a half-written sheet cleaned up."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter


def header_sheet(
    workbook: Any, title: str, headers: Sequence[str], widths: Sequence[int] = ()
) -> Any:
    """A write-only sheet with its column widths and a bold, frozen header row."""
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    bold = Font(bold=True)
    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    return sheet


def text_cell(sheet: Any, value: str) -> object:
    """A text for a write-only sheet: empty as no cell, "=1+1" as text (shown, not run)."""
    if not value:
        return None
    if value.startswith("="):
        # openpyxl would store this as a formula; as text it is shown, not run.
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def discard_sheet(sheet: Any) -> None:
    """Finish and remove the half-written sheet openpyxl keeps in a temporary file."""
    with contextlib.suppress(Exception):
        sheet.close()
    out = getattr(getattr(sheet, "_writer", None), "out", None)
    if isinstance(out, str):
        with contextlib.suppress(OSError):
            os.remove(out)

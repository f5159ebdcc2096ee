"""What every export shares: checking the target before any work, writing a file whole or
not at all, and CSV as Dutch Excel reads it without a question (``;``, a UTF-8 BOM, CRLF,
no cell run as a formula). Workbook sheets are in ``xlsx_sheets`` (openpyxl loads only
when a workbook is written)."""

from __future__ import annotations

import contextlib
import csv
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Final, TextIO, TypeVar

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.interop.people_rows import neutralise

T = TypeVar("T")

EXPORT_ENCODING: Final = "utf-8-sig"
EXPORT_SEPARATOR: Final = ";"


class ExportError(BuurtdeskError):
    """An export cannot be made; the message says why, in Dutch."""


def check_target(path: Path, formats: dict[str, str], known: str, example: str) -> str:
    """Check a target before any work: a known extension, not a folder, in a folder that
    exists. ``known`` lists the formats in words, ``example`` is a file name stem. Return
    the extension (lower case)."""
    suffix = path.suffix.lower()
    if suffix not in formats:
        shown = f"„{path.suffix}”" if path.suffix else "geen extensie"
        raise ExportError(
            f"Het bestand {path.name} heeft {shown}; buurtdesk schrijft {known}. "
            "Kies een naam met een van die extensies."
        )
    if path.is_dir():
        raise ExportError(f"{path} is een map. Geef een bestandsnaam op, zoals {example}{suffix}.")
    if not path.parent.is_dir():
        raise ExportError(f"De map {path.parent} bestaat niet. Maak hem eerst aan.")
    return suffix


def write_atomically(path: Path, write: Callable[[Path], T]) -> T:
    """Call ``write`` on a temporary file beside ``path`` and rename it over ``path`` when
    it is done. An error or interruption midway removes the temporary file and leaves any
    earlier file untouched. A new file is readable by its owner only (exports hold
    personal data); a replaced one keeps its mode."""
    results: list[T] = []
    write_files_atomically([(path, lambda temp: results.append(write(temp)))])
    return results[0]


def write_files_atomically(files: Sequence[tuple[Path, Callable[[Path], object]]]) -> None:
    """Write several files that belong together (a CSV export and its second table): each
    to a temporary file first; only when all are written are they renamed, one after the
    other, over their targets."""
    temps: list[Path] = []
    path = files[0][0] if files else Path()
    try:
        for path, write in files:
            handle, temp_name = tempfile.mkstemp(
                dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
            )
            os.close(handle)
            temps.append(Path(temp_name))
            write(temps[-1])
        for (path, _write), temp in zip(files, temps, strict=True):
            if path.exists():
                shutil.copymode(path, temp)  # a replaced export keeps who may read it
            os.replace(temp, path)
    except OSError as error:
        raise ExportError(
            f"{path} kon niet worden geschreven ({error.strerror or error}). "
            "Is de schijf vol, of is het bestand geopend in een ander programma?"
        ) from None
    finally:
        for temp in temps:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


def excel_csv_writer(stream: TextIO) -> Any:
    """A CSV writer as Dutch Excel reads it; ``stream`` opened with ``EXPORT_ENCODING``
    and ``newline=""``. Write rows through :func:`csv_row` so no cell runs as a formula."""
    return csv.writer(stream, delimiter=EXPORT_SEPARATOR, lineterminator="\r\n")


def csv_row(values: Iterable[str]) -> list[str]:
    return [neutralise(value) for value in values]

"""Which reader or writer a people file needs, and writing it so no half file is left.

``open_people_file`` picks the reader by content and extension; ``write_people_file`` picks
the writer by extension and writes to a temporary file beside the target, renamed over it
only when everything is written.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from pathlib import Path
from typing import Final

from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.interop.export_files import (
    EXPORT_ENCODING,
    ExportError,
    check_target,
    write_atomically,
)
from buurtdesk.interop.people_csv import open_csv, write_csv
from buurtdesk.interop.people_rows import PeopleFile, UnreadableFile
from buurtdesk.interop.people_vcard import write_vcards
from buurtdesk.interop.people_xlsx import OLE2_MAGIC, ZIP_MAGIC, open_xlsx, write_xlsx

CSV_SUFFIXES: Final = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES: Final = frozenset({".xlsx", ".xlsm"})

EXPORT_FORMATS: Final = {".csv": "CSV", ".xlsx": "Excel-werkmap", ".vcf": "vCard"}
_KNOWN_EXPORTS: Final = ".csv (Excel, puntkomma's), .xlsx (Excel-werkmap) of .vcf (vCard)"

__all__ = [
    "CSV_SUFFIXES",
    "EXPORT_FORMATS",
    "XLSX_SUFFIXES",
    "ExportError",
    "check_export_target",
    "export_format",
    "open_people_file",
    "write_people_file",
]


def open_people_file(path: Path) -> PeopleFile:
    """Open a people list (CSV or XLSX) for import; raise ``UnreadableFile`` in Dutch."""
    try:
        if not path.exists():
            raise UnreadableFile(f"Het bestand {path} bestaat niet.")
        if path.is_dir():
            raise UnreadableFile(
                f"{path} is een map, geen bestand. Kies een CSV- of Excel-bestand."
            )
        suffix = path.suffix.lower()
        if suffix == ".xls":
            raise UnreadableFile(
                f"{path.name} is een oud Excel-bestand (.xls). Open het in Excel en sla het op "
                "als Excel-werkmap (.xlsx) of als CSV."
            )
        if suffix in XLSX_SUFFIXES:
            return open_xlsx(path)
        if suffix in CSV_SUFFIXES:
            with path.open("rb") as stream:
                magic = stream.read(4)
            # A workbook saved under a .csv name is still a workbook.
            if magic in (ZIP_MAGIC, OLE2_MAGIC):
                return open_xlsx(path)
            return open_csv(path)
        raise UnreadableFile(
            f"buurtdesk leest lijsten als CSV (.csv) of als Excel-werkmap (.xlsx); "
            f"{path.name} is geen van beide."
        )
    except PermissionError:
        raise UnreadableFile(
            f"Geen toegang tot {path}: het bestand mag niet gelezen worden."
        ) from None
    except OSError as error:
        raise UnreadableFile(f"{path} is niet te lezen ({error.strerror or error}).") from None


def export_format(path: Path) -> str:
    """The extension of an export file, checked; raise ``ExportError`` for an unknown one."""
    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        shown = f"„{path.suffix}”" if path.suffix else "geen extensie"
        raise ExportError(
            f"Het bestand {path.name} heeft {shown}; buurtdesk schrijft {_KNOWN_EXPORTS}. "
            "Kies een naam met een van die extensies."
        )
    return suffix


def check_export_target(path: Path) -> str:
    """Check the target before any work is done; return its extension."""
    return check_target(path, EXPORT_FORMATS, _KNOWN_EXPORTS, "mensen")


def write_people_file(path: Path, people: Iterable[PersonInput]) -> int:
    """Write ``people`` to ``path`` in the format its extension names; return the count.

    The file appears whole or not at all: an error or interruption midway removes the
    temporary file and leaves any earlier file at ``path`` untouched. A new file is
    readable by its owner only (it holds personal data); a replaced one keeps its mode.
    """
    suffix = check_export_target(path)
    try:
        return write_atomically(path, lambda temp: _write(suffix, temp, people))
    finally:
        if isinstance(people, Generator):
            people.close()


def _write(suffix: str, temp: Path, people: Iterable[PersonInput]) -> int:
    if suffix == ".xlsx":
        return write_xlsx(temp, people)
    if suffix == ".csv":
        with temp.open("w", encoding=EXPORT_ENCODING, newline="") as stream:
            return write_csv(stream, people)
    with temp.open("w", encoding="utf-8", newline="") as stream:
        return write_vcards(stream, people)

"""Which reader or writer a people file needs, and writing it so no half file is left.

``open_people_file`` picks the reader by content and extension; ``write_people_file`` picks
the writer by extension and writes to a temporary file beside the target, renamed over it
only when everything is written.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import Final

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.interop.people_csv import EXPORT_ENCODING, open_csv, write_csv
from buurtdesk.interop.people_rows import PeopleFile, UnreadableFile
from buurtdesk.interop.people_vcard import write_vcards
from buurtdesk.interop.people_xlsx import OLE2_MAGIC, ZIP_MAGIC, open_xlsx, write_xlsx

CSV_SUFFIXES: Final = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES: Final = frozenset({".xlsx", ".xlsm"})

EXPORT_FORMATS: Final = {".csv": "CSV", ".xlsx": "Excel-werkmap", ".vcf": "vCard"}
_KNOWN_EXPORTS: Final = ".csv (Excel, puntkomma's), .xlsx (Excel-werkmap) of .vcf (vCard)"


class ExportError(BuurtdeskError):
    """An export cannot be made; the message says why, in Dutch."""


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
    suffix = export_format(path)
    if path.is_dir():
        raise ExportError(f"{path} is een map. Geef een bestandsnaam op, zoals mensen{suffix}.")
    if not path.parent.is_dir():
        raise ExportError(f"De map {path.parent} bestaat niet. Maak hem eerst aan.")
    return suffix


def write_people_file(path: Path, people: Iterable[PersonInput]) -> int:
    """Write ``people`` to ``path`` in the format its extension names; return the count.

    The file appears whole or not at all: an error or interruption midway removes the
    temporary file and leaves any earlier file at ``path`` untouched. A new file is
    readable by its owner only (it holds personal data); a replaced one keeps its mode.
    """
    suffix = check_export_target(path)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    temp = Path(temp_name)
    try:
        count = _write(suffix, temp, people)
        if path.exists():
            shutil.copymode(path, temp)  # a replaced export keeps who may read it
        os.replace(temp, path)
    except OSError as error:
        raise ExportError(
            f"{path} kon niet worden geschreven ({error.strerror or error}). "
            "Is de schijf vol, of is het bestand geopend in een ander programma?"
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        if isinstance(people, Generator):
            people.close()
    return count


def _write(suffix: str, temp: Path, people: Iterable[PersonInput]) -> int:
    if suffix == ".xlsx":
        return write_xlsx(temp, people)
    if suffix == ".csv":
        with temp.open("w", encoding=EXPORT_ENCODING, newline="") as stream:
            return write_csv(stream, people)
    with temp.open("w", encoding="utf-8", newline="") as stream:
        return write_vcards(stream, people)

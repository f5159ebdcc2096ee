"""People lists as CSV: the way Dutch Excel writes them, and the way it reads them back.

Reading accepts ``;``, ``,`` or tab between cells (whichever turns the header row into the
most known columns), UTF-8 with or without a byte order mark, UTF-16 with one (Excel's
"Unicode-tekst") and Windows-1252. The file is streamed: it is never held in memory whole.
Writing gives what Excel in a Dutch locale opens without a question: UTF-8 with a BOM,
``;`` between cells, CRLF after each row.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Final, TextIO

from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.validation.text import dutch_count
from buurtdesk.interop.export_files import (
    EXPORT_ENCODING,
    EXPORT_SEPARATOR,
    csv_row,
    excel_csv_writer,
)
from buurtdesk.interop.headers import HeaderMapping
from buurtdesk.interop.people_rows import (
    PeopleFile,
    UnreadableFile,
    export_headers,
    export_values,
    find_header,
)

SEPARATORS: Final = (";", ",", "\t")
SEPARATOR_NAMES: Final = {";": "puntkomma (;)", ",": "komma (,)", "\t": "tab"}

__all__ = [
    "EXPORT_ENCODING",
    "EXPORT_SEPARATOR",
    "SEPARATORS",
    "SEPARATOR_NAMES",
    "open_csv",
    "write_csv",
]

_SAMPLE_BYTES: Final = 64 * 1024
_CHUNK_BYTES: Final = 1024 * 1024
# Share of invisible control characters above which a file is taken for binary data.
_MAX_CONTROL_SHARE: Final = 0.01

UTF8: Final = "UTF-8"
UTF8_BOM: Final = "UTF-8 met BOM"
UTF16: Final = "UTF-16"
WINDOWS_1252: Final = "Windows-1252"

_CODECS: Final = {UTF8: "utf-8-sig", UTF8_BOM: "utf-8-sig", UTF16: "utf-16", WINDOWS_1252: "cp1252"}

_SAVE_AS_HINT: Final = "Sla de lijst in Excel op als „CSV UTF-8” of als Excel-werkmap (.xlsx)."


def open_csv(path: Path) -> PeopleFile:
    """Detect encoding, separator and header of a CSV file; raise ``UnreadableFile``."""
    encoding, sample = _detect_encoding(path)
    separator, header_row, mapping = _detect_layout(sample, path)
    codec = _CODECS[encoding]

    def records() -> Iterator[tuple[int, Sequence[str]]]:
        return _records(path, codec, separator)

    return PeopleFile(
        path=path,
        file_format="CSV",
        encoding=encoding,
        separator=separator,
        header_row=header_row,
        mapping=mapping,
        records=records,
    )


def _records(path: Path, codec: str, separator: str) -> Iterator[tuple[int, Sequence[str]]]:
    # A spreadsheet numbers records, not lines: a quoted line break stays in its row.
    number = 0
    try:
        with path.open(encoding=codec, newline="") as stream:
            for number, cells in enumerate(csv.reader(stream, delimiter=separator), start=1):
                yield number, cells
    except csv.Error as error:
        limit = dutch_count(csv.field_size_limit())
        reason = f"een cel is langer dan {limit} tekens" if "larger" in str(error) else error
        raise UnreadableFile(
            f"Rij {number + 1} van {path.name} is niet te lezen ({reason}). "
            "Is het bestand beschadigd?"
        ) from None
    except UnicodeDecodeError:
        raise UnreadableFile(
            f"{path.name} is tijdens het lezen veranderd of beschadigd: de tekens zijn niet "
            "meer te lezen. Probeer het opnieuw."
        ) from None


def _detect_encoding(path: Path) -> tuple[str, str]:
    """The encoding's name and the decoded first part of the file."""
    with path.open("rb") as stream:
        head = stream.read(_SAMPLE_BYTES)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = UTF16
        else:
            if b"\x00" in head:
                raise UnreadableFile(_binary_message(path))
            stream.seek(0)
            encoding = (
                (UTF8_BOM if head.startswith(codecs.BOM_UTF8) else UTF8)
                if _decodes(stream, "utf-8")
                else WINDOWS_1252
            )
            if encoding == WINDOWS_1252:
                stream.seek(0)
                if not _decodes(stream, "cp1252"):
                    raise UnreadableFile(
                        f"De tekens in {path.name} zijn niet te lezen: het is geen UTF-8 en "
                        f"geen Windows-1252. {_SAVE_AS_HINT}"
                    )
    # The sample may end inside a character; the header is all it has to give.
    sample = head.decode(_CODECS[encoding], errors="replace")
    if not sample.strip(" \t\r\n\ufeff"):
        raise UnreadableFile(f"{path.name} is leeg: er staat geen kopregel en geen rij in.")
    controls = sum(1 for ch in sample if ch not in "\t\r\n" and unicodedata.category(ch) == "Cc")
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise UnreadableFile(_binary_message(path))
    return encoding, sample


def _decodes(stream: io.BufferedReader, codec: str) -> bool:
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        while chunk := stream.read(_CHUNK_BYTES):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _binary_message(path: Path) -> str:
    return (
        f"{path.name} is geen tekstbestand maar binaire gegevens, dus geen CSV-lijst. "
        f"{_SAVE_AS_HINT}"
    )


def _detect_layout(sample: str, path: Path) -> tuple[str, int, HeaderMapping]:
    """The separator whose header row names the most known columns."""
    best: tuple[tuple[int, int, int], str, int, HeaderMapping] | None = None
    for preference, separator in enumerate(SEPARATORS):
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=separator))
        except csv.Error:
            continue
        found = find_header(enumerate(rows, start=1))
        if found is None:
            continue
        row, mapping = found
        score = (mapping.recognised, len(mapping.headers), -preference)
        if best is None or score > best[0]:
            best = (score, separator, row, mapping)
    if best is None:
        raise UnreadableFile(
            f"In {path.name} staat geen kopregel die buurtdesk herkent. De eerste rij moet de "
            "kolomnamen geven, met minstens „Naam” of „Achternaam” (en verder bijvoorbeeld "
            "Voornaam, Tussenvoegsel, Straat, Huisnummer, Postcode, Woonplaats, Telefoon, "
            "E-mail)."
        )
    _score, separator, row, mapping = best
    return separator, row, mapping


def write_csv(stream: TextIO, people: Iterable[PersonInput]) -> int:
    """Write the header and one row per person; return the number of people written.

    ``stream`` must be opened with ``encoding="utf-8-sig"`` and ``newline=""``.
    """
    writer = excel_csv_writer(stream)
    writer.writerow(export_headers())
    count = 0
    for person in people:
        writer.writerow(csv_row(export_values(person)))
        count += 1
    return count

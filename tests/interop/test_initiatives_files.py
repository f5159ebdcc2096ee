"""Initiatives export files read back the way Excel would: CSV with csv, XLSX with openpyxl."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from buurtdesk.interop.export_files import ExportError
from buurtdesk.interop.initiatives_files import (
    HISTORY_HEADERS,
    INITIATIVE_HEADERS,
    write_initiatives_file,
)
from buurtdesk.services.initiatives_export import InitiativeExportRow, StageHistoryRow

ROW = InitiativeExportRow(
    initiative_id=1,
    title="=Moestuin; Lindeplein",
    stage="Plan",
    since=date(2026, 4, 10),
    days_in_stage=241,
    initiators="Fatima El Amrani, Jan de Vries",
    partners="Woonstad",
    themes="duurzaamheid",
    buurt="Centrum",
    next_step="Subsidie aanvragen",
    next_step_due=None,
    budget_asked_cents=125_050,
    budget_granted_cents=100_000,
    fund="Wijkbudget",
    spent_cents=5,
    receipts_received=True,
    open_needs="plek: schuurtje",
    outcome="",
    lessons="",
)
HISTORY = (
    StageHistoryRow(1, "=Moestuin; Lindeplein", "", "Idee", date(2026, 3, 1), None, ""),
    StageHistoryRow(1, "=Moestuin; Lindeplein", "Idee", "Plan", date(2026, 3, 11), 10, "Snel"),
)


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def test_csv_is_two_files_for_dutch_excel(tmp_path: Path) -> None:
    target = tmp_path / "initiatieven.csv"
    written = write_initiatives_file(target, [ROW], HISTORY)
    second = tmp_path / "initiatieven-fasegeschiedenis.csv"
    assert written == [target, second]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == 2
    header, row = _csv(target)
    assert header == list(INITIATIVE_HEADERS)
    assert row[:4] == ["'=Moestuin; Lindeplein", "Plan", "10-04-2026", "241"]
    assert row[9:15] == ["", "1250,50", "1000,00", "Wijkbudget", "0,05", "ja"]
    assert _csv(second) == [
        list(HISTORY_HEADERS),
        ["'=Moestuin; Lindeplein", "", "Idee", "01-03-2026", "", ""],
        ["'=Moestuin; Lindeplein", "Idee", "Plan", "11-03-2026", "10", "Snel"],
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [second.name, target.name]


def test_xlsx_has_two_sheets_with_dates_and_amounts(tmp_path: Path) -> None:
    target = tmp_path / "initiatieven.xlsx"
    assert write_initiatives_file(target, [ROW], HISTORY) == [target]
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Initiatieven", "Fasegeschiedenis"]
    first = list(workbook["Initiatieven"].iter_rows(values_only=True))
    assert first[0] == INITIATIVE_HEADERS
    assert first[1][:4] == ("=Moestuin; Lindeplein", "Plan", datetime(2026, 4, 10), 241)
    assert workbook["Initiatieven"]["A2"].data_type == "s"  # shown, not calculated
    assert first[1][10:15] == (1250.5, 1000, "Wijkbudget", 0.05, "ja")
    history = list(workbook["Fasegeschiedenis"].iter_rows(values_only=True))
    assert history[1:] == [
        ("=Moestuin; Lindeplein", None, "Idee", datetime(2026, 3, 1), None, None),
        ("=Moestuin; Lindeplein", "Idee", "Plan", datetime(2026, 3, 11), 10, "Snel"),
    ]


def test_wrong_extension_and_missing_folder_in_dutch(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"„\.ods”; buurtdesk schrijft \.csv"):
        write_initiatives_file(tmp_path / "lijst.ods", [ROW], HISTORY)
    with pytest.raises(ExportError, match=r"bestaat niet\. Maak hem eerst aan"):
        write_initiatives_file(tmp_path / "weg" / "lijst.csv", [ROW], HISTORY)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_earlier_files(tmp_path: Path) -> None:
    target = tmp_path / "initiatieven.csv"
    target.write_text("oud", encoding="utf-8")
    (tmp_path / "initiatieven-fasegeschiedenis.csv").write_text("oud", encoding="utf-8")

    class DiskFull:
        def __str__(self) -> str:
            raise OSError(28, "No space left on device")

    broken = dataclasses.replace(HISTORY[1], days_in_previous=DiskFull())  # type: ignore[arg-type]
    with pytest.raises(ExportError, match="kon niet worden geschreven"):
        write_initiatives_file(target, [ROW], [broken])
    assert target.read_text(encoding="utf-8") == "oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "initiatieven-fasegeschiedenis.csv",
        "initiatieven.csv",
    ]

"""Initiatieven exporteren from the window: every initiative with its stage history as an
Excel workbook (or two CSV files), written in the worker, confirmed in the status line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.gui import actions
from buurtdesk.gui.interop.files import FileDialogs
from buurtdesk.gui.interop.initiative_files import InitiativeFiles
from buurtdesk.gui.main_window import MainWindow
from tests.services.initiative_helpers import initiative, with_history

MakeWindow = Callable[..., MainWindow]
NOW = datetime(2026, 3, 22, 10, 0)


class ScriptedFileDialogs(FileDialogs):
    def __init__(self, path: Path | None) -> None:
        super().__init__()
        self.path = path
        self.asked = 0
        self.errors: list[str] = []

    def initiatives_file(self, parent: QWidget) -> Path | None:
        self.asked += 1
        return self.path

    def error(self, parent: QWidget, title: str, message: str) -> None:
        self.errors.append(message)


def _files(window: MainWindow, path: Path | None) -> tuple[InitiativeFiles, ScriptedFileDialogs]:
    dialogs = ScriptedFileDialogs(path)
    return InitiativeFiles(context=window.context, window=window, dialogs=dialogs), dialogs


def _board(db: Database) -> None:
    """25 initiatives; one moved twice on the board."""
    with_history(
        db,
        "Repair café",
        [
            ("Idee", datetime(2026, 3, 3, 9, 0)),
            ("Verkenning", datetime(2026, 3, 10, 16, 0)),
            ("Plan", datetime(2026, 3, 12, 8, 0)),
        ],
    )
    for number in range(1, 25):
        initiative(db, f"Initiatief {number:02d}")


def test_the_initiatives_are_exported_to_an_excel_workbook(
    qtbot: QtBot, make_window: MakeWindow, db: Database, tmp_path: Path
) -> None:
    _board(db)
    window = make_window(db, now=NOW)
    files, dialogs = _files(window, tmp_path / "initiatieven.xlsx")
    with qtbot.waitSignal(files.exported, timeout=20_000) as exported:
        files.export_initiatives()
    target = tmp_path / "initiatieven.xlsx"
    assert dialogs.asked == 1
    assert exported.args == [25, str(target)]
    assert window.statusBar().currentMessage() == f"25 initiatieven geëxporteerd naar {target}"
    workbook = openpyxl.load_workbook(target, read_only=True)
    assert workbook.sheetnames == ["Initiatieven", "Fasegeschiedenis"]
    rows = list(workbook["Initiatieven"].iter_rows(values_only=True))
    assert rows[0][:2] == ("Titel", "Fase")
    assert len(rows) == 26
    repair = next(row for row in rows if row[0] == "Repair café")
    assert repair[1] == "Plan"
    assert repair[3] == 10  # days in Plan: 12 Mar to 22 Mar
    history = list(workbook["Fasegeschiedenis"].iter_rows(values_only=True))
    moves = [(row[1], row[2]) for row in history[1:] if row[0] == "Repair café"]
    assert moves == [(None, "Idee"), ("Idee", "Verkenning"), ("Verkenning", "Plan")]
    workbook.close()


def test_csv_writes_the_history_beside_it_and_says_both_files(
    qtbot: QtBot, make_window: MakeWindow, db: Database, tmp_path: Path
) -> None:
    initiative(db, "Moestuin")
    window = make_window(db, now=NOW)
    files, _dialogs = _files(window, tmp_path / "initiatieven.csv")
    with qtbot.waitSignal(files.exported, timeout=20_000):
        files.export_initiatives()
    beside = tmp_path / "initiatieven-fasegeschiedenis.csv"
    assert beside.is_file()
    assert "Moestuin" in (tmp_path / "initiatieven.csv").read_text(encoding="utf-8-sig")
    assert window.statusBar().currentMessage() == (
        f"1 initiatief geëxporteerd naar {tmp_path / 'initiatieven.csv'} en {beside}"
    )


def test_a_wrong_kind_of_file_is_refused_and_nothing_is_written(
    make_window: MakeWindow, db: Database, tmp_path: Path
) -> None:
    initiative(db, "Moestuin")
    window = make_window(db, now=NOW)
    folder = tmp_path / "export"
    folder.mkdir()
    files, dialogs = _files(window, folder / "initiatieven.pdf")
    assert files.export_initiatives() is None
    assert files.export_job is None
    assert len(dialogs.errors) == 1
    assert ".xlsx" in dialogs.errors[0]
    assert list(folder.iterdir()) == []


def test_cancelling_the_dialog_does_nothing(make_window: MakeWindow, db: Database) -> None:
    window = make_window(db, now=NOW)
    files, dialogs = _files(window, None)
    assert files.export_initiatives() is None
    assert dialogs.asked == 1
    assert files.export_job is None


def test_bestand_initiatieven_exporteren_writes_the_workbook(
    qtbot: QtBot, make_window: MakeWindow, db: Database, tmp_path: Path
) -> None:
    _board(db)
    window = make_window(db, now=NOW)
    target = tmp_path / "initiatieven.xlsx"
    window.initiative_files.dialogs = ScriptedFileDialogs(target)
    with qtbot.waitSignal(window.initiative_files.exported, timeout=20_000):
        window.action(actions.EXPORT_INITIATIVES).trigger()  # Bestand → Initiatieven exporteren…
    assert target.exists()

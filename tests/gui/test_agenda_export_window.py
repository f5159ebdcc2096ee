"""Bestand → Agenda exporteren: the whole agenda as an .ics file a calendar program reads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import icalendar
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.gui import actions
from buurtdesk.gui.interop.files import FileDialogs
from buurtdesk.gui.main_window import MainWindow
from tests.interop.ics_agenda import build_agenda

MakeWindow = Callable[..., MainWindow]


class ScriptedFileDialogs(FileDialogs):
    def __init__(self, path: Path | None) -> None:
        super().__init__()
        self.path = path
        self.errors: list[str] = []

    def agenda_file(self, parent: QWidget) -> Path | None:
        return self.path

    def error(self, parent: QWidget, title: str, message: str) -> None:
        self.errors.append(message)


def test_the_agenda_is_exported_for_another_calendar_program(
    qtbot: QtBot, make_window: MakeWindow, db: Database, tmp_path: Path
) -> None:
    build_agenda(db)
    window = make_window(db)
    target = tmp_path / "agenda.ics"
    window.agenda_files.dialogs = ScriptedFileDialogs(target)
    with qtbot.waitSignal(window.agenda_files.exported, timeout=20_000) as exported:
        window.action(actions.EXPORT_AGENDA).trigger()  # "Agenda exporteren (.ics)…"
    assert exported.args == [4, str(target)]
    assert window.statusBar().currentMessage() == f"4 activiteiten geëxporteerd naar {target}"
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    titles = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert {"Koffieochtend", "Buurtfeest", "Taalcafé"} <= titles


def test_a_file_that_is_not_ics_is_refused_and_nothing_is_written(
    make_window: MakeWindow, db: Database, tmp_path: Path
) -> None:
    window = make_window(db)
    folder = tmp_path / "export"
    folder.mkdir()
    dialogs = ScriptedFileDialogs(folder / "agenda.pdf")
    window.agenda_files.dialogs = dialogs
    window.action(actions.EXPORT_AGENDA).trigger()
    assert window.agenda_files.export_job is None
    assert len(dialogs.errors) == 1
    assert "Kies een naam die op .ics eindigt" in dialogs.errors[0]
    assert list(folder.iterdir()) == []

"""Importing and exporting people in the window: preview first, then import; cancel; export."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.gui import actions
from buurtdesk.gui.interop.files import FileDialogs
from buurtdesk.gui.interop.import_dialog import ImportDialog, Stage
from buurtdesk.gui.interop.tables import RowsModel
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.netwerk.page import NetwerkPage
from buurtdesk.gui.worker import Job, JobControl
from buurtdesk.interop.people_files import open_people_file
from buurtdesk.services import people_search
from buurtdesk.services.people_export import count_people
from buurtdesk.services.people_import import import_people
from buurtdesk.services.people_search import PeopleQuery
from tests.gui.conftest import add_person, surname

MakeWindow = Callable[..., MainWindow]
WAIT_MS = 20_000

HEADER = "Voornaam;Tussenvoegsel;Achternaam;Straat;Huisnummer;Postcode;Woonplaats;Telefoon;Kleur"
LIST = [
    HEADER,
    "Jan;van der;Berg;Kerkweg;12;6871 AB;Renkum;06-12345678;blauw",  # row 2: known already
    "Fatma;;Özdemir;Dorpsstraat;3;0123 AB;Renkum;;groen",  # row 3: a postcode with a 0
    "Kees;;Bos;Kerkweg;14;6871 AB;Renkum;;rood",  # row 4: new
    "Els;;Visser;Molenweg;1a;6871 AC;Renkum;0317-123456;geel",  # row 5: new
]


class ScriptedFileDialogs(FileDialogs):
    """Answers the file questions as the test says, and remembers the error notes."""

    def __init__(self) -> None:
        super().__init__()
        self.import_path: Path | None = None
        self.export_path: Path | None = None
        self.problems_path: Path | None = None
        self.errors: list[str] = []

    def import_file(self, parent: QWidget) -> Path | None:
        return self.import_path

    def export_file(self, parent: QWidget) -> Path | None:
        return self.export_path

    def problems_file(self, parent: QWidget, suggested: Path) -> Path | None:
        return self.problems_path

    def error(self, parent: QWidget, title: str, message: str) -> None:
        self.errors.append(message)


@pytest.fixture
def dialogs() -> ScriptedFileDialogs:
    return ScriptedFileDialogs()


@pytest.fixture
def window(make_window: MakeWindow, db: Database, dialogs: ScriptedFileDialogs) -> MainWindow:
    add_person(
        db,
        voornaam="Jan",
        tussenvoegsel="van der",
        achternaam="Berg",
        straat="Kerkweg",
        huisnummer="12",
        postcode="6871 AB",
        woonplaats="Renkum",
    )
    window = make_window(db)
    window.people_files.dialogs = dialogs
    return window


def write_list(path: Path, lines: list[str], encoding: str = "cp1252") -> Path:
    path.write_text("\r\n".join(lines) + "\r\n", encoding=encoding)
    return path


def names(db: Database) -> list[str]:
    return [row.list_name for row in people_search.fetch_page(db, PeopleQuery())]


def wait_for(qtbot: QtBot, job: Job | None) -> None:
    assert job is not None
    if job.running:
        with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
            pass


def table_rows(model: RowsModel) -> list[tuple[str, ...]]:
    return [model.row_values(row) for row in range(model.rowCount())]


def open_preview(qtbot: QtBot, window: MainWindow, path: Path) -> ImportDialog:
    dialog = window.people_files.import_from(path)
    qtbot.addWidget(dialog)
    wait_for(qtbot, dialog._job)
    return dialog


def test_the_preview_shows_the_mapping_and_the_problems_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, dialogs: ScriptedFileDialogs
) -> None:
    dialogs.import_path = write_list(tmp_path / "bewoners.csv", LIST)
    window.action(actions.IMPORT_PEOPLE).trigger()  # "Mensen importeren…" in Bestand
    dialog = window.people_files.import_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    wait_for(qtbot, dialog._job)

    assert dialog.stage is Stage.PREVIEW
    view = dialog.preview_view
    assert view.title.text() == "Mensen importeren uit bewoners.csv"
    assert view.detected.text() == (
        "CSV · tekenset Windows-1252 · scheidingsteken puntkomma (;) · kolomnamen op rij 1"
    )
    assert view.outcome.text() == "2 nieuwe mensen, 1 al bekend, 1 rij met problemen"
    mapping = table_rows(view.mapping)
    assert mapping[0] == ("Voornaam", "Voornaam")
    assert mapping[2] == ("Achternaam", "Achternaam")
    assert mapping[-1] == ("Kleur", "niet gebruikt")
    first = table_rows(view.first_rows)
    assert [row[:2] for row in first] == [
        ("2", "Al bekend: Berg, Jan van der"),
        ("3", first[1][1]),
        ("4", "Nieuw"),
        ("5", "Nieuw"),
    ]
    assert first[1][1].startswith("Niet ingelezen: Een postcode begint nooit met een 0.")
    problems = table_rows(view.tabs.problems)
    assert [(row, column) for row, column, _message in problems] == [("3", "Postcode")]
    assert table_rows(view.tabs.matches) == [("2", "Berg, Jan van der")]
    tab_titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tab_titles == ["Eerste rijen", "Problemen (1)", "Al bekend (1)"]
    assert dialog.import_button.isVisible()
    assert dialog.import_button.isEnabled()

    assert names(db) == ["Berg, Jan van der"]  # the dry run wrote nothing


def test_importing_through_the_dialog_adds_the_people_and_the_list_refreshes(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, dialogs: ScriptedFileDialogs
) -> None:
    window.show_part("netwerk")
    page = window.page("netwerk")
    assert isinstance(page, NetwerkPage)
    assert page.people.model.rowCount() == 1
    dialog = open_preview(qtbot, window, write_list(tmp_path / "bewoners.csv", LIST))

    dialog.import_button.click()
    assert dialog.stage is Stage.IMPORTING
    wait_for(qtbot, dialog._job)

    assert dialog.stage is Stage.DONE
    summary = "2 mensen toegevoegd, 1 al bekend, 1 rij niet ingelezen."
    assert dialog.done_message.heading.text() == summary
    assert window.statusBar().currentMessage() == summary
    assert names(db) == ["Berg, Jan van der", "Bos, Kees", "Visser, Els"]
    model = page.people.model
    listed = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert listed == ["Berg, Jan van der", "Bos, Kees", "Visser, Els"]

    dialogs.problems_path = tmp_path / "problemen.csv"
    dialog.save_problems_button.click()
    lines = dialogs.problems_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Rij;Kolom;Probleem"
    assert lines[1].startswith("3;Postcode;Een postcode begint nooit met een 0.")
    assert dialog.note.text() == f"Problemen opgeslagen in {dialogs.problems_path}"
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_cancelling_midway_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [HEADER] + [f"Piet;;{surname(n)};Kerkweg;{n + 1};6871 AB;Renkum;;" for n in range(1500)]
    dialog = open_preview(qtbot, window, write_list(tmp_path / "groot.csv", rows))
    assert dialog.preview_view.outcome.text() == "1.500 nieuwe mensen"

    # Hold the import at its third progress report (row 600: the first 500 rows are
    # already inserted in its transaction) until the user has pressed "Annuleren".
    reports: list[int] = []
    held = threading.Event()
    go_on = threading.Event()
    real_progress = JobControl.progress

    def held_progress(self: JobControl, done: int, total: int = 0, message: str = "") -> None:
        if total:
            reports.append(done)
            if len(reports) == 3:
                held.set()
                go_on.wait(WAIT_MS / 1000)
        real_progress(self, done, total, message)

    monkeypatch.setattr(JobControl, "progress", held_progress)
    dialog.import_button.click()
    assert held.wait(WAIT_MS / 1000)
    dialog.progress.cancel_button.click()
    assert dialog.progress.cancel_button.text() == "Bezig met annuleren…"
    go_on.set()
    wait_for(qtbot, dialog._job)

    assert dialog.stage is Stage.MESSAGE
    assert dialog.message.heading.text() == "Importeren geannuleerd"
    assert dialog.message.text.text() == "Er is niets opgeslagen."
    assert reports[-1] == 600
    assert count_people(db) == 1


def test_an_unreadable_file_shows_its_message_and_nothing_else_happens(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    old = tmp_path / "leden.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(200))
    dialog = open_preview(qtbot, window, old)

    assert dialog.stage is Stage.MESSAGE
    assert dialog.message.heading.text() == "Dit bestand kan niet worden geïmporteerd"
    assert dialog.message.text.text().startswith("leden.xls is een oud Excel-bestand (.xls).")
    assert not dialog.import_button.isVisible()
    assert dialog.other_file_button.isVisible()
    assert names(db) == ["Berg, Jan van der"]


def test_the_import_models_pass_qt_s_model_tester(
    qtmodeltester: ModelTester, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_preview(qtbot, window, write_list(tmp_path / "bewoners.csv", LIST))
    view = dialog.preview_view
    for model in (view.mapping, view.first_rows, view.tabs.problems, view.tabs.matches):
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(model)


@pytest.fixture
def second_db(template_db: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "elders.sqlite"
    shutil.copyfile(template_db, path)
    database = Database.open(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_writes_a_file_that_imports_back(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    second_db: Database,
    tmp_path: Path,
    dialogs: ScriptedFileDialogs,
    suffix: str,
) -> None:
    add_person(db, voornaam="Fatima", achternaam="Yılmaz", telefoon="06-87654321")
    dialogs.export_path = tmp_path / f"mensen{suffix}"
    window.action(actions.EXPORT_PEOPLE).trigger()  # "Mensen exporteren…"
    job = window.people_files.export_job
    assert job is not None
    with qtbot.waitSignal(window.people_files.exported, timeout=WAIT_MS) as exported:
        pass
    wait_for(qtbot, job)

    assert exported.args == [2, str(dialogs.export_path)]
    assert window.statusBar().currentMessage() == (
        f"2 mensen geëxporteerd naar {dialogs.export_path}"
    )
    report = import_people(second_db, open_people_file(dialogs.export_path))
    assert (report.added, report.problems) == (2, ())
    assert names(second_db) == names(db)
    again = import_people(db, open_people_file(dialogs.export_path))
    assert (again.added, len(again.matched)) == (0, 2)  # the same people, recognised


def test_an_export_to_an_unknown_kind_of_file_says_so_and_writes_nothing(
    window: MainWindow, tmp_path: Path, dialogs: ScriptedFileDialogs
) -> None:
    dialogs.export_path = tmp_path / "mensen.pdf"
    window.action(actions.EXPORT_PEOPLE).trigger()
    assert window.people_files.export_job is None
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0].startswith("Het bestand mensen.pdf heeft „.pdf”")
    assert not dialogs.export_path.exists()


def test_escape_while_the_file_is_read_closes_the_window_and_nothing_happens(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [HEADER] + [f"Piet;;{surname(n)};Kerkweg;{n + 1};6871 AB;Renkum;;" for n in range(450)]
    held = threading.Event()
    go_on = threading.Event()
    real_progress = JobControl.progress

    def held_progress(self: JobControl, done: int, total: int = 0, message: str = "") -> None:
        if not held.is_set():
            held.set()
            go_on.wait(WAIT_MS / 1000)
        real_progress(self, done, total, message)

    monkeypatch.setattr(JobControl, "progress", held_progress)
    dialog = window.people_files.import_from(write_list(tmp_path / "lijst.csv", rows))
    qtbot.addWidget(dialog)
    assert dialog.stage is Stage.READING
    assert dialog.progress.message.text() == "lijst.csv lezen en controleren…"
    assert held.wait(WAIT_MS / 1000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    go_on.set()
    wait_for(qtbot, dialog._job)

    assert not dialog.isVisible()
    assert names(db) == ["Berg, Jan van der"]

"""Opening the aanmeldbalie from the main window, leaving it with the PIN, and a restart
while it was open: the program comes back in the kiosk, never in the network."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from buurtdesk import config
from buurtdesk.app import show_first_window
from buurtdesk.cli.common import open_database
from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Activity
from buurtdesk.gui import actions
from buurtdesk.gui.kiosk import launch
from buurtdesk.gui.kiosk.choose_door import ChooseDoorDialog
from buurtdesk.gui.kiosk.pin_dialog import SetPinDialog
from buurtdesk.gui.kiosk.window import KioskWindow
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.services import pins
from buurtdesk.services.signups_common import local_today
from tests.agenda_rows import add_dated_activity
from tests.gui.agenda_data import agenda_page
from tests.gui.test_kiosk import PIN, Door, enter_pin, make_door, make_door_with_pin
from tests.test_app_e2e import run_buurtdesk


@pytest.fixture
def door(db: Database) -> Door:
    return make_door_with_pin(db)


def the_kiosk(window: MainWindow) -> KioskWindow:
    (kiosk,) = window.findChildren(KioskWindow)
    return kiosk


@dataclass
class DoorAnswer:
    """Answers "Aanmeldbalie openen voor: …" when it comes, and remembers what it offered."""

    pick: str | None = None  # a title; None keeps what was chosen for the coordinator
    accept: bool = True
    offered: list[str] = field(default_factory=list)
    chosen: str = ""
    when: str = ""
    notice: str = ""

    def __call__(self) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChooseDoorDialog)
        box = dialog.activity
        self.offered = [box.itemText(i) for i in range(box.count())]
        self.chosen = box.currentText()
        self.when = dialog.when.text()
        self.notice = dialog.notice.text() if dialog.notice.isVisibleTo(dialog) else ""
        if self.pick is not None:
            box.setCurrentIndex(self.offered.index(self.pick))
        if self.accept:
            dialog.accept()
        else:
            dialog.reject()


def answer_door(**how: Any) -> DoorAnswer:
    answer = DoorAnswer(**how)
    QTimer.singleShot(0, answer)
    return answer


def test_the_kiosk_opens_over_a_hidden_main_window_and_the_pin_brings_it_back(
    make_window: Callable[..., MainWindow], db: Database, door: Door, qtbot: QtBot
) -> None:
    window = make_window(db)
    answer = answer_door()
    launch.open_kiosk(context=window.context, activity_id=door.activity_id, parent=window)
    assert (answer.offered, answer.chosen) == (["Koffieochtend"], "Koffieochtend")
    assert answer.when == "op vandaag, 10.00–12.00 uur"
    kiosk = the_kiosk(window)
    qtbot.waitExposed(kiosk)
    assert kiosk.isFullScreen()
    assert not window.isVisible()
    assert kiosk.db is not window.context.db
    assert kiosk.db.actor.activity_id == door.activity_id
    assert not kiosk.db.actor.is_coordinator
    state = config.KioskState.load()
    assert state is not None
    assert (state.database, state.activity_id) == (db.url, door.activity_id)

    qtbot.mouseClick(kiosk.header.close_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.unlocked):
        enter_pin(kiosk, qtbot, PIN)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.findChildren(KioskWindow) == [])
    assert not config.kiosk_state_path().exists()


def test_no_shortcut_or_menu_key_of_the_main_window_works_in_the_kiosk(
    make_window: Callable[..., MainWindow], db: Database, door: Door, qtbot: QtBot
) -> None:
    window = make_window(db)
    answer_door()
    launch.open_kiosk(context=window.context, activity_id=door.activity_id, parent=window)
    kiosk = the_kiosk(window)
    qtbot.waitExposed(kiosk)
    qtbot.waitUntil(kiosk.isActiveWindow)
    fired: list[str] = []
    for spec in actions.ACTIONS:
        window.action(spec.id).triggered.connect(lambda *_a, name=spec.id: fired.append(name))
    keys = [QKeySequence(text)[0] for spec in actions.ACTIONS for text in spec.shortcuts]
    keys += [QKeySequence(f"Alt+{letter}")[0] for letter in "BWAGVHEFLM"]  # menu mnemonics
    keys += [QKeySequence(text)[0] for text in ("Alt", "F10", "Escape", "Ctrl+W", "Ctrl+F4")]
    sent = {QKeySequence(key).toString() for key in keys}
    assert {"Ctrl+F", "Ctrl+N", "Ctrl+Q", "Ctrl+S", "Ctrl+=", "Alt+B"} <= sent
    for key in keys:
        target = QApplication.focusWidget() or kiosk
        qtbot.keyClick(target, key.key(), key.keyboardModifiers())
    assert fired == []
    assert QApplication.activePopupWidget() is None
    assert QApplication.activeModalWidget() is None
    assert QApplication.activeWindow() is kiosk
    assert kiosk.isVisible()
    assert not window.isVisible()
    assert kiosk.screens.currentWidget() is kiosk.search


def test_the_agenda_menu_opens_the_kiosk_of_the_chosen_activity(
    make_window: Callable[..., MainWindow], db: Database, door: Door, qtbot: QtBot
) -> None:
    window = make_window(db)
    agenda_page(window).open_occurrence(door.occurrence_id)
    answer_door()
    window.action(actions.OPEN_KIOSK).trigger()  # Agenda → Aanmeldbalie openen…
    kiosk = the_kiosk(window)
    qtbot.waitExposed(kiosk)
    assert kiosk.header.title.text() == "Koffieochtend"
    assert kiosk.db.actor.activity_id == door.activity_id
    assert not window.isVisible()


def test_with_nothing_chosen_the_agenda_offers_todays_activities(
    make_window: Callable[..., MainWindow], db: Database, door: Door, qtbot: QtBot
) -> None:
    window = make_window(db)
    agenda_page(window)  # nothing selected in the agenda
    answer = answer_door()
    window.action(actions.OPEN_KIOSK).trigger()
    assert (answer.offered, answer.chosen) == (["Koffieochtend"], "Koffieochtend")
    kiosk = the_kiosk(window)
    qtbot.waitExposed(kiosk)
    assert kiosk.db.actor.activity_id == door.activity_id


def add_activity(db: Database, title: str, start: datetime) -> int:
    with db.write() as session:
        activity, _dates = add_dated_activity(session, title, start)
        return activity.id


def test_opening_offers_todays_activities_not_the_date_on_screen(
    make_window: Callable[..., MainWindow], db: Database, door: Door, qtbot: QtBot
) -> None:
    today = local_today()
    add_activity(db, "Bingo", datetime.combine(today, time(14, 0)))
    taalcafe = add_activity(db, "Taalcafé", datetime.combine(today + timedelta(days=2), time(9)))
    window = make_window(db)
    answer = answer_door()
    launch.open_kiosk(context=window.context, activity_id=taalcafe, parent=window)
    assert answer.offered == ["Koffieochtend", "Bingo", "Taalcafé"]
    assert answer.chosen == "Koffieochtend"  # today's first, not the Taalcafé of later
    assert answer.when == "op vandaag, 10.00–12.00 uur"
    kiosk = the_kiosk(window)
    assert kiosk.header.title.text() == "Koffieochtend"
    assert config.KioskState.load() == config.KioskState(
        db.url,
        door.activity_id,
        config.KioskState.load().opened_at,  # type: ignore[union-attr]
    )


def test_the_activity_on_screen_is_chosen_when_it_is_on_today(
    make_window: Callable[..., MainWindow], db: Database, door: Door
) -> None:
    bingo = add_activity(db, "Bingo", datetime.combine(local_today(), time(14, 0)))
    window = make_window(db)
    answer = answer_door()
    launch.open_kiosk(context=window.context, activity_id=bingo, parent=window)
    assert (answer.chosen, answer.when) == ("Bingo", "op vandaag, 14.00–16.00 uur")
    assert the_kiosk(window).header.title.text() == "Bingo"


def test_with_nothing_today_it_says_so_and_offers_the_next_date(
    make_window: Callable[..., MainWindow], db: Database
) -> None:
    pins.set_pin(db, PIN)
    day = local_today() + timedelta(days=2)
    taalcafe = add_activity(db, "Taalcafé", datetime.combine(day, time(14, 0)))
    window = make_window(db)
    answer = answer_door()
    launch.open_kiosk(context=window.context, activity_id=taalcafe, parent=window)
    assert answer.notice == "Vandaag staat er niets in de agenda."
    assert answer.offered == ["Taalcafé"]
    assert answer.when.startswith("op ")
    assert answer.when.endswith(", 14.00–16.00 uur")
    assert "vandaag" not in answer.when
    assert the_kiosk(window).header.title.text() == "Taalcafé"


def test_cancelling_the_question_opens_nothing(
    make_window: Callable[..., MainWindow], db: Database, door: Door
) -> None:
    window = make_window(db)
    answer_door(accept=False)
    launch.open_kiosk(context=window.context, activity_id=door.activity_id, parent=window)
    assert window.findChildren(KioskWindow) == []
    assert window.isVisible()
    assert config.KioskState.load() is None


def test_without_a_pin_the_coordinator_sets_one_first(
    make_window: Callable[..., MainWindow], db: Database, qtbot: QtBot
) -> None:
    door = make_door(db)
    window = make_window(db)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetPinDialog)
        dialog.pin.setText("9137")
        dialog.again.setText("9137")
        dialog.save()
        answer_door()  # the next question: which activity

    QTimer.singleShot(0, answer)
    launch.open_kiosk(context=window.context, activity_id=door.activity_id, parent=window)
    assert pins.has_pin(db)
    assert the_kiosk(window).isVisible()


def test_the_pin_dialog_asks_twice_and_passes_on_the_rules(db: Database, qtbot: QtBot) -> None:
    dialog = SetPinDialog(db, first=True)
    qtbot.addWidget(dialog)
    dialog.pin.setText("9137")
    dialog.again.setText("9173")
    dialog.save()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.again.text() == ""
    assert not pins.has_pin(db)
    dialog.pin.setText("1234")
    dialog.again.setText("1234")
    dialog.save()
    assert "te makkelijk" in dialog.error.text()
    assert not pins.has_pin(db)
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    dialog.pin.setText("9137")
    dialog.again.setText("9137")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert pins.has_pin(db)


def test_a_restart_while_the_kiosk_was_open_opens_the_kiosk_again(
    make_window: Callable[..., MainWindow], db: Database, door: Door, qtbot: QtBot
) -> None:
    config.KioskState(db.url, door.activity_id, "2026-12-08T09:55:00").save()
    window = make_window(db, show=False)
    first, kiosk = show_first_window(window)
    assert isinstance(first, KioskWindow)
    assert kiosk is first
    qtbot.waitExposed(first)
    assert first.isFullScreen()
    assert first.header.title.text() == "Koffieochtend"
    assert not window.isVisible()
    assert not first.db.actor.is_coordinator


def test_a_kiosk_of_another_database_is_not_opened(
    make_window: Callable[..., MainWindow], db: Database, door: Door, tmp_path: Path
) -> None:
    config.KioskState(f"sqlite:///{tmp_path}/other.sqlite", door.activity_id, "x").save()
    window = make_window(db, show=False)
    first, kiosk = show_first_window(window)
    assert not isinstance(first, KioskWindow)
    assert kiosk is None
    assert window.isVisible()
    assert window.findChildren(KioskWindow) == []


def test_a_kiosk_whose_activity_is_gone_only_offers_the_way_out(
    make_window: Callable[..., MainWindow], db: Database, door: Door, qtbot: QtBot
) -> None:
    config.KioskState(db.url, door.activity_id, "2026-12-08T09:55:00").save()
    with db.write() as session:
        session.execute(delete(Activity))
    window = make_window(db, show=False)
    _, kiosk = show_first_window(window)
    assert isinstance(kiosk, KioskWindow)
    assert kiosk.screens.currentWidget() is kiosk.unavailable
    assert not window.isVisible()
    qtbot.mouseClick(kiosk.header.close_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.unlocked):
        enter_pin(kiosk, qtbot, PIN)
    assert window.isVisible()


@pytest.fixture
def door_file(tmp_path: Path) -> tuple[Path, Door]:
    path = tmp_path / "Buurthuis De Linde.sqlite"
    database = open_database(f"sqlite:///{path}")
    door = make_door_with_pin(database)
    config.KioskState(database.url, door.activity_id, "2026-12-08T09:55:00").save()
    database.dispose()
    return path, door


def test_the_real_program_restarts_into_the_kiosk(door_file: tuple[Path, Door]) -> None:
    path, door = door_file
    result = run_buurtdesk("--db", str(path), "--quit-after-startup")
    assert (result.returncode, result.stderr) == (0, "")
    # The main window keeps its place in window.ini when it closes: it was never open.
    assert not (config.data_dir() / "window.ini").exists()
    state = config.KioskState.load()
    assert state is not None
    assert state.activity_id == door.activity_id


def test_the_real_program_opens_normally_without_an_open_kiosk(
    door_file: tuple[Path, Door],
) -> None:
    path, _door = door_file
    config.KioskState.clear()
    result = run_buurtdesk("--db", str(path), "--quit-after-startup")
    assert (result.returncode, result.stderr) == (0, "")
    assert (config.data_dir() / "window.ini").exists()


def test_the_pin_dialog_grows_for_its_message_and_squeezes_nothing(
    db: Database, qtbot: QtBot, language: str
) -> None:
    dialog = SetPinDialog(db, first=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.pin.setText("9137")
    dialog.again.setText("9173")
    dialog.save()
    assert "niet gelijk" in dialog.error.text()
    QApplication.sendPostedEvents()  # what the event loop does next
    assert dialog.height() > before
    for line in (dialog.pin, dialog.again):
        assert line.height() >= line.minimumSizeHint().height()
    assert dialog.intro.height() >= dialog.intro.heightForWidth(dialog.intro.width())
    assert dialog.error.height() >= dialog.error.minimumSizeHint().height()
    if folder := os.environ.get("BUURTDESK_SHOTS"):
        dialog.grab().save(f"{folder}/kiosk-pin-dialog-error.png")

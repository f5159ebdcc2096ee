"""The window around the parts: navigation, menus and shortcuts, text size, language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from buurtdesk import config
from buurtdesk.db.engine import Database
from buurtdesk.gui import actions, style
from buurtdesk.gui.main_window import MainWindow
from tests.gui.conftest import ScriptedPrompts, add_person

MakeWindow = Callable[..., MainWindow]


def navigation_labels(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_is_dutch_by_default(make_window: MakeWindow, db: Database) -> None:
    window = make_window(db)
    assert navigation_labels(window) == [
        "Vandaag",
        "Netwerk",
        "Organisaties",
        "Agenda",
        "Initiatieven",
        "Vervolgacties",
    ]
    assert menu_titles(window) == [
        "&Bestand",
        "Be&werken",
        "A&genda",
        "I&nitiatieven",
        "Beel&d",
        "&Help",
    ]
    assert window.action(actions.SAVE).toolTip() == "Opslaan (Ctrl+S)"
    assert window.action(actions.NEW).toolTip() == "Nieuw (Ctrl+N)"
    assert window.action(actions.FIND).toolTip() == "Zoeken (Ctrl+F)"
    assert window.page("netwerk").people.search.placeholderText() == (  # type: ignore[attr-defined]
        "Zoek op naam, straat, postcode, telefoon, e-mail of vaardigheid"
    )


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_window_speaks_english_when_asked(make_window: MakeWindow, db: Database) -> None:
    window = make_window(db)
    assert navigation_labels(window) == [
        "Today",
        "Network",
        "Organisations",
        "Agenda",
        "Initiatives",
        "Follow-ups",
    ]
    assert menu_titles(window) == ["&File", "&Edit", "A&genda", "I&nitiatives", "&View", "&Help"]
    assert window.action(actions.SAVE).toolTip() == "Save (Ctrl+S)"
    assert window.action(actions.LANGUAGE_EN).isChecked()


def test_every_action_has_its_shortcut_in_the_menu(make_window: MakeWindow, db: Database) -> None:
    window = make_window(db)
    shortcuts = {
        spec.id: [s.toString() for s in window.action(spec.id).shortcuts()]
        for spec in actions.ACTIONS
    }
    assert shortcuts[actions.NEW] == ["Ctrl+N"]
    assert shortcuts[actions.FIND] == ["Ctrl+F"]
    assert shortcuts[actions.SAVE] == ["Ctrl+S"]
    assert shortcuts[actions.LARGER][0] == "Ctrl+="
    assert shortcuts[actions.SMALLER] == ["Ctrl+-"]
    in_menus = {a.objectName() for menu in window.menus.values() for a in menu.actions()}
    assert {f"action_{spec.id}" for spec in actions.ACTIONS} <= in_menus


def test_part_actions_follow_the_current_part(make_window: MakeWindow, db: Database) -> None:
    window = make_window(db)
    assert window.current_part_id() == "vandaag"
    assert not window.action(actions.SAVE).isEnabled()
    window.show_part("netwerk")
    assert window.pages.currentWidget() is window.page("netwerk")
    assert window.action(actions.SAVE).isEnabled()
    assert window.action(actions.NEW).isEnabled()


def test_the_navigation_switches_parts_by_keyboard(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window = make_window(db)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_part_id() == "netwerk"
    assert window.pages.currentWidget() is window.page("netwerk")


def test_ctrl_plus_and_minus_change_the_text_size_and_remember_it(
    qtbot: QtBot, make_window: MakeWindow, db: Database, qapp: QApplication
) -> None:
    window = make_window(db)
    before = qapp.font().pointSizeF()
    assert before == pytest.approx(style.BASE_POINT_SIZE)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() > before
    assert config.Settings.load().font_scale == pytest.approx(1.15)
    assert window.statusBar().currentMessage() == "Tekstgrootte 115%"
    qtbot.keyClick(window.navigation, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() < before
    assert config.Settings.load().font_scale == pytest.approx(0.85)


def test_the_window_survives_a_large_text_size(
    make_window: MakeWindow, db: Database, qapp: QApplication
) -> None:
    add_person(db, voornaam="Jan", tussenvoegsel="van der", achternaam="Berg")
    style.apply_font_scale(qapp, 1.5)
    window = make_window(db)
    window.show_part("netwerk")
    page = window.page("netwerk")
    page.people.select_row(0)  # type: ignore[attr-defined]
    editor = page.editor  # type: ignore[attr-defined]
    assert editor.save_button.isVisible()
    label = editor.ui.postcodeLabel
    assert label.width() >= label.sizeHint().width()  # labels are never clipped
    assert window.navigation.width() >= window.navigation.sizeHintForColumn(0)


def test_choosing_english_is_remembered_for_the_next_start(
    make_window: MakeWindow, db: Database
) -> None:
    window = make_window(db)
    window.action(actions.LANGUAGE_EN).trigger()
    assert config.Settings.load().language == "en"
    assert window.action(actions.LANGUAGE_EN).isChecked()
    assert not window.action(actions.LANGUAGE_NL).isChecked()
    assert "next time" in window.statusBar().currentMessage()


def test_closing_with_unsaved_changes_asks_first(
    make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    add_person(db, voornaam="Kees", achternaam="Bos")
    window = make_window(db)
    window.show_part("netwerk")
    page = window.page("netwerk")
    page.people.select_row(0)  # type: ignore[attr-defined]
    page.editor.ui.voornaamEdit.setText("Karel")  # type: ignore[attr-defined]
    assert not window.close()
    assert prompts.asked == ["unsaved: Kees Bos"]
    assert window.isVisible()

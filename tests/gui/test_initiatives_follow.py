"""The board and the panel keep to the chosen initiative: Koppelen and Kennismaken on one
initiative leave the panel's heading and the board's chosen card on that initiative."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.gui.initiatives.detail.form import NEEDS
from buurtdesk.services import initiatives, people
from tests.gui.initiatives_board_data import MakeWindow, column, open_board
from tests.services.initiative_helpers import initiative, stage_ids


def test_kennismaken_keeps_the_panel_and_the_board_on_the_same_initiative(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    fatima = people.create_person(
        db, PersonInput(voornaam="Fatima", achternaam="Amrani", straat="Lindestraat")
    ).person_id
    people.create_person(
        db,
        PersonInput(voornaam="Ali", achternaam="Bakker", straat="Lindestraat", skills=("koken",)),
    )
    initiative(db, "Buurtmaaltijd", stage_id=ids["Idee"], initiator_person_ids=(fatima,))
    chosen = initiative(db, "Moestuin", stage_id=ids["Idee"], initiator_person_ids=(fatima,))
    initiative(db, "Taalcafé", stage_id=ids["Plan"])
    _window, page = open_board(make_window, db)
    page.board.select(chosen)
    panel = page.detail
    assert panel.initiative_id == chosen
    panel.form.setCurrentIndex(NEEDS)
    needs = panel.needs
    needs.kind.setCurrentIndex(needs.kind.findData("vrijwilligers"))
    qtbot.keyClicks(needs.description, "koken")
    qtbot.keyClick(needs.description, Qt.Key.Key_Return)
    needs.table.selectRow(0)
    qtbot.mouseClick(needs.match_button, Qt.MouseButton.LeftButton)
    assert panel.initiative_id == chosen
    # Back to the needs and Koppelen again: the rows made before go, the focus with them.
    qtbot.mouseClick(needs.match.back_button, Qt.MouseButton.LeftButton)
    needs.table.selectRow(0)
    qtbot.mouseClick(needs.match_button, Qt.MouseButton.LeftButton)
    assert panel.initiative_id == chosen
    assert panel.title.text() == "Moestuin"
    qtbot.mouseClick(needs.match.rows[0].introduce_button, Qt.MouseButton.LeftButton)
    assert panel.initiative_id == chosen
    assert panel.title.text() == "Moestuin"
    assert page.board.current_initiative() == chosen
    assert page.board.current_card() is not None
    assert page.board.current_card().title == "Moestuin"
    assert needs.match.back_button.hasFocus()  # not a column of the board
    assert [n.description for n in initiatives.needs_of(db, chosen)] == ["koken"]


def test_the_focus_passing_through_another_column_does_not_choose_a_card_there(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    """Focus that lands on a column by itself (a button hidden or disabled under it) leaves
    the chosen initiative alone."""
    ids = stage_ids(db)
    initiative(db, "Buurtkoor", stage_id=ids["Idee"])
    chosen = initiative(db, "Eettafel", stage_id=ids["Uitvoering"])
    _window, page = open_board(make_window, db)
    page.board.select(chosen)
    assert page.detail.initiative_id == chosen
    idee = column(page, "Idee")
    idee.cards.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(idee.cards.hasFocus)
    assert page.board.current_initiative() == chosen
    assert page.detail.title.text() == "Eettafel"

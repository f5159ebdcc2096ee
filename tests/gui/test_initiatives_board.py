"""The Initiatieven board: columns per stage with counts, cards that move by drag and drop,
by keyboard and by menu (each move with its note and its history), the open-checklist
question, filters and search, and the board built in one query round for 500 cards."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from buurtdesk.db.engine import Database
from buurtdesk.domain.themes import Theme
from buurtdesk.gui.initiatives.card_text import card_text
from buurtdesk.gui.initiatives.column_model import ColumnModel, decode_ids
from buurtdesk.gui.pickers import Choice
from buurtdesk.gui.record_editor import Mode
from buurtdesk.services import initiatives, stages
from buurtdesk.services.initiatives import BoardQuery
from tests.gui.initiatives_board_data import (
    MakeWindow,
    column,
    many_initiatives,
    open_board,
    titles,
)
from tests.services.initiative_helpers import initiative, person, stage_ids, with_history


def add_theme(db: Database, name: str) -> int:
    with db.write() as session:
        theme = Theme(name=name)
        session.add(theme)
        session.flush()
        return theme.id


def history(db: Database, initiative_id: int) -> list[tuple[str, str]]:
    rows = initiatives.timeline(db, initiative_id, today=date.today())
    return [(row.stage, row.note) for row in rows]


def test_every_column_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database
) -> None:
    ids = stage_ids(db)
    initiative(db, "Moestuin", stage_id=ids["Idee"])
    initiative(db, "Taalcafé", stage_id=ids["Idee"])
    model = ColumnModel(ids["Idee"])
    model.set_rows(initiatives.board(db, BoardQuery(), today=date.today()))
    assert model.titles() == ["Moestuin", "Taalcafé"]
    qtmodeltester.check(model)
    dragged = model.mimeData([model.index(1, 0)])
    assert decode_ids(dragged) == [model.card(1).initiative_id]


def test_the_board_has_a_column_per_stage_with_its_count(
    make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    jan = person(db, "Jan", "Vries", "de")
    initiative(db, "Moestuin", stage_id=ids["Idee"], initiator_person_ids=(jan,))
    initiative(db, "Taalcafé", stage_id=ids["Plan"], next_step="Zaal vragen")
    _window, page = open_board(make_window, db)
    names = [c.stage.name for c in page.board.columns]
    assert names == ["Idee", "Verkenning", "Plan", "Uitvoering", "Geborgd", "Gestopt"]
    assert column(page, "Idee").heading.text() == "Idee · 1"
    assert column(page, "Verkenning").heading.text() == "Verkenning · 0"
    assert titles(page, "Plan") == ["Taalcafé"]
    card = column(page, "Idee").model.card(0)
    assert card.initiators == "Jan de Vries"


def test_a_card_says_its_next_step_its_days_and_why_it_is_stalled(
    language: str, db: Database
) -> None:
    ids = stage_ids(db)
    old = with_history(db, "Buurtkoor", [("Idee", datetime(2026, 9, 1, 10))], due=date(2026, 12, 8))
    initiatives.add_need(db, old, "vrijwilligers", "Twee zangers")
    today = date(2026, 12, 11)
    card = next(c for c in initiatives.board(db, today=today) if c.initiative_id == old)
    text = card_text(card, today)
    assert card.stage_id == ids["Idee"]
    assert text.next_step + text.step_due == "Te laat · di 8 dec"
    assert text.step == "Volgende stap"
    assert text.overdue
    assert text.in_stage == "101 dagen in deze fase"
    assert text.needs == ("Vrijwilligers",)
    assert text.stalled[0] == "Vastgelopen"
    assert "volgende stap te laat sinds 3 dagen" in text.stalled


def test_dragging_a_card_to_the_next_column_moves_it_with_a_note(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    moestuin = initiative(db, "Moestuin", stage_id=ids["Idee"])
    window, page = open_board(make_window, db)
    source = column(page, "Idee").model
    target = column(page, "Verkenning").model
    data = source.mimeData([source.index(0, 0)])
    assert target.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target.index(0, 0).parent())
    assert not source.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, source.index(0, 0))
    target.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target.index(0, 0).parent())
    bar = page.move_bar
    assert bar.isVisible()
    assert "Moestuin" in bar.message.text()
    assert "Verkenning" in bar.message.text()
    assert titles(page, "Idee") == ["Moestuin"]  # nothing moves before the user confirms
    qtbot.keyClicks(bar.note, "Eerste gesprek gehad")
    qtbot.keyClick(bar.note, Qt.Key.Key_Return)
    assert not bar.isVisible()
    assert titles(page, "Idee") == []
    assert titles(page, "Verkenning") == ["Moestuin"]
    assert column(page, "Verkenning").heading.text() == "Verkenning · 1"
    assert history(db, moestuin)[-1] == ("Verkenning", "Eerste gesprek gehad")
    assert window.statusBar().currentMessage().startswith("Verplaatst naar Verkenning")
    assert page.board.current_initiative() == moestuin


def test_cancelling_the_move_leaves_the_card_where_it_was(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    moestuin = initiative(db, "Moestuin", stage_id=ids["Idee"])
    _window, page = open_board(make_window, db)
    page.request_move(moestuin, ids["Plan"])
    qtbot.keyClick(page.move_bar.note, Qt.Key.Key_Escape)
    assert not page.move_bar.isVisible()
    assert titles(page, "Idee") == ["Moestuin"]
    assert len(history(db, moestuin)) == 1


def test_ctrl_right_and_ctrl_left_move_the_chosen_card_by_keyboard(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    moestuin = initiative(db, "Moestuin", stage_id=ids["Idee"])
    _window, page = open_board(make_window, db)
    assert page.board.select(moestuin)
    cards = column(page, "Idee").cards
    cards.setFocus()
    qtbot.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.move_bar.isVisible()
    qtbot.keyClick(page.move_bar.note, Qt.Key.Key_Return)
    assert titles(page, "Verkenning") == ["Moestuin"]
    moved_to = column(page, "Verkenning").cards
    assert moved_to.hasFocus()  # the next Ctrl+Right goes on from here
    qtbot.keyClick(moved_to, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.move_bar.note, "Toch nog een idee")
    qtbot.keyClick(page.move_bar.note, Qt.Key.Key_Return)
    assert titles(page, "Idee") == ["Moestuin"]
    assert [stage for stage, _ in history(db, moestuin)] == ["Idee", "Verkenning", "Idee"]


def test_open_checklist_points_are_listed_and_move_anyway_moves(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    stages.add_checklist_item(
        db, ids["Idee"], "Drie initiatiefnemers uit verschillende huishoudens"
    )
    moestuin = initiative(db, "Moestuin", stage_id=ids["Idee"])
    _window, page = open_board(make_window, db)
    page.board.select(moestuin)
    cards = column(page, "Idee").cards
    cards.setFocus()
    qtbot.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.move_bar.note, "Plan is rond")
    qtbot.keyClick(page.move_bar.note, Qt.Key.Key_Return)
    bar = page.move_bar
    assert bar.isVisible()  # asked again, now about the checklist
    assert "Drie initiatiefnemers uit verschillende huishoudens" in bar.message.text()
    assert bar.move_button.text() == "Toch verplaatsen"
    assert titles(page, "Idee") == ["Moestuin"]
    qtbot.mouseClick(bar.move_button, Qt.MouseButton.LeftButton)
    assert titles(page, "Verkenning") == ["Moestuin"]
    assert history(db, moestuin)[-1] == ("Verkenning", "Plan is rond")


def test_the_move_menu_offers_every_other_stage(make_window: MakeWindow, db: Database) -> None:
    ids = stage_ids(db)
    moestuin = initiative(db, "Moestuin", stage_id=ids["Plan"])
    _window, page = open_board(make_window, db)
    assert not page.toolbar.move_button.isEnabled()
    page.board.select(moestuin)
    assert page.toolbar.move_button.isEnabled()
    menu = page.move_menu()
    assert menu is not None
    offered = [action.text() for action in menu.actions()]
    assert offered == ["Idee", "Verkenning", "Uitvoering", "Geborgd", "Gestopt"]
    menu.actions()[offered.index("Geborgd")].trigger()
    page.move_bar.confirm()
    assert titles(page, "Geborgd") == ["Moestuin"]


def test_filters_and_search_narrow_the_cards(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    groen = add_theme(db, "groen")
    fatima = person(db, "Fatima", "Amrani", "El")
    initiative(db, "Moestuin", stage_id=ids["Idee"], theme_ids=(groen,))
    initiative(db, "Taalcafé", stage_id=ids["Plan"], initiator_person_ids=(fatima,))
    initiative(db, "Geveltuintjes", stage_id=ids["Plan"], theme_ids=(groen,))
    _window, page = open_board(make_window, db)
    assert page.board.card_count() == 3
    bar = page.toolbar
    bar.theme.setCurrentIndex(bar.theme.findData(groen))
    assert titles(page, "Idee") == ["Moestuin"]
    assert titles(page, "Plan") == ["Geveltuintjes"]
    assert column(page, "Plan").heading.text() == "Plan · 1"
    assert bar.status.text() == "2 van 3 initiatieven getoond"
    bar.stage.setCurrentIndex(bar.stage.findData(ids["Plan"]))
    assert [c.stage.name for c in page.board.columns if not c.isHidden()] == ["Plan"]
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert page.board.card_count() == 3
    bar.initiator.set_choice(None)
    page.focus_search()
    assert bar.search.hasFocus()
    qtbot.keyClicks(bar.search, "taal")
    assert page.board.card_count() == 1
    assert titles(page, "Plan") == ["Taalcafé"]
    bar.clear()
    bar.initiator.set_choice(Choice(fatima, "Fatima El Amrani"))
    assert page.board.card_count() == 1


def test_ctrl_n_starts_a_new_initiative_in_the_panel_beside_the_board(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    moestuin = initiative(db, "Moestuin", stage_id=ids["Idee"])
    window, page = open_board(make_window, db)
    page.board.select(moestuin)
    assert page.detail.initiative_id == moestuin
    qtbot.keyClick(page.board, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.board.current_initiative() is None
    assert page.detail.mode is Mode.NEW
    assert window.current_part_id() == "initiatieven"


def test_the_board_of_500_initiatives_is_one_round_of_queries(
    make_window: MakeWindow, db: Database
) -> None:
    many_initiatives(db, 5)
    _window, page = open_board(make_window, db)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        page.refresh()
        few = len(statements)
        many_initiatives(db, 495, start=5)
        statements.clear()
        page.refresh()
        many = len(statements)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert page.board.card_count() == 500
    assert many == few  # the number of queries does not grow with the cards
    assert column(page, "Idee").heading.text() == "Idee · 125"

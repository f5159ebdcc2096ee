"""The Initiatieven page on a 1366×768 laptop screen: the move question, the detail panel
and the board fit without making the window larger, and what is searched for or opened
scrolls into view."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.gui import style
from buurtdesk.gui.initiatives.column import BoardColumn
from buurtdesk.gui.initiatives.move_bar import PendingMove
from buurtdesk.gui.initiatives.page import InitiativesPage
from buurtdesk.gui.today.stalled import StalledList
from buurtdesk.services import initiatives
from buurtdesk.services.initiatives import BoardQuery
from tests.gui.initiatives_board_data import MakeWindow, column, many_initiatives, open_board
from tests.services.initiative_helpers import initiative, stage_ids, with_history

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_move_question_does_not_make_the_window_larger_than_the_screen(
    make_window: MakeWindow, db: Database, qapp: QApplication, scale: float
) -> None:
    style.apply_font_scale(qapp, scale)
    many_initiatives(db, 25)
    window, page = open_board(make_window, db)
    first = page.board.columns[0].model.card(0)
    page.board.select(first.initiative_id)
    before = window.minimumSizeHint()
    target = page.board.columns[1].stage
    page.move_bar.ask_note(PendingMove(first.initiative_id, first.title, target.stage_id, "x"))
    assert page.move_bar.isVisible()
    hint = window.minimumSizeHint()
    assert hint.height() == before.height()
    assert hint.width() <= SCREEN_WIDTH
    assert hint.height() <= SCREEN_HEIGHT
    assert window.height() <= SCREEN_HEIGHT


def in_view(page: InitiativesPage, column: BoardColumn) -> bool:
    """The column lies wholly inside the board's viewport."""
    board = page.board
    left = column.mapTo(board.viewport(), QPoint(0, 0)).x()
    return left >= 0 and left + column.width() <= board.viewport().width()


def test_a_search_scrolls_the_board_to_the_column_with_the_match(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    many_initiatives(db, 12)
    ids = stage_ids(db)
    initiative(db, "Xylofoonclub", stage_id=ids["Geborgd"])
    _window, page = open_board(make_window, db)
    last = column(page, "Geborgd")
    assert not in_view(page, last)  # the board is wider than its place
    qtbot.keyClicks(page.toolbar.search, "Xylofoon")
    assert page.board.card_count() == 1
    qtbot.waitUntil(lambda: in_view(page, last))


def test_opening_an_initiative_scrolls_its_card_into_view(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    many_initiatives(db, 12)
    ids = stage_ids(db)
    far = initiative(db, "Xylofoonclub", stage_id=ids["Geborgd"])
    window, page = open_board(make_window, db)
    window.show_part("vandaag")
    window.context.navigator.initiative_requested.emit(far)
    assert page.detail.initiative_id == far
    qtbot.waitUntil(lambda: in_view(page, column(page, "Geborgd")))


def test_vandaag_wraps_a_long_stalled_reason_instead_of_cutting_it_off(
    qtbot: QtBot, db: Database
) -> None:
    today = date(2026, 11, 30)
    with_history(
        db,
        "Buurtkoor Schildersbuurt",
        [("Idee", datetime(2026, 9, 1, 10))],
        due=today - timedelta(days=22),
    )
    rows = [row for row in initiatives.board(db, BoardQuery(), today=today) if row.stalled]
    stalled = StalledList()
    qtbot.addWidget(stalled)
    stalled.show_rows(rows)
    stalled.resize(260, 400)
    stalled.show()
    qtbot.waitExposed(stalled)
    [link] = stalled.links()
    words = link.words
    assert "sinds 22 dagen" in stalled.row_texts()[0]
    assert link.geometry().right() <= stalled.width()
    assert words.height() >= words.heightForWidth(words.width())  # every line shown
    assert words.height() > 2 * words.fontMetrics().lineSpacing()  # wrapped

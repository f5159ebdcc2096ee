"""The initiative panel leaves nothing cut off: the chosen section button's bold label fits,
and Verloop shows the note written at a move on its own line, not only as a tooltip."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.gui.initiatives.detail.form import HISTORY, NEEDS
from buurtdesk.services.initiatives_move import move_initiative
from tests.gui.initiatives_board_data import MakeWindow, open_board
from tests.services.initiative_helpers import initiative, stage_ids


def test_the_chosen_section_button_shows_its_whole_bold_label(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    item = initiative(db, "Eettafel voor ouderen")
    _window, page = open_board(make_window, db)
    page.board.select(item)
    panel = page.detail
    panel.form.setCurrentIndex(NEEDS)
    chosen = panel.switcher.buttons[NEEDS]
    assert chosen.isChecked()
    bold = chosen.font()
    bold.setBold(True)
    text_width = QFontMetrics(bold).horizontalAdvance(chosen.text())
    icon_width = chosen.iconSize().width()
    qtbot.waitUntil(lambda: chosen.width() >= text_width + icon_width + 8)


def test_verloop_shows_the_note_of_a_move(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    item = initiative(db, "Repair café", stage_id=ids["Idee"])
    move_initiative(db, item, ids["Verkenning"], note="Zaal in het buurthuis besproken")
    _window, page = open_board(make_window, db)
    page.board.select(item)
    panel = page.detail
    panel.form.setCurrentIndex(HISTORY)
    model = panel.timeline_model
    texts = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert any("Zaal in het buurthuis besproken" in t for t in texts)
    row = next(r for r, t in enumerate(texts) if "Zaal" in t)
    table = panel.timeline
    assert table.rowHeight(row) >= 2 * table.fontMetrics().lineSpacing()

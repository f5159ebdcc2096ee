"""The coordinator's set-up of the Initiatieven part: "Fasen en checklists" (stages renamed,
added, moved, closed and removed; the checklist of each stage; when an initiative counts
as stalled) and "Tijd per fase" (where initiatives get stuck)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.gui import actions
from buurtdesk.gui.initiatives.page import InitiativesPage
from buurtdesk.gui.initiatives.stages_dialog import StagesDialog
from buurtdesk.gui.initiatives.stages_move import MoveTargetDialog
from buurtdesk.gui.initiatives.time_in_stage import (
    TimeInStageDialog,
    TimeInStageModel,
    headline,
)
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.services import initiatives, settings, stages
from tests.gui.conftest import ScriptedPrompts
from tests.gui.initiatives_board_data import MakeWindow, column, open_board, titles
from tests.services.initiative_helpers import initiative, stage_ids, with_history


def board_stages(page: InitiativesPage) -> list[str]:
    return [c.stage.name for c in page.board.columns]


def open_stages(window: MainWindow, page: InitiativesPage) -> StagesDialog:
    window.action(actions.STAGES).trigger()
    dialog = page.findChild(StagesDialog)
    assert isinstance(dialog, StagesDialog)
    assert dialog.isVisible()
    return dialog


def choose(dialog: StagesDialog, name: str) -> None:
    ids = stage_ids(dialog._context.db)
    dialog.stages.select(ids[name])
    assert dialog.checklist.heading.text() == f"Checklist voor {name}"


def stage_texts(dialog: StagesDialog) -> list[tuple[str, str, str]]:
    tree = dialog.stages.tree
    return [
        (item.text(0), item.text(1), item.text(2))
        for item in (tree.topLevelItem(n) for n in range(tree.topLevelItemCount()))
        if item is not None
    ]


def test_the_dialog_lists_the_stages_with_their_initiatives(
    make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    initiative(db, "Moestuin", stage_id=ids["Plan"])
    initiative(db, "Taalcafé", stage_id=ids["Plan"])
    window, page = open_board(make_window, db)
    dialog = open_stages(window, page)
    assert dialog.windowTitle() == "Fasen en checklists"
    assert stage_texts(dialog) == [
        ("Idee", "0", "Open"),
        ("Verkenning", "0", "Open"),
        ("Plan", "2", "Open"),
        ("Uitvoering", "0", "Open"),
        ("Geborgd", "0", "Afgesloten"),
        ("Gestopt", "0", "Afgesloten"),
    ]
    dialog.close()


def test_renaming_a_stage_in_place_renames_the_board_column(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window, page = open_board(make_window, db)
    dialog = open_stages(window, page)
    choose(dialog, "Verkenning")
    dialog.stages.start_rename()
    editor = dialog.stages.tree.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.setText("Uitzoeken")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: board_stages(page)[1] == "Uitzoeken")
    assert column(page, "Uitzoeken").heading.text() == "Uitzoeken · 0"
    assert dialog.status.text() == "De fase heet nu Uitzoeken."
    assert dialog.checklist.heading.text() == "Checklist voor Uitzoeken"

    # A name that is taken: said beside the list, the old name stays.
    dialog.stages.tree.currentItem().setText(0, "idee")  # type: ignore[union-attr]
    assert dialog.stages.error.isVisibleTo(dialog)
    assert dialog.stages.error.text() == "Er is al een fase Idee. Kies een andere naam."
    assert stage_texts(dialog)[1][0] == "Uitzoeken"
    assert board_stages(page)[:2] == ["Idee", "Uitzoeken"]


def test_a_stage_is_added_after_the_chosen_one_and_moved_by_keyboard(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window, page = open_board(make_window, db)
    dialog = open_stages(window, page)
    choose(dialog, "Plan")
    qtbot.keyClicks(dialog.stages.new_name, "Aanvraag")
    qtbot.keyClick(dialog.stages.new_name, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter adds; it does not close the dialog
    assert board_stages(page) == [
        "Idee",
        "Verkenning",
        "Plan",
        "Aanvraag",
        "Uitvoering",
        "Geborgd",
        "Gestopt",
    ]
    assert dialog.stages.current_row().name == "Aanvraag"  # type: ignore[union-attr]
    assert dialog.status.text() == "Fase Aanvraag toegevoegd."

    tree = dialog.stages.tree
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert board_stages(page)[:4] == ["Idee", "Aanvraag", "Verkenning", "Plan"]
    assert dialog.stages.current_row().name == "Aanvraag"  # type: ignore[union-attr]
    assert not dialog.stages.error.isVisibleTo(dialog)


def test_marking_the_last_open_stage_closed_is_refused_beside_the_list(
    make_window: MakeWindow, db: Database
) -> None:
    window, page = open_board(make_window, db)
    dialog = open_stages(window, page)
    choose(dialog, "Uitvoering")
    dialog.stages.closed.click()
    assert stages.list_stages(db)[3].is_closed
    assert stage_texts(dialog)[3] == ("Uitvoering", "0", "Afgesloten")
    for name in ("Idee", "Verkenning"):
        choose(dialog, name)
        dialog.stages.closed.click()
    choose(dialog, "Plan")
    dialog.stages.closed.click()
    assert not dialog.stages.closed.isChecked()
    assert "minstens één open fase" in dialog.stages.error.text()
    assert not stages.list_stages(db)[2].is_closed


def test_deleting_a_stage_with_initiatives_asks_where_they_go_and_moves_them(
    make_window: MakeWindow, db: Database
) -> None:
    ids = stage_ids(db)
    initiative(db, "Moestuin", stage_id=ids["Verkenning"])
    initiative(db, "Taalcafé", stage_id=ids["Verkenning"])
    initiative(db, "Repair café", stage_id=ids["Plan"])
    window, page = open_board(make_window, db)
    dialog = open_stages(window, page)
    choose(dialog, "Verkenning")
    asked: list[str] = []

    def answer() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, MoveTargetDialog)
        asked.append(question.question.text())
        box = question.target
        asked.append(", ".join(box.itemText(n) for n in range(box.count())))
        question.choose("Plan")
        question.delete_button.click()

    QTimer.singleShot(0, answer)
    dialog.stages.delete()
    assert asked == [
        "In Verkenning staan 2 initiatieven. Kies de fase waar ze naartoe gaan; "
        "daarna wordt Verkenning verwijderd.",
        "Idee, Plan, Uitvoering, Geborgd, Gestopt",
    ]
    assert board_stages(page) == ["Idee", "Plan", "Uitvoering", "Geborgd", "Gestopt"]
    assert titles(page, "Plan") == ["Moestuin", "Repair café", "Taalcafé"]
    assert dialog.status.text() == ("Fase Verkenning verwijderd; de initiatieven staan nu in Plan.")
    assert stage_texts(dialog)[1] == ("Plan", "3", "Open")
    moestuin = page.board.columns[1].model.card(0).initiative_id
    history = initiatives.timeline(db, moestuin, today=date.today())
    assert [row.stage for row in history] == ["Verkenning", "Plan"]


def test_cancelling_the_question_keeps_the_stage(make_window: MakeWindow, db: Database) -> None:
    ids = stage_ids(db)
    initiative(db, "Moestuin", stage_id=ids["Idee"])
    window, page = open_board(make_window, db)
    dialog = open_stages(window, page)
    choose(dialog, "Idee")

    def cancel() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, MoveTargetDialog)
        question.reject()

    QTimer.singleShot(0, cancel)
    dialog.stages.delete()
    assert board_stages(page)[0] == "Idee"
    assert titles(page, "Idee") == ["Moestuin"]


def test_an_empty_stage_is_deleted_after_one_question(
    make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    window, page = open_board(make_window, db)
    dialog = open_stages(window, page)
    choose(dialog, "Geborgd")
    dialog.stages.delete()
    assert prompts.asked == ["De fase Geborgd verwijderen? De checklist gaat mee weg."]
    assert "Geborgd" in board_stages(page)
    prompts.delete_answer = True
    dialog.stages.delete()
    assert "Geborgd" not in board_stages(page)
    assert dialog.stages.current_row().name == "Gestopt"  # type: ignore[union-attr]


def test_checklist_points_are_added_edited_reordered_and_stored(
    qtbot: QtBot, make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    window, page = open_board(make_window, db)
    dialog = open_stages(window, page)
    choose(dialog, "Plan")
    panel = dialog.checklist
    assert panel.empty.isVisibleTo(dialog)
    for text in (
        "Aanvraag minstens vier weken vooraf ingediend",
        "Drie initiatiefnemers uit verschillende huishoudens",
    ):
        qtbot.keyClicks(panel.new_text, text)
        qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    plan = stage_ids(db)["Plan"]
    assert [row.text for row in stages.checklist_items(db, plan)] == [
        "Aanvraag minstens vier weken vooraf ingediend",
        "Drie initiatiefnemers uit verschillende huishoudens",
    ]
    assert not panel.empty.isVisibleTo(dialog)
    assert dialog.status.text() == "Punt toegevoegd aan de checklist van Plan."

    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert stages.checklist_items(db, plan)[0].text.startswith("Drie")

    panel.list.setCurrentRow(1)
    panel.start_edit()
    editor = panel.list.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.setText("Aanvraag zes weken vooraf ingediend")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.texts()[1] == "Aanvraag zes weken vooraf ingediend")
    assert [row.text for row in stages.checklist_items(db, plan)] == [
        "Drie initiatiefnemers uit verschillende huishoudens",
        "Aanvraag zes weken vooraf ingediend",
    ]

    qtbot.keyClicks(panel.new_text, "   ")
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    assert panel.error.isVisibleTo(dialog)
    assert len(stages.checklist_items(db, plan)) == 2

    prompts.delete_answer = True
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert prompts.asked == [
        "Het punt “Aanvraag zes weken vooraf ingediend” verwijderen? "
        "De vinkjes die initiatieven bij dit punt hebben gezet, gaan mee weg."
    ]
    assert panel.texts() == ["Drie initiatiefnemers uit verschillende huishoudens"]
    choose(dialog, "Idee")
    assert panel.texts() == []


def test_the_stalled_weeks_are_stored(qtbot: QtBot, make_window: MakeWindow, db: Database) -> None:
    window, page = open_board(make_window, db)
    dialog = open_stages(window, page)
    weeks = dialog.stalled.weeks
    assert weeks.value() == 6
    weeks.setValue(8)
    qtbot.keyClick(weeks, Qt.Key.Key_Return)
    assert settings.get_stalled_weeks(db) == 8
    assert dialog.status.text() == "Vastgelopen na 8 weken zonder contact: bewaard."
    weeks.setValue(10)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing keeps what was typed
    assert not dialog.isVisible()
    assert settings.get_stalled_weeks(db) == 10


# ---------------------------------------------------------------- Tijd per fase
TODAY = datetime(2026, 3, 31, 12, 0)


def three_histories(db: Database) -> None:
    """Hand-counted stays (today 31 March 2026):
    Moestuin: Idee 10 days, Verkenning 31, Plan 48 (still there).
    Taalcafé: Idee 20, Plan 35, Uitvoering 30 (still there).
    Buurtfeest: Idee 20, then Gestopt (an end, not counted)."""
    with_history(
        db,
        "Moestuin",
        [
            ("Idee", datetime(2026, 1, 1, 10)),
            ("Verkenning", datetime(2026, 1, 11, 10)),
            ("Plan", datetime(2026, 2, 11, 10)),
        ],
    )
    with_history(
        db,
        "Taalcafé",
        [
            ("Idee", datetime(2026, 1, 5, 10)),
            ("Plan", datetime(2026, 1, 25, 10)),
            ("Uitvoering", datetime(2026, 3, 1, 10)),
        ],
    )
    with_history(
        db,
        "Buurtfeest",
        [("Idee", datetime(2026, 3, 1, 10)), ("Gestopt", datetime(2026, 3, 21, 10))],
    )


def model_texts(model: TimeInStageModel) -> list[list[str]]:
    return [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_time_in_stage_shows_the_hand_counted_figures(
    make_window: MakeWindow, db: Database, qtmodeltester: ModelTester
) -> None:
    three_histories(db)
    window = make_window(db, now=TODAY)
    window.action(actions.TIME_IN_STAGE).trigger()
    assert window.current_part_id() == "initiatieven"
    dialog = window.page("initiatieven").findChild(TimeInStageDialog)
    assert isinstance(dialog, TimeInStageDialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Tijd per fase"
    qtmodeltester.check(dialog.model)
    headers = [dialog.model.headerData(n, Qt.Orientation.Horizontal) for n in range(5)]
    assert headers == ["Fase", "Aantal", "Mediaan", "Gemiddeld", "Langste"]
    assert model_texts(dialog.model) == [
        ["Idee", "3", "20", "16,7", "20"],
        ["Verkenning", "1", "31", "31", "31"],
        ["Plan", "2", "41,5", "41,5", "48"],
        ["Uitvoering", "1", "30", "30", "30"],
        ["Geborgd", "0", "–", "–", "–"],
        ["Gestopt", "0", "–", "–", "–"],
    ]
    assert dialog.headline.text() == "Initiatieven blijven het langst in Plan: mediaan 41,5 dagen."
    dialog.close()


def test_time_in_stage_without_initiatives_says_so(language: str, db: Database) -> None:
    rows = initiatives.time_in_stage(db, today=TODAY.date())
    assert (
        headline(rows) == "Nog geen cijfers: nog geen enkel initiatief heeft in een fase gestaan."
    )
    model = TimeInStageModel()
    model.set_rows(rows)
    assert model.rowCount() == 0 or model.index(0, 1).data() == "0"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_initiatives_menu_opens_both_dialogs(make_window: MakeWindow, db: Database) -> None:
    window = make_window(db)
    menu = window.menus["initiatives"]
    assert [a.text() for a in menu.actions()] == [
        "&Stages and checklists…",
        "&Time in each stage…",
    ]
    window.action(actions.STAGES).trigger()
    page = window.page("initiatieven")
    stages_dialog = page.findChild(StagesDialog)
    assert isinstance(stages_dialog, StagesDialog)
    assert stages_dialog.windowTitle() == "Stages and checklists"
    assert stages_dialog.isVisible()
    assert stages_dialog.isModal()
    stages_dialog.close()
    window.action(actions.TIME_IN_STAGE).trigger()
    time_dialog = page.findChild(TimeInStageDialog)
    assert isinstance(time_dialog, TimeInStageDialog)
    assert time_dialog.isVisible()
    time_dialog.close()
    assert not time_dialog.isVisible()

"""The Netwerk part as a user meets it: search, the person panel, saving, errors, deleting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.gui import actions
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.netwerk.page import NetwerkPage
from buurtdesk.gui.prompts import UnsavedAnswer
from buurtdesk.gui.record_editor import Mode
from buurtdesk.services import people, people_search
from buurtdesk.services.people_search import PeopleQuery
from tests.gui.conftest import ScriptedPrompts, add_people, add_person, surname

MakeWindow = Callable[..., MainWindow]


def open_netwerk(make_window: MakeWindow, db: Database) -> tuple[MainWindow, NetwerkPage]:
    window = make_window(db)
    window.show_part("netwerk")
    page = window.page("netwerk")
    assert isinstance(page, NetwerkPage)
    return window, page


def list_names(page: NetwerkPage) -> list[str]:
    model = page.people.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def everyone(db: Database) -> list[str]:
    return [row.list_name for row in people_search.fetch_page(db, PeopleQuery())]


def test_search_as_you_type_narrows_the_list(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    add_person(db, voornaam="Jan", tussenvoegsel="van der", achternaam="Berg", straat="Kerkweg")
    add_person(db, voornaam="Fatima", achternaam="Yılmaz", straat="Dorpsstraat")
    add_person(db, voornaam="Kees", achternaam="Bos", straat="Kerkweg")
    _window, page = open_netwerk(make_window, db)
    assert page.people.count_label.text() == "3 mensen"

    qtbot.keyClicks(page.people.search, "kerk")
    assert list_names(page) == ["Berg, Jan van der", "Bos, Kees"]
    qtbot.waitUntil(lambda: page.people.count_label.text() == "2 mensen")

    qtbot.keyClicks(page.people.search, "weg bos")
    assert list_names(page) == ["Bos, Kees"]


def test_the_role_filter_shows_only_that_role(make_window: MakeWindow, db: Database) -> None:
    add_person(db, voornaam="Els", achternaam="Visser", is_volunteer=True)
    add_person(db, voornaam="Kees", achternaam="Bos")
    _window, page = open_netwerk(make_window, db)
    role = page.people.role
    assert [role.itemText(i) for i in range(role.count())] == [
        "Iedereen",
        "Bewoners",
        "Vrijwilligers",
        "Initiatiefnemers",
        "Professionals",
    ]
    role.setCurrentIndex(2)
    assert list_names(page) == ["Visser, Els"]


def test_an_invalid_postcode_is_explained_beside_the_field_and_nothing_is_saved(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window, page = open_netwerk(make_window, db)
    editor = page.editor
    qtbot.mouseClick(page.people.new_button, Qt.MouseButton.LeftButton)
    assert editor.mode is Mode.NEW
    qtbot.keyClicks(editor.ui.voornaamEdit, "Jan")
    qtbot.keyClicks(editor.ui.tussenvoegselEdit, "van der")
    qtbot.keyClicks(editor.ui.achternaamEdit, "Berg")
    qtbot.keyClicks(editor.ui.postcodeEdit, "0123 AB")
    qtbot.keyClick(editor.ui.postcodeEdit, Qt.Key.Key_Return)

    message = editor.field_error("postcode")
    assert message.startswith("Een postcode begint nooit met een 0.")
    error_line = editor._field_errors["placeRow"]
    assert error_line.isVisible()
    assert error_line.picture.pixmap() is not None  # an icon, not colour alone
    assert editor.ui.postcodeEdit.text() == "0123 AB"  # the typing is left alone
    assert editor.ui.achternaamEdit.text() == "Berg"
    assert editor.ui.postcodeEdit.hasFocus()
    assert editor.ui.postcodeEdit.accessibleDescription() == message
    assert everyone(db) == []
    assert window.statusBar().currentMessage() == ""

    editor.ui.postcodeEdit.clear()
    qtbot.keyClicks(editor.ui.postcodeEdit, "6871ab")
    qtbot.keyClick(editor.ui.postcodeEdit, Qt.Key.Key_Return)

    assert window.statusBar().currentMessage() == "Wijzigingen bewaard"
    assert everyone(db) == ["Berg, Jan van der"]
    assert editor.field_error("postcode") == ""
    assert not error_line.isVisible()
    assert editor.ui.postcodeEdit.text() == "6871 AB"  # shown as stored
    assert list_names(page) == ["Berg, Jan van der"]
    assert page.people.current_person() == editor.person_id
    assert editor.title.text() == "Jan van der Berg"


def test_every_wrong_field_gets_its_own_message_and_the_first_gets_focus(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    _window, page = open_netwerk(make_window, db)
    editor = page.editor
    editor.start_new()
    qtbot.keyClicks(editor.ui.emailEdit, "jan@")
    qtbot.keyClicks(editor.ui.geboortejaarEdit, "56")
    qtbot.keyClick(editor.ui.emailEdit, Qt.Key.Key_Return)
    assert editor.field_error("achternaam") == "Vul de achternaam in."
    assert editor.field_error("email").startswith("E-mailadres")
    assert editor.field_error("birth_year").startswith("Geboortejaar moet")
    assert editor.ui.achternaamEdit.hasFocus()


def test_editing_a_person_saves_with_ctrl_s_and_refreshes_the_list(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    person = add_person(db, voornaam="Kees", achternaam="Bos", telefoon="0612345678")
    window, page = open_netwerk(make_window, db)
    page.people.select_row(0)
    editor = page.editor
    assert editor.person_id == person
    assert editor.ui.telefoonEdit.text() == "06 12345678"
    assert not editor.save_button.isEnabled()

    editor.ui.achternaamEdit.selectAll()
    qtbot.keyClicks(editor.ui.achternaamEdit, "Bosman")
    assert editor.save_button.isEnabled()
    assert editor.subtitle.text() == "Wijzigingen nog niet opgeslagen"
    window.action(actions.SAVE).trigger()

    assert people.get_person(db, person).data.achternaam == "Bosman"
    assert list_names(page) == ["Bosman, Kees"]
    assert page.people.current_person() == person
    assert window.statusBar().currentMessage() == "Wijzigingen bewaard"


def test_escape_puts_the_saved_values_back(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    add_person(db, voornaam="Kees", achternaam="Bos")
    _window, page = open_netwerk(make_window, db)
    page.people.select_row(0)
    editor = page.editor
    editor.ui.voornaamEdit.setFocus()
    editor.ui.voornaamEdit.selectAll()
    qtbot.keyClicks(editor.ui.voornaamEdit, "Karel")
    qtbot.keyClick(editor.ui.voornaamEdit, Qt.Key.Key_Escape)
    assert editor.ui.voornaamEdit.text() == "Kees"
    assert not editor.is_dirty()


def test_unsaved_changes_are_not_lost_when_choosing_someone_else(
    qtbot: QtBot, make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    first = add_person(db, voornaam="Kees", achternaam="Aalders")
    second = add_person(db, voornaam="Els", achternaam="Bos")
    _window, page = open_netwerk(make_window, db)
    page.people.select_row(0)
    editor = page.editor
    editor.ui.voornaamEdit.setText("Karel")

    prompts.unsaved_answer = UnsavedAnswer.CANCEL
    page.people.select_row(1)
    assert prompts.asked == ["unsaved: Kees Aalders"]
    assert editor.person_id == first
    assert editor.ui.voornaamEdit.text() == "Karel"
    assert page.people.current_person() == first

    prompts.unsaved_answer = UnsavedAnswer.SAVE
    page.people.select_row(1)
    assert people.get_person(db, first).data.voornaam == "Karel"
    assert editor.person_id == second

    editor.ui.voornaamEdit.setText("Elsje")
    prompts.unsaved_answer = UnsavedAnswer.DISCARD
    page.people.select_row(0)
    assert editor.person_id == first
    assert people.get_person(db, second).data.voornaam == "Els"


def test_delete_asks_once_naming_the_person(
    qtbot: QtBot, make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    add_person(db, voornaam="Jan", tussenvoegsel="van der", achternaam="Berg")
    add_person(db, voornaam="Kees", achternaam="Bos")
    window, page = open_netwerk(make_window, db)
    page.people.select_row(0)
    editor = page.editor

    prompts.delete_answer = False
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert len(prompts.asked) == 1
    assert prompts.asked[0].startswith(
        "Jan van der Berg en alles wat bij deze persoon hoort verwijderen?"
    )
    assert "Dit kan niet ongedaan gemaakt worden." in prompts.asked[0]
    assert len(everyone(db)) == 2

    prompts.delete_answer = True
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert everyone(db) == ["Bos, Kees"]
    assert list_names(page) == ["Bos, Kees"]
    assert window.statusBar().currentMessage() == "Jan van der Berg is verwijderd."
    assert editor.title.text() == "Kees Bos"  # the next person in the list


def test_shortcuts_focus_search_and_start_a_new_person(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    add_person(db, voornaam="Kees", achternaam="Bos")
    _window, page = open_netwerk(make_window, db)
    page.people.select_row(0)
    page.people.table.setFocus()

    qtbot.keyClick(page.people.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.people.search

    qtbot.keyClick(page.people.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor.mode is Mode.NEW
    assert editor.title.text() == "Nieuwe persoon"
    assert all(edit.text() == "" for edit in editor._line_edits)
    assert editor.ui.notesEdit.toPlainText() == ""
    assert editor.ui.voornaamEdit.hasFocus()
    assert page.people.current_person() is None


def test_an_empty_network_invites_the_first_person(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    _window, page = open_netwerk(make_window, db)
    empty = page.people.empty
    assert page.people.stack.currentWidget() is empty
    assert empty.title.text() == "Nog niemand in het netwerk."
    assert empty.text.text() == "Voeg de eerste persoon toe."
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert page.editor.mode is Mode.NEW


def test_a_search_without_results_says_so(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    add_person(db, voornaam="Kees", achternaam="Bos")
    _window, page = open_netwerk(make_window, db)
    qtbot.keyClicks(page.people.search, "zzzq")
    assert page.people.empty.title.text() == "Niemand gevonden."
    assert page.people.empty.isVisible()


def test_scrolling_down_fetches_more_rows(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    add_people(db, 450)
    _window, page = open_netwerk(make_window, db)
    table = page.people.table
    assert page.people.model.rowCount() == people_search.PAGE_SIZE
    assert page.people.count_label.text() == "450 mensen"
    bar = table.verticalScrollBar()

    def scrolled_to_the_end() -> bool:
        bar.setValue(bar.maximum())  # as a user dragging the scroll bar down
        return page.people.model.rowCount() == 450

    qtbot.waitUntil(scrolled_to_the_end)
    assert list_names(page)[-1] == f"{surname(449)}, Jan"


def test_every_form_input_has_an_accessible_name(make_window: MakeWindow, db: Database) -> None:
    _window, page = open_netwerk(make_window, db)
    editor = page.editor
    inputs = [*editor._line_edits, *editor._checks, editor.ui.notesEdit]
    assert len(inputs) == 17
    for widget in inputs:
        assert widget.accessibleName() or widget.text(), widget.objectName()  # type: ignore[attr-defined]
    assert editor.ui.postcodeEdit.accessibleName() == "Postcode"


def test_ctrl_f_on_the_start_screen_goes_to_the_search_field(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window = make_window(db)
    assert window.current_part_id() == "vandaag"
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_part_id() == "netwerk"
    assert QApplication.focusWidget() is window.page("netwerk").people.search  # type: ignore[attr-defined]


def test_the_search_field_hands_over_to_the_list_and_escape_clears_it(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    add_person(db, voornaam="Els", achternaam="Visser")
    _window, page = open_netwerk(make_window, db)
    page.people.focus_search()
    qtbot.keyClicks(page.people.search, "bos")
    qtbot.keyClick(page.people.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.people.table
    assert page.editor.person_id == kees
    page.people.focus_search()
    qtbot.keyClick(page.people.search, Qt.Key.Key_Escape)
    assert page.people.search.text() == ""
    assert len(list_names(page)) == 2


def test_the_panel_division_is_remembered(make_window: MakeWindow, db: Database) -> None:
    window, page = open_netwerk(make_window, db)
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([total - 700, 700])
    window.close()
    _second_window, second_page = open_netwerk(make_window, db)
    assert second_page.splitter.sizes()[1] == 700


def test_saving_someone_deleted_on_another_pc_explains_it_and_keeps_the_typing(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    person = add_person(db, voornaam="Kees", achternaam="Bos")
    window, page = open_netwerk(make_window, db)
    page.people.select_row(0)
    editor = page.editor
    people.delete_person(db, person)  # meanwhile, at the other desk
    editor.ui.voornaamEdit.setText("Karel")
    assert not editor.save()
    assert editor.banner.isVisible()
    assert editor.banner.text().startswith("Deze persoon bestaat niet meer.")
    assert editor.ui.voornaamEdit.text() == "Karel"
    assert window.statusBar().currentMessage() == ""

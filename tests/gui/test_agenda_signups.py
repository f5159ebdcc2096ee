"""The occurrence panel as a coordinator uses it at the door: signing people up from the
network and as walk-ins, the waiting list and whom to call, checking in with the space bar,
and the counts above it all following along."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.gui.agenda.signups.door_model import NAME, PRESENT, STATUS
from buurtdesk.gui.agenda.signups.panel import OccurrencePanel
from buurtdesk.gui.pickers import Choice
from buurtdesk.services import regulars, signups
from buurtdesk.services.signups_types import WalkInInput
from tests.gui.agenda_signups_world import Desk, make_desk, plan
from tests.services.signups_world import add_person

# The window's own words in English (the source texts); the services' messages are Dutch.
pytestmark = pytest.mark.parametrize("language", ["en"], indirect=True)


@pytest.fixture
def desk(qtbot: QtBot, db: Database, language: str) -> Iterator[Desk]:
    yield from make_desk(qtbot, db)


def sign_up(desk: Desk, person_id: int, name: str, party_size: int = 1) -> None:
    door = desk.panel.door
    door.register_button.click()
    form = door.register_form
    form.picker.set_choice(Choice(person_id, name))
    form.party.setValue(party_size)
    form.save_button.click()


def row_of(panel: OccurrencePanel, name: str) -> int:
    model = panel.door.model
    rows = [r for r in range(model.rowCount()) if model.door_row(r).name == name]
    assert rows, f"{name} not on the door list: {model.texts(NAME)}"
    return rows[0]


def test_a_person_signed_up_appears_and_the_counts_follow(desk: Desk, db: Database) -> None:
    planned = plan(db, capacity=20)
    jan = add_person(db, "Jan", "Vries", tussenvoegsel="de", telefoon="0612345678")
    desk.panel.show_occurrence(planned.first)
    assert desk.panel.door.empty.isVisible()
    assert "Expected 0" in desk.counts_text()

    sign_up(desk, jan, "Jan de Vries", party_size=2)

    panel = desk.panel
    row = row_of(panel, "Jan de Vries")
    assert panel.door.model.texts(STATUS)[row] == "signed up"
    assert desk.counts_text().startswith("Expected 2 · Present 0 · Walk-ins 0 · Waiting list 0")
    assert "Free 18 of 20" in desk.counts_text()
    assert desk.status[-1] == "Jan de Vries is aangemeld (2 personen)."
    form = panel.door.register_form
    assert form.is_open()  # ready for the next person
    assert form.picker.text() == ""


def test_the_third_on_a_capacity_of_two_goes_on_the_waiting_list(desk: Desk, db: Database) -> None:
    planned = plan(db, capacity=2)
    people = [add_person(db, first, "Bakker") for first in ("Ans", "Bert", "Cor")]
    desk.panel.show_occurrence(planned.first)
    for person_id, first in zip(people, ("Ans", "Bert", "Cor"), strict=True):
        sign_up(desk, person_id, f"{first} Bakker")

    door = desk.panel.door
    assert door.model.texts(STATUS)[row_of(desk.panel, "Cor Bakker")] == "waiting list (place 1)"
    assert "wachtlijst (plaats 1)" in desk.status[-1]
    assert "Waiting list 1" in desk.counts_text()
    assert "Free 0 of 2" in desk.counts_text()


def test_signing_up_twice_is_refused_beside_the_picker(desk: Desk, db: Database) -> None:
    planned = plan(db)
    jan = add_person(db, "Jan", "Vries", tussenvoegsel="de")
    desk.panel.show_occurrence(planned.first)
    sign_up(desk, jan, "Jan de Vries")
    form = desk.panel.door.register_form
    form.picker.set_choice(Choice(jan, "Jan de Vries"))
    form.save_button.click()

    message = form.errors.message("person")
    assert message.startswith("Jan de Vries is al aangemeld")
    assert form.picker.text() == "Jan de Vries"  # the choice stays
    assert len(signups.door_list(db, planned.first)) == 1


def test_cancelling_names_whom_to_call_until_dismissed(desk: Desk, db: Database) -> None:
    planned = plan(db, capacity=1)
    ans = add_person(db, "Ans", "Bakker")
    fatima = add_person(db, "Fatima", "Amrani", tussenvoegsel="El", telefoon="0612345678")
    desk.panel.show_occurrence(planned.first)
    sign_up(desk, ans, "Ans Bakker")
    sign_up(desk, fatima, "Fatima El Amrani")
    door = desk.panel.door
    door.table.select_row(row_of(desk.panel, "Ans Bakker"))

    door.cancel_button.click()
    assert door.question.isVisible()
    assert "Ans Bakker" in door.question.text()
    door.question.yes_button.click()

    assert door.notices.isVisible()
    [notice] = door.notices.texts()
    assert notice.startswith("Call Fatima el Amrani (06")
    assert "waiting list to signed up" in notice
    assert door.model.texts(STATUS)[row_of(desk.panel, "Fatima el Amrani")] == "signed up"
    assert "Ans Bakker" not in door.model.texts(NAME)
    # The notice stays while the coordinator works on, until it is dismissed.
    desk.panel.show_occurrence(planned.first)
    assert door.notices.texts() == [notice]
    dismiss = door.notices.findChild(type(door.cancel_button), "dismissNotice")
    assert dismiss is not None
    dismiss.click()
    assert door.notices.isHidden()


def test_a_regular_who_will_not_come_frees_the_place_for_the_waiting_list(
    desk: Desk, db: Database
) -> None:
    planned = plan(db, capacity=1)
    kees = add_person(db, "Kees", "Bos")
    regulars.add_regular(db, planned.activity_id, kees)
    fatima = add_person(db, "Fatima", "Amrani", tussenvoegsel="El", telefoon="0612345678")
    desk.panel.show_occurrence(planned.first)
    sign_up(desk, fatima, "Fatima El Amrani")  # the regular keeps the one place: she waits
    door = desk.panel.door
    assert door.model.texts(STATUS)[row_of(desk.panel, "Fatima el Amrani")].startswith(
        "waiting list"
    )
    door.table.select_row(row_of(desk.panel, "Kees Bos"))
    assert door.cancel_button.isEnabled()

    door.cancel_button.click()
    assert "Kees Bos will not come to this date?" in door.question.text()
    door.question.yes_button.click()

    [notice] = door.notices.texts()
    assert notice.startswith("Call Fatima el Amrani (06")
    assert "Kees Bos" not in door.model.texts(NAME)
    assert door.model.texts(STATUS)[row_of(desk.panel, "Fatima el Amrani")] == "signed up"


def test_a_walk_in_without_phone_or_email_keeps_the_typing(
    qtbot: QtBot, desk: Desk, db: Database
) -> None:
    planned = plan(db)
    desk.panel.show_occurrence(planned.first)
    door = desk.panel.door
    door.walk_in_button.click()
    form = door.walk_in_form
    qtbot.keyClicks(form.name, "Henk Smit")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # Enter saves

    assert "telefoonnummer of een e-mailadres" in form.errors.message("phone")
    assert form.name.text() == "Henk Smit"
    assert form.phone.hasFocus()
    assert door.model.rowCount() == 0

    qtbot.keyClicks(form.phone, "06 87654321")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    assert form.errors.message("phone") == ""
    assert form.is_open()  # empty for the next one
    assert form.name.text() == ""
    row = row_of(desk.panel, "Henk Smit")
    assert door.model.texts(STATUS)[row] == "walk-in"
    assert door.model.texts(PRESENT)[row] == "present"  # "inside now" is ticked by default
    assert "Walk-ins 1" in desk.counts_text()

    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert not form.is_open()


def test_the_space_bar_checks_in_and_out(qtbot: QtBot, desk: Desk, db: Database) -> None:
    planned = plan(db)
    jan = add_person(db, "Jan", "Vries", tussenvoegsel="de")
    signups.register_person(db, planned.first, jan)
    desk.panel.show_occurrence(planned.first)
    door = desk.panel.door
    door.table.select_row(0)
    door.table.setFocus()

    qtbot.keyClick(door.table, Qt.Key.Key_Space)
    assert door.model.texts(PRESENT)[0] == "present"
    assert door.model.index(0, PRESENT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert "Present 1" in desk.counts_text()
    assert desk.status[-1] == "Jan de Vries is binnen."

    qtbot.keyClick(door.table, Qt.Key.Key_Space)
    assert door.model.texts(PRESENT)[0] == ""
    assert "Present 0" in desk.counts_text()


def test_a_click_in_the_present_column_checks_in(qtbot: QtBot, desk: Desk, db: Database) -> None:
    planned = plan(db)
    signups.register_walk_in(db, planned.first, WalkInInput("Els Kok", phone="0611111111"))
    desk.panel.show_occurrence(planned.first)
    table = desk.panel.door.table
    rect = table.visualRect(table.model().index(0, PRESENT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert desk.panel.door.model.texts(PRESENT)[0] == "present"


def test_ctrl_f_searches_the_door_list(qtbot: QtBot, desk: Desk, db: Database) -> None:
    planned = plan(db)
    for first in ("Ans", "Bert"):
        signups.register_person(db, planned.first, add_person(db, first, "Bakker"))
    signups.register_walk_in(db, planned.first, WalkInInput("Els Kok", phone="0611111111"))
    desk.panel.show_occurrence(planned.first)
    door = desk.panel.door
    door.table.setFocus()
    qtbot.keyClick(door.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert door.search.hasFocus()

    qtbot.keyClicks(door.search, "bak")
    assert door.model.texts(NAME) == ["Ans Bakker", "Bert Bakker"]
    door.search.clear()
    qtbot.keyClicks(door.search, "0611")
    assert door.model.texts(NAME) == ["Els Kok"]
    door.search.setText("zzz")
    assert door.empty.isVisible()
    assert "zzz" in door.empty.text()


def test_a_change_elsewhere_refreshes_the_panel(desk: Desk, db: Database) -> None:
    planned = plan(db)
    desk.panel.show_occurrence(planned.first)
    result = signups.register_walk_in(db, planned.first, WalkInInput("Els Kok", email="e@k.nl"))
    desk.context.bus.publish(result.changes)  # as the kiosk's window would
    assert desk.panel.door.model.texts(NAME) == ["Els Kok"]
    assert "Expected 1" in desk.counts_text()


def test_nothing_chosen_shows_an_invitation(desk: Desk) -> None:
    desk.panel.show_occurrence(None)
    assert desk.panel.empty.isVisible()
    assert "Choose a date" in desk.panel.empty.title.text()

"""The other tabs of the occurrence panel: regulars (and whom to call), volunteers' shifts
and their hours over a period; and every table model passing Qt's model tester."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.gui.agenda.signups.door_model import NAME, STATUS, DoorListModel
from buurtdesk.gui.agenda.signups.regulars import RegularsModel
from buurtdesk.gui.agenda.signups.shift_models import HoursModel, ShiftsModel
from buurtdesk.gui.pickers import Choice
from buurtdesk.services import occurrences, regulars, shifts, signups
from buurtdesk.services.signups_types import WalkInInput
from tests.gui.agenda_signups_world import Desk, make_desk, plan
from tests.services.signups_world import add_person, make_regular

pytestmark = pytest.mark.parametrize("language", ["en"], indirect=True)
NOW = datetime.now()


@pytest.fixture
def desk(qtbot: QtBot, db: Database, language: str) -> Iterator[Desk]:
    yield from make_desk(qtbot, db, now=NOW)


def test_the_table_models_pass_the_model_tester(
    qtmodeltester: ModelTester, db: Database, language: str
) -> None:
    planned = plan(db, weeks=2, capacity=1)
    ans, bert = add_person(db, "Ans", "Bakker"), add_person(db, "Bert", "Bakker")
    signups.register_person(db, planned.first, ans)
    signups.register_person(db, planned.first, bert)  # on the waiting list
    signups.register_walk_in(
        db, planned.first, WalkInInput("Els Kok", phone="0611111111"), check_in=True
    )
    regulars.add_regular(db, planned.activity_id, add_person(db, "Cor", "Visser"))
    shifts.add_shift(db, planned.first, ans, "Koffie", "2,5")

    door = DoorListModel()
    door.set_door_rows(signups.door_list(db, planned.first))
    assert door.rowCount() == 4
    qtmodeltester.check(door)
    door.set_filter("bak")
    qtmodeltester.check(door)
    regular_rows = RegularsModel()
    regular_rows.set_rows(regulars.list_regulars(db, planned.activity_id))
    qtmodeltester.check(regular_rows)
    shift_rows = ShiftsModel()
    shift_rows.set_rows(shifts.shifts_for(db, planned.first))
    qtmodeltester.check(shift_rows)
    hours = HoursModel()
    hours.set_rows(shifts.volunteer_hours(db, date(2000, 1, 1), date(2100, 1, 1)))
    qtmodeltester.check(hours)


def test_a_regular_added_is_on_the_door_list_and_missed_ones_are_listed(
    desk: Desk, db: Database
) -> None:
    planned = plan(db, first_day=NOW.date() - timedelta(weeks=4), weeks=6)
    long_ago = NOW - timedelta(weeks=8)
    truus = add_person(db, "Truus", "Mulder", telefoon="0612121212")
    make_regular(db, planned.activity_id, truus, added=long_ago)
    today = planned.occurrence_ids[4]
    kees = add_person(db, "Kees", "Bos", telefoon="0612345670")
    panel = desk.panel
    panel.show_occurrence(today)
    panel.tabs.setCurrentWidget(panel.regulars)
    section = panel.regulars

    section.picker.set_choice(Choice(kees, "Kees Bos"))
    section.add_button.click()
    assert section.model.texts(0) == ["Kees Bos", "Truus Mulder"]
    assert desk.status[-1] == "Kees Bos is now a regular."
    assert section.not_seen_model.texts(0) == ["Truus Mulder"]
    assert section.not_seen_model.texts(1) == ["06 12121212"]

    panel.tabs.setCurrentWidget(panel.door)
    door = panel.door.model
    assert door.texts(NAME) == ["Kees Bos", "Truus Mulder"]
    assert door.texts(STATUS) == ["regular", "regular"]

    panel.tabs.setCurrentWidget(section)
    section.table.select_row(0)
    section.remove_button.click()
    assert "Kees Bos" in section.question.text()
    section.question.yes_button.click()
    assert section.model.texts(0) == ["Truus Mulder"]


def test_a_one_off_activity_has_no_regulars(desk: Desk, db: Database) -> None:
    planned = plan(db)
    desk.panel.show_occurrence(planned.first)
    desk.panel.tabs.setCurrentWidget(desk.panel.regulars)
    assert desk.panel.regulars.one_off.isVisible()


def test_shifts_add_up_in_the_hours_per_volunteer(qtbot: QtBot, desk: Desk, db: Database) -> None:
    planned = plan(db, weeks=2)
    ans = add_person(db, "Ans", "Bakker")
    bert = add_person(db, "Bert", "Bakker")
    shifts.add_shift(db, planned.occurrence_ids[1], ans, "Opruimen", "1")
    panel = desk.panel
    panel.show_occurrence(planned.first)
    panel.tabs.setCurrentWidget(panel.shifts)
    section = panel.shifts
    assert section.empty.isVisible()

    for person_id, name, task, hours in (
        (ans, "Ans Bakker", "Koffie", "2,5"),
        (bert, "Bert Bakker", "Ontvangst", "2"),
    ):
        section.add_button.click()
        section.picker.set_choice(Choice(person_id, name))
        qtbot.keyClicks(section.task, task)
        qtbot.keyClicks(section.hours, hours)
        qtbot.keyClick(section.hours, Qt.Key.Key_Return)
    assert section.model.texts(2) == ["2.5", "2"]
    assert section.total.text() == "Together 4.5 hours"

    section.add_button.click()
    section.picker.set_choice(Choice(ans, "Ans Bakker"))
    qtbot.keyClicks(section.hours, "veel")
    qtbot.keyClick(section.hours, Qt.Key.Key_Return)
    assert section.errors.message("hours") != ""
    assert section.hours.text() == "veel"
    qtbot.keyClick(section.hours, Qt.Key.Key_Escape)
    assert not section.form.is_open()

    panel.tabs.setCurrentWidget(panel.hours)
    day = occurrences.get_occurrence(db, planned.first).starts_at.date()
    panel.hours.set_period(day, day + timedelta(weeks=1))
    assert panel.hours.model.texts(0) == ["Ans Bakker", "Bert Bakker"]
    assert panel.hours.model.texts(1) == ["2", "1"]
    assert panel.hours.model.texts(2) == ["3.5", "2"]
    assert panel.hours.total.text() == "Together 5.5 hours by 2 volunteers"

    panel.hours.set_period(day + timedelta(days=1), day)
    assert "before the start date" in panel.hours.problem.text()

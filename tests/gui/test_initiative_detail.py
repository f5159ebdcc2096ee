"""The initiative panel beside the board, as a coordinator uses it: typing and saving,
errors beside their field, needs with Koppelen, the support log, the checklist, the
timeline, and the question before leaving unsaved changes. Real SQLite, data via services."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import ActivityInput
from buurtdesk.domain.agenda import Attendance
from buurtdesk.domain.network import ContactMoment, ContactMomentPerson
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.recurrence import Repeat, RepeatInput
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.context import AppContext, Navigator
from buurtdesk.gui.initiatives.detail.form import HISTORY, MONEY, NEEDS
from buurtdesk.gui.initiatives.detail.panel import InitiativePanel
from buurtdesk.gui.prompts import UnsavedAnswer
from buurtdesk.services import activities, contacts, initiatives, people, stages
from buurtdesk.services.contacts import ContactMomentInput
from tests.gui.conftest import ScriptedPrompts
from tests.services.agenda_helpers import occurrence_on
from tests.services.initiative_helpers import initiative, stage_ids, with_history

NOW = datetime(2026, 3, 22, 10, 0)


@dataclass
class Desk:
    context: AppContext
    panel: InitiativePanel
    prompts: ScriptedPrompts
    status: list[str] = field(default_factory=list)


@pytest.fixture
def desk(qtbot: QtBot, db: Database, language: str) -> Desk:
    status: list[str] = []
    prompts = ScriptedPrompts()
    context = AppContext(
        db=db,
        bus=ChangeBus(),
        navigator=Navigator(),
        prompts=prompts,
        show_status=status.append,
        now=lambda: NOW,
    )
    panel = InitiativePanel(context=context)
    qtbot.addWidget(panel)
    panel.resize(480, 650)
    panel.show()
    qtbot.waitExposed(panel)
    return Desk(context, panel, prompts, status)


def _person(db: Database, name: str, straat: str = "", **fields: object) -> int:
    voornaam, achternaam = name.split(" ", 1)
    data = PersonInput(
        voornaam=voornaam,
        achternaam=achternaam,
        straat=straat,
        woonplaats="Lindenhoven" if straat else "",
        **fields,  # type: ignore[arg-type]
    )
    return people.create_person(db, data).person_id


def test_every_model_passes_the_model_tester(
    qtmodeltester: ModelTester, desk: Desk, db: Database
) -> None:
    fatima = _person(db, "Fatima El Amrani", "Lindestraat")
    item = initiative(db, "Buurtmaaltijd", initiator_person_ids=(fatima,))
    ids = stage_ids(db)
    stages.add_checklist_item(
        db, ids["Idee"], "drie initiatiefnemers uit verschillende huishoudens"
    )
    initiatives.add_need(db, item, "vrijwilligers", "koks")
    contacts.record_contact_moment(
        db,
        ContactMomentInput(
            occurred_on=NOW.date(),
            summary="Eerste gesprek",
            person_ids=(fatima,),
            initiative_id=item,
            follow_up="Plek zoeken",
        ),
        today=NOW.date(),
    )
    _meal(db, item)
    panel = desk.panel
    assert panel.show_initiative(item)
    assert panel.activities.model.rowCount() == 1
    assert panel.needs.model.rowCount() == 1
    assert panel.support.model.rowCount() == 1
    assert panel.checklist.model.rowCount() == 1
    assert panel.timeline_model.rowCount() == 1
    for model in (
        panel.needs.model,
        panel.support.model,
        panel.checklist.model,
        panel.timeline_model,
        panel.activities.model,
    ):
        qtmodeltester.check(model)


def test_a_new_initiative_is_typed_and_saved(qtbot: QtBot, desk: Desk, db: Database) -> None:
    panel = desk.panel
    panel.new_initiative()
    assert panel.form.ui.titleEdit.hasFocus()
    qtbot.keyClicks(panel.form.ui.titleEdit, "Moestuin achter de flat")
    qtbot.keyClicks(panel.form.ui.nextStepEdit, "Bel Woonstad over de grond")
    qtbot.keyClicks(panel.form.due_edit, "1-4-2026")
    assert panel.subtitle.text() in ("Unsaved changes", "Wijzigingen nog niet opgeslagen")
    with qtbot.waitSignal(panel.saved) as saved:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    detail = initiatives.get_initiative(db, saved.args[0], today=NOW.date())
    assert detail.data.title == "Moestuin achter de flat"
    assert detail.data.next_step == "Bel Woonstad over de grond"
    assert detail.data.next_step_due == "01-04-2026"
    assert detail.stage == "Idee"
    assert panel.title.text() == "Moestuin achter de flat"
    assert "Idee" in panel.stage_line.text()
    assert not panel.is_dirty()


def test_a_wrong_amount_is_said_beside_its_field_and_the_typing_stays(
    qtbot: QtBot, desk: Desk, db: Database
) -> None:
    panel = desk.panel
    panel.new_initiative()
    qtbot.keyClicks(panel.form.ui.titleEdit, "Speeltuin opknappen")
    panel.form.setCurrentIndex(MONEY)
    qtbot.keyClicks(panel.form.ui.budgetAskedEdit, "twaalf euro")
    qtbot.keyClicks(panel.form.ui.budgetGrantedEdit, "1250,5")
    assert not panel.save()
    message = panel.form.error_text("budget_asked")
    assert message.startswith("Gevraagd bedrag: dit bedrag begrijp ik niet.")
    assert "1.250,50" in message
    assert panel.form.currentIndex() == MONEY
    assert panel.form.ui.budgetAskedEdit.hasFocus()
    assert panel.form.ui.budgetAskedEdit.text() == "twaalf euro"
    assert panel.form.ui.titleEdit.text() == "Speeltuin opknappen"
    assert initiatives.board(db, initiatives.BoardQuery(), today=NOW.date()) == []


def test_a_need_is_added_and_its_status_changed(qtbot: QtBot, desk: Desk, db: Database) -> None:
    item = initiative(db, "Buurtmaaltijd")
    panel = desk.panel
    panel.show_initiative(item)
    panel.form.setCurrentIndex(NEEDS)
    needs = panel.needs
    assert needs.empty.isVisible()
    needs.kind.setCurrentIndex(needs.kind.findData("plek"))
    qtbot.keyClicks(needs.description, "Een keuken voor 40 mensen")
    qtbot.keyClick(needs.description, Qt.Key.Key_Return)
    assert needs.model.rowCount() == 1
    index = needs.model.index(0, 0)
    assert index.data() in ("A place", "Een plek")
    assert needs.model.index(0, 1).data() == "Een keuken voor 40 mensen"
    assert needs.selected() is not None
    needs.status.setCurrentIndex(needs.status.findData("bezig"))
    needs.status.activated.emit(needs.status.currentIndex())
    [stored] = initiatives.needs_of(db, item)
    assert stored.status == "bezig"
    assert [h.to_status for h in stored.history] == ["open", "bezig"]
    assert needs.model.index(0, 2).data() in ("In progress", "Bezig")


def test_koppelen_ranks_with_reasons_and_kennismaken_records_a_contact_moment(
    qtbot: QtBot, desk: Desk, db: Database
) -> None:
    fatima = _person(db, "Fatima El Amrani", "Lindestraat")
    ali = _person(db, "Ali Bakker", "Lindestraat", skills=("koken",))
    _person(db, "Bram de Vries", "Eikenlaan", skills=("koken",))
    _person(db, "Carla Jansen", "Beukweg")
    item = initiative(db, "Buurtmaaltijd", initiator_person_ids=(fatima,))
    initiatives.add_need(db, item, "vrijwilligers", "koken")
    panel = desk.panel
    panel.show_initiative(item)
    panel.form.setCurrentIndex(NEEDS)
    needs = panel.needs
    needs.table.selectRow(0)
    qtbot.mouseClick(needs.match_button, Qt.MouseButton.LeftButton)
    match = needs.match
    assert needs.currentWidget() is match
    first = match.rows[0]
    assert first.name.text() == "Ali Bakker"
    assert first.reasons.text() == "vaardigheid: koken · woont in dezelfde straat"
    assert match.rows[1].name.text() == "Bram de Vries"
    qtbot.mouseClick(first.introduce_button, Qt.MouseButton.LeftButton)
    assert match.status_line.isVisible()
    assert match.status_line.text().startswith(
        ("Introduction recorded as a contact moment", "Kennismaking vastgelegd als contactmoment")
    )
    assert not first.introduce_button.isEnabled()
    with db.read() as session:
        moment = session.scalars(select(ContactMoment)).one()
        assert moment.initiative_id == item
        linked = set(
            session.scalars(
                select(ContactMomentPerson.person_id).where(
                    ContactMomentPerson.contact_moment_id == moment.id
                )
            )
        )
    assert linked == {fatima, ali}
    assert panel.support.model.rowCount() == 1  # the support log shows it at once


def test_a_contact_moment_is_added_to_the_support_log(
    qtbot: QtBot, desk: Desk, db: Database
) -> None:
    fatima = _person(db, "Fatima El Amrani", "Lindestraat")
    item = initiative(db, "Buurtmaaltijd", initiator_person_ids=(fatima,))
    panel = desk.panel
    panel.show_initiative(item)
    support = panel.support
    assert not support.empty.isHidden()
    support.start_adding()
    assert support.form_is_open()
    qtbot.keyClicks(support.form.summary, "Plek besproken met Fatima")
    qtbot.mouseClick(support.form.save_button, Qt.MouseButton.LeftButton)
    assert not support.form_is_open()
    [row] = initiatives.support_log(db, item)
    assert row.people == (people.get_person(db, fatima).full_name,)  # the initiator, filled in
    assert "Plek besproken met Fatima" in support.model.index(0, 0).data()


def test_ticking_a_checklist_item_stores_an_answer(desk: Desk, db: Database) -> None:
    ids = stage_ids(db)
    point = stages.add_checklist_item(db, ids["Idee"], "bonnetjes en foto's ingeleverd")
    item = initiative(db, "Buurtmaaltijd")
    panel = desk.panel
    panel.show_initiative(item)
    model = panel.checklist.model
    index = model.index(0, 0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    [state] = initiatives.get_initiative(db, item).checklist
    assert state.item_id == point.item_id
    assert state.done
    assert state.recorded_at is not None
    shown = model.index(0, 0)
    assert shown.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "\n" in shown.data()  # with when it was ticked


def test_the_timeline_shows_the_hand_counted_days(desk: Desk, db: Database) -> None:
    item = with_history(
        db,
        "Repair café",
        [
            ("Idee", datetime(2026, 3, 3, 9, 0)),
            ("Verkenning", datetime(2026, 3, 10, 16, 0)),
            ("Plan", datetime(2026, 3, 12, 8, 0)),
        ],
    )
    panel = desk.panel
    panel.show_initiative(item)
    model = panel.timeline_model
    rows = [
        (model.index(r, 0).data().split("\n")[0], model.index(r, 3).data())  # then the note
        for r in range(model.rowCount())
    ]
    assert rows == [("Idee", "7"), ("Verkenning", "2"), ("Plan", "10")]
    assert model.index(2, 2).data() in ("now", "nu")
    assert "(10 " in panel.stage_line.text()


def test_unsaved_changes_are_asked_about_before_leaving(
    qtbot: QtBot, desk: Desk, db: Database
) -> None:
    first = initiative(db, "Buurtmaaltijd")
    initiative(db, "Repair café")
    panel = desk.panel
    panel.show_initiative(first)
    assert panel.may_leave()  # nothing typed: nothing asked
    assert desk.prompts.asked == []
    qtbot.keyClick(panel.form.ui.titleEdit, Qt.Key.Key_End)
    qtbot.keyClicks(panel.form.ui.titleEdit, " op het plein")
    desk.prompts.unsaved_answer = UnsavedAnswer.CANCEL
    assert not panel.may_leave()
    assert desk.prompts.asked == ["unsaved: Buurtmaaltijd"]
    assert panel.form.ui.titleEdit.text() == "Buurtmaaltijd op het plein"
    desk.prompts.unsaved_answer = UnsavedAnswer.SAVE
    assert panel.may_leave()
    assert initiatives.get_initiative(db, first).data.title == "Buurtmaaltijd op het plein"


def _meal(db: Database, initiative_id: int | None, title: str = "Buurtmaaltijd") -> int:
    """Every other Wednesday from 25 Feb 2026: held 25 Feb and 11 Mar, next 25 Mar."""
    data = ActivityInput(
        title=title,
        date="25-2-2026",
        start="17:30",
        end="20:00",
        repeat=RepeatInput(Repeat.WEEKLY, interval=2, weekdays=(2,)),
        initiative_id=initiative_id,
    )
    return activities.create_activity(db, data, today=NOW.date()).activity_id


def _present(db: Database, occurrence_id: int, count: int) -> None:
    with db.write() as session:
        for _ in range(count):
            session.add(Attendance(occurrence_id=occurrence_id, checked_in_at=NOW))


def test_linked_activities_are_listed_and_open_their_next_date_in_the_agenda(
    qtbot: QtBot, desk: Desk, db: Database
) -> None:
    item = initiative(db, "Samen eten")
    meal = _meal(db, item)
    _present(db, occurrence_on(db, meal, date(2026, 2, 25)).id, 12)
    _present(db, occurrence_on(db, meal, date(2026, 3, 11)).id, 9)
    _meal(db, None, "Koffieochtend")  # not linked: not listed
    panel = desk.panel
    panel.show_initiative(item)
    panel.switcher.buttons[HISTORY].click()
    assert panel.activities.isVisible()
    assert not panel.activities.empty.isVisible()
    listed = panel.activities.list
    first = panel.activities.model.index(0, 0)
    assert panel.activities.model.rowCount() == 1
    assert first.data() == (
        "Buurtmaaltijd — om de week op woensdag · volgende: wo 25 mrt · "
        "2 keer gehouden, 21 aanwezig"
    )
    next_date = occurrence_on(db, meal, date(2026, 3, 25)).id
    navigator = desk.context.navigator
    with qtbot.waitSignal(navigator.occurrence_requested) as opened:
        qtbot.mouseClick(
            listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualRect(first).center()
        )
    assert opened.args == [next_date]
    listed.setFocus()
    with qtbot.waitSignal(navigator.occurrence_requested) as opened:
        qtbot.keyClick(listed, Qt.Key.Key_Return)
    assert opened.args == [next_date]


def test_without_activities_it_says_where_to_link_one_and_follows_the_agenda(
    desk: Desk, db: Database
) -> None:
    item = initiative(db, "Moestuin")
    panel = desk.panel
    panel.show_initiative(item)
    panel.switcher.buttons[HISTORY].click()
    assert panel.activities.empty.isVisible()
    assert not panel.activities.list.isVisible()
    assert panel.activities.empty.text() == (
        "Nog geen activiteiten. Koppel een activiteit aan dit initiatief in de Agenda "
        "(veld Initiatief)."
    )
    # Linked in the agenda's activity editor meanwhile: the agenda publishes its change.
    meal = _meal(db, None)
    detail = activities.get_activity(db, meal)
    saved = activities.update_activity(
        db, meal, replace(detail.data, initiative_id=item), today=NOW.date()
    )
    desk.context.bus.publish(saved.changes)
    assert panel.activities.list.isVisible()
    assert not panel.activities.empty.isVisible()
    assert panel.activities.model.index(0, 0).data().startswith("Buurtmaaltijd — ")

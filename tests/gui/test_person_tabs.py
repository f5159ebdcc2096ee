"""The tabs of the person panel as a user meets them: memberships, relationships and contact
moments, added with the keyboard, refused with a message beside the field, removed after
one question."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.netwerk.page import NetwerkPage
from buurtdesk.gui.netwerk.person_tabs import PersonTab
from buurtdesk.gui.netwerk.tabs.contact_moments import ContactMomentsTab
from buurtdesk.gui.netwerk.tabs.memberships import MembershipsTab
from buurtdesk.gui.netwerk.tabs.relationships import RelationshipsTab
from buurtdesk.services import contacts, memberships, organisations, relationships
from tests.gui.conftest import ScriptedPrompts, add_person

MakeWindow = Callable[..., MainWindow]
T = TypeVar("T", bound=PersonTab)
NOW = datetime(2026, 11, 30, 9, 15)
TODAY = NOW.date()

# Qt's offscreen platform (the tests' screen) cannot raise a drop-down list or give it the
# keyboard and says so; on a real screen the messages do not exist. A mark on each test:
# the conftest's own qt_log_ignore mark would shadow a module-wide one.
popups = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def organisation(db: Database, name: str, kind: str = "overig") -> int:
    return organisations.create_organisation(
        db, OrganisationInput(name=name, kind=kind)
    ).organisation_id


def open_tab(
    make_window: MakeWindow, db: Database, person_id: int, kind: type[T]
) -> tuple[MainWindow, NetwerkPage, T]:
    window = make_window(db, now=NOW)
    window.show_part("netwerk")
    page = window.page("netwerk")
    assert isinstance(page, NetwerkPage)
    page.open_person(person_id)
    tab = next(t for t in page.editor._extra_tabs if isinstance(t, kind))
    page.editor.tabs.setCurrentWidget(tab)
    return window, page, tab


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, key)


def test_the_tabs_stand_beside_the_details_in_dutch(make_window: MakeWindow, db: Database) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    _window, page, _tab = open_tab(make_window, db, kees, MembershipsTab)
    tabs = page.editor.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Gegevens",
        "Lidmaatschappen",
        "Relaties",
        "Contactmomenten",
    ]


@popups
def test_a_membership_is_added_with_the_keyboard(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    linde = organisation(db, "Woonstichting De Linde", "woningcorporatie")
    organisation(db, "Sportclub Lindenhoven", "sport")
    window, _page, tab = open_tab(make_window, db, kees, MembershipsTab)
    panel = tab.panel
    assert panel.empty.isVisible()
    assert panel.empty.text().startswith("Nog bij geen enkele organisatie.")

    press(qtbot, panel.add_button, Qt.Key.Key_Space)
    assert panel.form_title.text() == "Nieuw lidmaatschap"
    assert panel.picker.hasFocus()
    qtbot.keyClicks(panel.picker, "woonst")
    assert panel.picker.popup_texts() == ["Woonstichting De Linde — Woningcorporatie"]
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)  # takes it from the list
    assert panel.picker.chosen_id == linde
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)  # and on to the function
    assert panel.function_edit.hasFocus()
    qtbot.keyClicks(panel.function_edit, "huurdersraad")
    press(qtbot, panel.since.check, Qt.Key.Key_Space)
    panel.since.edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(panel.since.edit, "01032024")
    assert panel.since.edit.date() == QDate(2024, 3, 1)
    press(qtbot, panel.function_edit, Qt.Key.Key_Return)

    saved = memberships.memberships_of_person(db, kees)
    assert [(m.organisation_id, m.function, m.since, m.until) for m in saved] == [
        (linde, "huurdersraad", date(2024, 3, 1), None)
    ]
    assert window.statusBar().currentMessage() == "Wijzigingen bewaard"
    assert not panel.form_is_open()
    assert panel.memberships.texts(0) == ["Woonstichting De Linde"]
    assert panel.memberships.texts(2) == ["sinds 1 mrt 2024"]
    assert panel.selected_id() == saved[0].membership_id


@popups
def test_a_refused_membership_is_explained_beside_the_field_and_the_typing_kept(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    organisation(db, "Buurthuis De Linde")
    window, _page, tab = open_tab(make_window, db, kees, MembershipsTab)
    panel = tab.panel
    panel.start_adding()
    qtbot.keyClicks(panel.function_edit, "penningmeester")
    qtbot.keyClick(panel.function_edit, Qt.Key.Key_Return)
    assert panel.errors.message("other") == (
        "Kies een organisatie uit de lijst: typ een deel van de naam."
    )
    assert panel.picker.hasFocus()

    qtbot.keyClicks(panel.picker, "buurthuis")
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    panel.since.set_value(date(2025, 6, 1), TODAY)
    panel.until.set_value(date(2025, 1, 1), TODAY)
    press(qtbot, panel.function_edit, Qt.Key.Key_Return)

    message = panel.errors.message("until")
    assert message.startswith("Tot-datum ligt vóór de vanaf-datum.")
    assert panel.errors.line("until").picture.pixmap() is not None  # an icon, not colour alone
    assert panel.until.edit.hasFocus()
    assert panel.until.edit.accessibleDescription() == message
    assert panel.function_edit.text() == "penningmeester"
    assert panel.picker.text() == "Buurthuis De Linde"
    assert memberships.memberships_of_person(db, kees) == []
    assert window.statusBar().currentMessage() == ""

    qtbot.keyClick(panel.until.check, Qt.Key.Key_Space)  # no end date after all
    press(qtbot, panel.function_edit, Qt.Key.Key_Return)
    assert [m.function for m in memberships.memberships_of_person(db, kees)] == ["penningmeester"]
    assert panel.errors.message("until") == ""


def test_changing_and_removing_a_membership(
    qtbot: QtBot, make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    club = organisation(db, "Sportclub Lindenhoven", "sport")
    membership = memberships.add_membership(
        db, person_id=kees, organisation_id=club, function="trainer"
    ).membership_id
    window, _page, tab = open_tab(make_window, db, kees, MembershipsTab)
    panel = tab.panel
    panel.select_id(membership)
    press(qtbot, panel.table, Qt.Key.Key_Return)  # Enter on a row changes it
    assert panel.form_title.text() == "Lidmaatschap wijzigen"
    assert panel.fixed_name.text() == "Sportclub Lindenhoven"
    assert panel.function_edit.hasFocus()
    qtbot.keyClicks(panel.function_edit, "jeugdtrainer")
    qtbot.keyClick(panel.function_edit, Qt.Key.Key_Return)
    assert [m.function for m in memberships.memberships_of_person(db, kees)] == ["jeugdtrainer"]

    prompts.delete_answer = False
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == [
        "Het lidmaatschap van Kees Bos bij Sportclub Lindenhoven als jeugdtrainer weghalen? "
        "Alleen dit lidmaatschap verdwijnt; Kees Bos en Sportclub Lindenhoven blijven bestaan."
    ]
    assert len(memberships.memberships_of_person(db, kees)) == 1
    prompts.delete_answer = True
    press(qtbot, panel.table, Qt.Key.Key_Delete)
    assert memberships.memberships_of_person(db, kees) == []
    assert window.statusBar().currentMessage() == "Lidmaatschap weggehaald."
    assert panel.empty.isVisible()


def test_the_organisation_of_a_membership_opens_in_one_click(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    club = organisation(db, "Sportclub Lindenhoven", "sport")
    memberships.add_membership(db, person_id=kees, organisation_id=club)
    window, _page, tab = open_tab(make_window, db, kees, MembershipsTab)
    table = tab.panel.table
    rect = table.visualRect(tab.panel.memberships.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_part_id() == "organisaties"
    assert window.page("organisaties").editor.organisation_id == club  # type: ignore[attr-defined]


@popups
def test_a_relationship_is_added_worded_from_each_side_and_links_to_the_other(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    piet = add_person(db, voornaam="Piet", achternaam="Jansen")
    _window, page, tab = open_tab(make_window, db, kees, RelationshipsTab)
    panel = tab.panel
    press(qtbot, panel.add_button, Qt.Key.Key_Space)
    kinds = [panel.kind.itemText(i) for i in range(panel.kind.count())]
    assert "mentor van" in kinds
    assert "mentee van" in kinds
    panel.kind.setCurrentIndex(kinds.index("mentor van"))
    qtbot.keyClicks(panel.picker, "jansen")
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert panel.note_edit.hasFocus()
    qtbot.keyClicks(panel.note_edit, "sinds het straatfeest")
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)

    assert [
        (r.label, r.other_person_id) for r in relationships.relationships_of_person(db, kees)
    ] == [("mentor van", piet)]
    assert [r.label for r in relationships.relationships_of_person(db, piet)] == ["mentee van"]
    assert panel.relationships.sentence(0) == "mentor van Piet Jansen"
    assert panel.relationships.texts(2) == ["sinds het straatfeest"]

    table = panel.table
    rect = table.visualRect(panel.relationships.index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.person_id == piet
    assert page.people.current_person() == piet
    assert panel.relationships.sentence(0) == "mentee van Kees Bos"


@popups
def test_a_person_cannot_be_picked_as_their_own_relation(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    _window, _page, tab = open_tab(make_window, db, kees, RelationshipsTab)
    panel = tab.panel
    panel.start_adding()
    qtbot.keyClicks(panel.picker, "bos")
    assert panel.picker.popup_texts() == []
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)
    assert panel.errors.message("other_person_id").startswith("Kies een persoon uit de lijst")
    assert panel.picker.text() == "bos"


def test_removing_a_relationship_names_it(
    qtbot: QtBot, make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    els = add_person(db, voornaam="Els", achternaam="Visser")
    kind = next(k for k in relationships.list_kinds(db) if k.name == "buren")
    relationships.add_relationship(db, person_id=kees, other_person_id=els, kind_id=kind.kind_id)
    _window, _page, tab = open_tab(make_window, db, kees, RelationshipsTab)
    panel = tab.panel
    panel.table.select_row(0)
    prompts.delete_answer = True
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert prompts.asked[0].startswith("De relatie „buren Els Visser” weghalen?")
    assert relationships.relationships_of_person(db, kees) == []


@popups
def test_a_contact_moment_with_a_follow_up_is_written_inline(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    els = add_person(db, voornaam="Els", achternaam="Visser")
    linde = organisation(db, "Woonstichting De Linde", "woningcorporatie")
    window, page, tab = open_tab(make_window, db, kees, ContactMomentsTab)
    panel = tab.panel
    history = panel.history
    assert history.empty.text().startswith("Nog geen contactmomenten.")

    press(qtbot, history.add_button, Qt.Key.Key_Space)
    form = panel.form
    assert panel.form_is_open()
    assert form.title.text() == "Nieuw contactmoment"
    assert form.date_edit.hasFocus()
    assert form.date_edit.date() == QDate(2026, 11, 30)
    assert form.date_edit.displayFormat() == "dd-MM-yyyy"
    calendar = form.date_edit.calendarWidget()
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    qtbot.keyClicks(form.date_edit, "27112026")
    press(qtbot, form.channel, Qt.Key.Key_End)  # the last kind, "Overig"…
    press(qtbot, form.channel, Qt.Key.Key_Home)  # …and back to the first: "Gesprek"
    qtbot.keyClick(form.channel, Qt.Key.Key_Down)
    qtbot.keyClick(form.channel, Qt.Key.Key_Down)
    qtbot.keyClick(form.channel, Qt.Key.Key_Down)
    assert form.channel.currentText() == "Huisbezoek"
    form.summary.setFocus()
    qtbot.keyClicks(form.summary, "Over de moestuin achter de flat.")
    form.people.picker.setFocus()
    qtbot.keyClicks(form.people.picker, "visser")
    qtbot.keyClick(form.people.picker, Qt.Key.Key_Return)
    assert form.people.names() == ["Els Visser"]
    form.organisations.picker.setFocus()
    qtbot.keyClicks(form.organisations.picker, "linde")
    qtbot.keyClick(form.organisations.picker, Qt.Key.Key_Return)
    form.follow_up.setFocus()
    qtbot.keyClicks(form.follow_up, "Sleutel van de schuur regelen")
    press(qtbot, form.due.check, Qt.Key.Key_Space)
    assert form.due.edit.date() == QDate(2026, 12, 7)  # a week ahead to start with
    press(qtbot, form.follow_up, Qt.Key.Key_Return)

    assert not panel.form_is_open()
    assert window.statusBar().currentMessage() == "Wijzigingen bewaard"
    [moment] = contacts.contact_moments_of_person(db, kees)
    assert moment.occurred_on == date(2026, 11, 27)
    assert moment.channel == "huisbezoek"
    assert moment.summary_preview == "Over de moestuin achter de flat."
    assert {p.id for p in moment.people} == {kees, els}
    assert [o.id for o in moment.organisations] == [linde]
    assert (moment.follow_up, moment.follow_up_due) == (
        "Sleutel van de schuur regelen",
        date(2026, 12, 7),
    )
    assert history.moments.texts(0) == [
        "vr 27 nov 2026 · Huisbezoek · met Els Visser, Woonstichting De Linde. "
        "Over de moestuin achter de flat. "
        "Vervolgactie: Sleutel van de schuur regelen — uiterlijk ma 7 dec 2026."
    ]
    assert QApplication.focusWidget() is history.table
    assert page.editor.person_id == kees


def test_a_refused_contact_moment_keeps_the_typing(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    _window, _page, tab = open_tab(make_window, db, kees, ContactMomentsTab)
    panel = tab.panel
    panel.start_adding()
    form = panel.form
    form.summary.setPlainText("Gebeld over de buurtbarbecue.")
    form.due.check.setChecked(True)
    press(qtbot, form.follow_up, Qt.Key.Key_Return)
    assert form.errors.message("follow_up").startswith(
        "Er staat een datum voor de vervolgactie, maar geen vervolgactie."
    )
    assert form.follow_up.hasFocus()
    assert form.summary.toPlainText() == "Gebeld over de buurtbarbecue."
    assert panel.form_is_open()
    assert contacts.contact_moments_of_person(db, kees) == []

    qtbot.keyClick(form.follow_up, Qt.Key.Key_Escape)  # Escape closes the form, nothing saved
    assert not panel.form_is_open()
    assert contacts.contact_moments_of_person(db, kees) == []


def test_a_follow_up_is_ticked_off_and_a_moment_changed_and_deleted_from_the_history(
    qtbot: QtBot, make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    moment = contacts.record_contact_moment(
        db,
        contacts.ContactMomentInput(
            occurred_on=TODAY - timedelta(days=3),
            channel="telefoon",
            summary="Belde over de lantaarnpaal.",
            person_ids=(kees,),
            follow_up="Melding doen bij de gemeente",
            follow_up_due=TODAY - timedelta(days=1),
        ),
        today=TODAY,
    ).contact_moment_id
    window, _page, tab = open_tab(make_window, db, kees, ContactMomentsTab)
    history = tab.panel.history
    assert history.moments.texts(0)[0].endswith(
        "Vervolgactie: Melding doen bij de gemeente — te laat, sinds zo 29 nov 2026."
    )
    history.table.select_row(0)
    assert history.done_button.text() == "Afgerond"
    assert history.done_button.accessibleName() == "De vervolgactie afvinken"
    qtbot.mouseClick(history.done_button, Qt.MouseButton.LeftButton)
    assert contacts.open_follow_ups(db, today=TODAY) == []
    assert history.moments.texts(0)[0].endswith("— afgerond.")
    assert history.done_button.text() == "Weer openzetten"
    qtbot.mouseClick(history.done_button, Qt.MouseButton.LeftButton)
    assert len(contacts.open_follow_ups(db, today=TODAY)) == 1
    assert window.statusBar().currentMessage() == "Vervolgactie staat weer open."

    press(qtbot, history.table, Qt.Key.Key_Return)
    form = tab.panel.form
    assert form.title.text() == "Contactmoment wijzigen"
    assert form.summary.toPlainText() == "Belde over de lantaarnpaal."
    assert form.channel.currentText() == "Telefoon"
    form.summary.setPlainText("Belde over de kapotte lantaarnpaal.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    detail = contacts.get_contact_moment(db, moment)
    assert detail.data.summary == "Belde over de kapotte lantaarnpaal."
    assert detail.data.follow_up_due == TODAY - timedelta(days=1)

    prompts.delete_answer = True
    history.table.select_row(0)
    qtbot.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == [
        "Het contactmoment van vr 27 nov 2026 (Telefoon) verwijderen? "
        "Het verslag en de vervolgactie verdwijnen ook. Dit kan niet ongedaan gemaakt worden."
    ]
    assert contacts.contact_moments_of_person(db, kees) == []
    assert window.statusBar().currentMessage() == "Contactmoment verwijderd."


def test_the_tabs_follow_the_person_shown(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    els = add_person(db, voornaam="Els", achternaam="Visser")
    club = organisation(db, "Sportclub Lindenhoven", "sport")
    memberships.add_membership(db, person_id=els, organisation_id=club, function="lid")
    _window, page, tab = open_tab(make_window, db, kees, MembershipsTab)
    panel = tab.panel
    assert panel.memberships.rowCount() == 0
    panel.start_adding()
    page.open_person(els)
    assert not panel.form_is_open()  # a half-filled form does not travel to someone else
    assert panel.memberships.texts(1) == ["lid"]
    page.editor.start_new()
    assert not page.editor.tabs.isTabEnabled(page.editor.tabs.indexOf(tab))


def test_a_half_written_contact_moment_waits_for_its_person(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    els = add_person(db, voornaam="Els", achternaam="Visser")
    window, page, tab = open_tab(make_window, db, kees, ContactMomentsTab)
    panel = tab.panel
    panel.start_adding()
    qtbot.keyClicks(panel.form.summary, "Kees vertelde over")
    page.open_person(els)  # someone else, before saving
    assert not panel.form_is_open()
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Het contactmoment voor Kees Bos is nog niet opgeslagen;")
    )
    page.open_person(kees)
    assert panel.form_is_open()
    assert panel.form.summary.toPlainText() == "Kees vertelde over"
    qtbot.keyClicks(panel.form.summary, " de buurtmoestuin.")
    qtbot.mouseClick(panel.form.save_button, Qt.MouseButton.LeftButton)
    [moment] = contacts.contact_moments_of_person(db, kees)
    assert moment.summary_preview == "Kees vertelde over de buurtmoestuin."
    page.open_person(els)
    page.open_person(kees)
    assert not panel.form_is_open()  # saved: nothing kept any more


def test_tab_goes_down_the_membership_form_to_its_buttons(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    _window, _page, tab = open_tab(make_window, db, kees, MembershipsTab)
    panel = tab.panel
    panel.start_adding()
    visited = [QApplication.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        panel.picker,
        panel.function_edit,
        panel.since.check,  # the date fields are skipped while their box is not ticked
        panel.until.check,
        panel.save_button,
        panel.cancel_button,
    ]

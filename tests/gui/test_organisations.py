"""The Organisaties part: search and filter, the inline panel (add, change, delete), its
members and contact moments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.gui import actions
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.organisations.page import OrganisationsPage
from buurtdesk.gui.record_editor import Mode
from buurtdesk.services import contacts, memberships, organisations
from buurtdesk.services.organisations import OrganisationQuery
from tests.gui.conftest import ScriptedPrompts, add_person

MakeWindow = Callable[..., MainWindow]
NOW = datetime(2026, 11, 30, 9, 15)

popups = pytest.mark.qt_log_ignore(  # see test_person_tabs: offscreen drop-down notices
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def add_organisation(db: Database, name: str, kind: str = "overig", **fields: str) -> int:
    data = OrganisationInput(name=name, kind=kind, **fields)
    return organisations.create_organisation(db, data).organisation_id


def open_part(make_window: MakeWindow, db: Database) -> tuple[MainWindow, OrganisationsPage]:
    window = make_window(db, now=NOW)
    window.show_part("organisaties")
    page = window.page("organisaties")
    assert isinstance(page, OrganisationsPage)
    return window, page


def names(page: OrganisationsPage) -> list[str]:
    return page.organisations.model.texts(0)


def stored(db: Database) -> list[str]:
    return [row.name for row in organisations.search_organisations(db, OrganisationQuery())]


def test_organisaties_has_its_own_place_in_the_navigation(
    make_window: MakeWindow, db: Database
) -> None:
    window = make_window(db)
    navigation = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert navigation == [
        "Vandaag",
        "Netwerk",
        "Organisaties",
        "Agenda",
        "Initiatieven",
        "Vervolgacties",
    ]


def test_an_empty_list_invites_the_first_organisation(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    _window, page = open_part(make_window, db)
    empty = page.organisations.empty
    assert page.organisations.stack.currentWidget() is empty
    assert (empty.title.text(), empty.text.text()) == (
        "Nog geen organisaties.",
        "Voeg de eerste organisatie toe.",
    )
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert page.editor.mode is Mode.NEW
    assert page.editor.form.name_edit.hasFocus()


def test_search_as_you_type_and_the_kind_filter(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    add_organisation(db, "Basisschool De Linde", "school")
    add_organisation(db, "Woonstichting De Linde", "woningcorporatie")
    add_organisation(db, "Sportclub Lindenhoven", "sport")
    _window, page = open_part(make_window, db)
    listing = page.organisations
    assert listing.count_label.text() == "3 organisaties"
    qtbot.keyClicks(listing.search, "linde")
    assert names(page) == [
        "Basisschool De Linde",
        "Sportclub Lindenhoven",
        "Woonstichting De Linde",
    ]
    qtbot.keyClicks(listing.search, " st")
    assert names(page) == ["Woonstichting De Linde"]
    assert listing.count_label.text() == "1 organisatie"
    listing.search.clear()
    kinds = [listing.kind.itemText(i) for i in range(listing.kind.count())]
    assert kinds[:3] == ["Alle soorten", "Woningcorporatie", "Gemeente"]
    listing.kind.setCurrentIndex(kinds.index("School"))
    assert names(page) == ["Basisschool De Linde"]
    qtbot.keyClicks(listing.search, "x")
    assert listing.empty.title.text() == "Geen organisatie gevonden."
    qtbot.keyClick(listing.search, Qt.Key.Key_Escape)
    assert listing.search.text() == ""


def test_a_new_organisation_is_made_with_the_keyboard_and_errors_stay_beside_their_field(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    window, page = open_part(make_window, db)
    qtbot.keyClick(page.organisations.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    form = editor.form
    assert editor.mode is Mode.NEW
    assert editor.title.text() == "Nieuwe organisatie"
    assert form.name_edit.hasFocus()
    qtbot.keyClicks(form.name_edit, "Buurthuis De Linde")
    form.kind.setCurrentIndex(form.kind.findText("Welzijnsorganisatie"))
    qtbot.keyClicks(form.postcode_edit, "0123 AB")
    qtbot.keyClicks(form.website_edit, "de linde")
    qtbot.keyClick(form.website_edit, Qt.Key.Key_Return)

    assert form.errors.message("postcode").startswith("Een postcode begint nooit met een 0.")
    assert form.errors.message("website").startswith("Website klopt niet.")
    assert form.postcode_edit.hasFocus()  # the first wrong field, in form order
    assert form.postcode_edit.text() == "0123 AB"
    assert form.name_edit.text() == "Buurthuis De Linde"
    assert stored(db) == []
    assert window.statusBar().currentMessage() == ""

    form.postcode_edit.clear()
    qtbot.keyClicks(form.postcode_edit, "6871ab")
    form.website_edit.clear()
    qtbot.keyClicks(form.website_edit, "www.buurthuisdelinde.nl")
    qtbot.keyClick(form.website_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert stored(db) == ["Buurthuis De Linde"]
    assert window.statusBar().currentMessage() == "Wijzigingen bewaard"
    assert form.errors.message("postcode") == ""
    assert form.postcode_edit.text() == "6871 AB"
    assert editor.mode is Mode.EXISTING
    assert editor.title.text() == "Buurthuis De Linde"
    assert names(page) == ["Buurthuis De Linde"]
    assert page.organisations.current_organisation() == editor.organisation_id
    assert page.organisations.model.texts(1) == ["Welzijnsorganisatie"]


def test_changing_saves_with_the_save_action_and_escape_puts_back(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    linde = add_organisation(
        db, "Woonstichting De Linde", "woningcorporatie", telefoon="0318123456"
    )
    window, page = open_part(make_window, db)
    page.organisations.select_row(0)
    editor = page.editor
    assert editor.organisation_id == linde
    assert editor.form.telefoon_edit.text() == "0318 123 456"
    assert not editor.save_button.isEnabled()

    editor.form.name_edit.setFocus()
    editor.form.name_edit.selectAll()
    qtbot.keyClicks(editor.form.name_edit, "Woonstad")
    qtbot.keyClick(editor.form.name_edit, Qt.Key.Key_Escape)
    assert editor.form.name_edit.text() == "Woonstichting De Linde"
    assert not editor.is_dirty()

    qtbot.keyClick(editor.form.name_edit, Qt.Key.Key_End)
    qtbot.keyClicks(editor.form.name_edit, " (kantoor)")
    assert editor.subtitle.text() == "Wijzigingen nog niet opgeslagen"
    window.action(actions.SAVE).trigger()
    assert organisations.get_organisation(db, linde).name == "Woonstichting De Linde (kantoor)"
    assert names(page) == ["Woonstichting De Linde (kantoor)"]


def test_delete_asks_once_listing_what_goes_with_it(
    qtbot: QtBot, make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    linde = add_organisation(db, "Woonstichting De Linde", "woningcorporatie")
    add_organisation(db, "Sportclub Lindenhoven", "sport")
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    els = add_person(db, voornaam="Els", achternaam="Visser")
    memberships.add_membership(db, person_id=kees, organisation_id=linde, function="huismeester")
    memberships.add_membership(db, person_id=els, organisation_id=linde)
    moment = contacts.record_contact_moment(
        db,
        contacts.ContactMomentInput(
            occurred_on=NOW.date(), summary="Overleg", organisation_ids=(linde,)
        ),
        today=NOW.date(),
    ).contact_moment_id
    window, page = open_part(make_window, db)
    page.organisations.select_row(1)
    editor = page.editor
    assert editor.organisation_id == linde
    assert editor.subtitle.text() == "2 mensen gekoppeld"

    prompts.delete_answer = False
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == [
        "Woonstichting De Linde verwijderen? Hieraan gekoppeld: 2 lidmaatschappen, "
        "1 contactmoment. De lidmaatschappen verdwijnen mee; contactmomenten, initiatieven "
        "en activiteiten blijven, maar zonder Woonstichting De Linde. "
        "Dit kan niet ongedaan gemaakt worden."
    ]
    assert len(stored(db)) == 2

    prompts.delete_answer = True
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert stored(db) == ["Sportclub Lindenhoven"]
    assert memberships.memberships_of_person(db, kees) == []
    assert contacts.get_contact_moment(db, moment).organisations == ()
    assert window.statusBar().currentMessage() == "Woonstichting De Linde is verwijderd."
    assert editor.title.text() == "Sportclub Lindenhoven"  # the next one in the list


@popups
def test_a_member_is_added_from_the_organisation_and_opens_in_netwerk(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    linde = add_organisation(db, "Woonstichting De Linde", "woningcorporatie")
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    window, page = open_part(make_window, db)
    page.organisations.select_row(0)
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.members)
    members = editor.members
    assert members.empty.text() == "Nog niemand bij deze organisatie. Voeg het eerste lid toe."
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    assert members.form_title.text() == "Nieuw lid"
    qtbot.keyClicks(members.picker, "bos")
    qtbot.keyClick(members.picker, Qt.Key.Key_Return)
    qtbot.keyClick(members.picker, Qt.Key.Key_Return)
    qtbot.keyClicks(members.function_edit, "bewonerscommissie")
    qtbot.keyClick(members.function_edit, Qt.Key.Key_Return)

    assert [(m.person_id, m.function) for m in memberships.members_of_organisation(db, linde)] == [
        (kees, "bewonerscommissie")
    ]
    assert members.memberships.texts(0) == ["Bos, Kees"]
    assert editor.subtitle.text() == "1 persoon gekoppeld"
    assert page.organisations.model.texts(5) == ["1"]  # the list counts members too

    members.table.select_row(0)
    qtbot.mouseClick(members.open_button, Qt.MouseButton.LeftButton)
    assert window.current_part_id() == "netwerk"
    assert window.page("netwerk").editor.person_id == kees  # type: ignore[attr-defined]


def test_the_contact_moments_of_an_organisation(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    linde = add_organisation(db, "Woonstichting De Linde", "woningcorporatie")
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    contacts.record_contact_moment(
        db,
        contacts.ContactMomentInput(
            occurred_on=NOW.date(),
            channel="bijeenkomst",
            summary="Overleg over de galerijen.",
            person_ids=(kees,),
            organisation_ids=(linde,),
        ),
        today=NOW.date(),
    )
    _window, page = open_part(make_window, db)
    page.organisations.select_row(0)
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.contacts)
    assert editor.contacts.history.moments.texts(0) == [
        "ma 30 nov 2026 · Bijeenkomst · met Kees Bos. Overleg over de galerijen."
    ]
    qtbot.mouseClick(editor.contacts.history.add_button, Qt.MouseButton.LeftButton)
    form = editor.contacts.form
    assert form.organisations.ids() == (linde,)  # the organisation itself takes part
    qtbot.keyClicks(form.summary, "Gebeld over de lift.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(contacts.contact_moments_of_organisation(db, linde)) == 2
    assert QApplication.focusWidget() is editor.contacts.history.table


def test_unsaved_changes_are_asked_about_before_another_organisation(
    make_window: MakeWindow, db: Database, prompts: ScriptedPrompts
) -> None:
    first = add_organisation(db, "Apotheek De Brink", "zorg")
    add_organisation(db, "Bakkerij Van Dam", "ondernemer")
    _window, page = open_part(make_window, db)
    page.organisations.select_row(0)
    page.editor.form.notes_edit.setPlainText("Open op zaterdag")
    page.organisations.select_row(1)
    assert prompts.asked == ["unsaved: Apotheek De Brink"]
    assert page.editor.organisation_id == first
    assert page.editor.form.notes_edit.toPlainText() == "Open op zaterdag"

"""Vervolgacties: every open follow-up, overdue first (in words and with an icon), one click
from its person or organisation, ticked off in place and unticked to undo; and the road
there from a contact moment and from Vandaag."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.gui.follow_ups.model import ABOUT, DONE, WHAT, WHEN
from buurtdesk.gui.follow_ups.page import FollowUpsPage
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.netwerk.page import NetwerkPage
from buurtdesk.gui.netwerk.tabs.contact_moments import ContactMomentsTab
from buurtdesk.gui.today.page import TodayPage
from buurtdesk.services import contacts, organisations
from tests.gui.conftest import add_person

MakeWindow = Callable[..., MainWindow]
NOW = datetime(2026, 11, 30, 9, 15)
TODAY = NOW.date()

popups = pytest.mark.qt_log_ignore(  # see test_person_tabs: offscreen drop-down notices
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def follow_up(
    db: Database,
    text: str,
    due: date | None,
    *,
    people: tuple[int, ...] = (),
    organisation_ids: tuple[int, ...] = (),
) -> int:
    return contacts.record_contact_moment(
        db,
        contacts.ContactMomentInput(
            occurred_on=TODAY - timedelta(days=20),
            summary="Gesproken bij de koffieochtend.",
            person_ids=people,
            organisation_ids=organisation_ids,
            follow_up=text,
            follow_up_due=due,
        ),
        today=TODAY,
    ).contact_moment_id


def open_follow_ups(window: MainWindow) -> FollowUpsPage:
    window.show_part("vervolgacties")
    page = window.page("vervolgacties")
    assert isinstance(page, FollowUpsPage)
    return page


def today_page(window: MainWindow) -> TodayPage:
    page = window.page("vandaag")
    assert isinstance(page, TodayPage)
    return page


def test_overdue_first_in_words_and_with_an_icon_and_the_filter(
    make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    els = add_person(db, voornaam="Els", achternaam="Visser")
    follow_up(db, "Flyers brengen", TODAY + timedelta(days=3), people=(kees,))
    follow_up(db, "Terugbellen over de moestuin", TODAY - timedelta(days=5), people=(els,))
    follow_up(db, "Ooit eens langs", None, people=(kees,))
    follow_up(db, "Vandaag mailen", TODAY, people=(els, kees))
    page = open_follow_ups(make_window(db, now=NOW))
    model = page.model
    assert page.summary.text() == "4 open, waarvan 1 te laat."
    assert model.texts(WHAT) == [
        "Terugbellen over de moestuin",
        "Vandaag mailen",
        "Flyers brengen",
        "Ooit eens langs",
    ]
    assert model.texts(WHEN) == [
        "te laat, sinds wo 25 nov 2026",
        "vandaag",
        "uiterlijk do 3 dec 2026",
        "geen datum",
    ]
    assert model.texts(ABOUT)[1] == "Kees Bos, Els Visser"
    overdue_icon = model.index(0, WHEN).data(Qt.ItemDataRole.DecorationRole)
    assert not overdue_icon.isNull()
    assert model.index(0, DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert page.detail_title.text() == "Terugbellen over de moestuin"
    assert page.detail_when.text() == "Wanneer: te laat, sinds wo 25 nov 2026"

    page.only_overdue.setChecked(True)
    assert model.texts(WHAT) == ["Terugbellen over de moestuin"]
    page.only_overdue.setChecked(False)
    assert model.rowCount() == 4


def test_each_follow_up_is_one_click_from_its_person_or_organisation(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    els = add_person(db, voornaam="Els", achternaam="Visser")
    linde = organisations.create_organisation(
        db, OrganisationInput(name="Woonstichting De Linde", kind="woningcorporatie")
    ).organisation_id
    follow_up(db, "Huismeester bellen", TODAY, people=(els,), organisation_ids=(linde,))
    follow_up(db, "Offerte opvragen", TODAY + timedelta(days=1), organisation_ids=(linde,))
    window = make_window(db, now=NOW)
    page = open_follow_ups(window)
    table = page.table
    rect = table.visualRect(page.model.index(0, ABOUT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_part_id() == "netwerk"
    assert window.page("netwerk").editor.person_id == els  # type: ignore[attr-defined]

    page = open_follow_ups(window)
    page.table.select_row(0)
    link = next(
        b for b in page.detail.findChildren(QPushButton) if b.text() == "Woonstichting De Linde"
    )
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.current_part_id() == "organisaties"
    assert window.page("organisaties").editor.organisation_id == linde  # type: ignore[attr-defined]

    page = open_follow_ups(window)
    page.table.select_row(1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # a follow-up about an organisation only
    assert window.current_part_id() == "organisaties"


def test_ticking_off_and_unticking_to_undo(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    moment = follow_up(db, "Flyers brengen", TODAY, people=(kees,))
    follow_up(db, "Sleutel halen", TODAY + timedelta(days=2), people=(kees,))
    window = make_window(db, now=NOW)
    page = open_follow_ups(window)
    model = page.model
    page.table.setFocus()
    page.table.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # tick with the keyboard

    assert [r.follow_up for r in contacts.open_follow_ups(db, today=TODAY)] == ["Sleutel halen"]
    assert contacts.get_contact_moment(db, moment).follow_up_done
    assert model.texts(WHAT) == ["Flyers brengen", "Sleutel halen"]  # still in sight…
    assert model.texts(WHEN)[0] == "afgerond"  # …saying it is done, struck through
    assert model.index(0, DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(0, WHAT).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert window.statusBar().currentMessage() == (
        "Vervolgactie afgerond. Vink haar uit om dat terug te draaien."
    )
    assert page.summary.text() == "1 open."
    assert page.done_button.text() == "Weer openzetten"

    model.setData(model.index(0, DONE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert len(contacts.open_follow_ups(db, today=TODAY)) == 2
    assert model.texts(WHEN)[0] == "vandaag"
    assert window.statusBar().currentMessage() == "Vervolgactie staat weer open."

    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    window.show_part("vandaag")
    page = open_follow_ups(window)  # opened again: what was done is gone
    assert page.model.texts(WHAT) == ["Sleutel halen"]


@popups
def test_a_follow_up_written_on_a_person_reaches_vervolgacties_and_vandaag_until_done(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    window = make_window(db, now=NOW)
    today = today_page(window)
    assert today.follow_up_summary.text() == "Niets om op te volgen."

    window.show_part("netwerk")
    netwerk = window.page("netwerk")
    assert isinstance(netwerk, NetwerkPage)
    netwerk.open_person(kees)
    tab = next(t for t in netwerk.editor._extra_tabs if isinstance(t, ContactMomentsTab))
    netwerk.editor.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.panel.history.add_button, Qt.MouseButton.LeftButton)
    form = tab.panel.form
    qtbot.keyClicks(form.summary, "Kees wil helpen met de kerstmarkt.")
    form.follow_up.setFocus()
    qtbot.keyClicks(form.follow_up, "Kees voorstellen aan de marktcommissie")
    form.due.check.setChecked(True)
    form.due.edit.setFocus()
    qtbot.keyClicks(form.due.edit, "02122026")
    qtbot.keyClick(form.follow_up, Qt.Key.Key_Return)
    assert [r.follow_up for r in contacts.open_follow_ups(db, today=TODAY)] == [
        "Kees voorstellen aan de marktcommissie"
    ]

    window.show_part("vandaag")
    assert today.follow_ups.row_texts() == [
        "wo 2 dec 2026: Kees voorstellen aan de marktcommissie (Kees Bos)"
    ]
    qtbot.mouseClick(today.all_follow_ups, Qt.MouseButton.LeftButton)
    assert window.current_part_id() == "vervolgacties"
    page = open_follow_ups(window)
    assert page.model.texts(WHAT) == ["Kees voorstellen aan de marktcommissie"]
    assert page.model.texts(WHEN) == ["uiterlijk wo 2 dec 2026"]

    page.table.select_row(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert contacts.open_follow_ups(db, today=TODAY) == []
    window.show_part("vandaag")
    assert today.follow_ups.row_texts() == []
    assert today.follow_up_summary.text() == "Niets om op te volgen."
    page = open_follow_ups(window)
    assert page.model.rowCount() == 0
    assert page.empty.title.text() == "Niets om op te volgen."


def test_a_follow_up_ticked_on_vandaag_leaves_the_list(
    qtbot: QtBot, make_window: MakeWindow, db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    follow_up(db, "Flyers brengen", TODAY, people=(kees,))
    window = make_window(db, now=NOW)
    page = open_follow_ups(window)
    assert page.model.rowCount() == 1
    window.show_part("vandaag")
    done = next(
        b for b in today_page(window).follow_ups.findChildren(QPushButton) if b.text() == "Afgerond"
    )
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    page = open_follow_ups(window)
    assert page.model.rowCount() == 0

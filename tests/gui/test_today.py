"""Vandaag: greeting and Dutch date, the size of the network, follow-ups due, overdue first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.gui.initiatives.page import InitiativesPage
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.today.page import TodayPage
from buurtdesk.services import contacts
from tests.gui.conftest import add_person
from tests.services.initiative_helpers import with_history

MONDAY_MORNING = datetime(2026, 11, 30, 9, 15)
TODAY = MONDAY_MORNING.date()


def follow_up(db: Database, person_id: int, text: str, due: date | None) -> int:
    saved = contacts.record_contact_moment(
        db,
        contacts.ContactMomentInput(
            occurred_on=TODAY - timedelta(days=10),
            summary="Gesprek bij de koffieochtend.",
            person_ids=(person_id,),
            follow_up=text,
            follow_up_due=due,
        ),
        today=TODAY,
    )
    return saved.contact_moment_id


def today_page(window: MainWindow) -> TodayPage:
    page = window.page("vandaag")
    assert isinstance(page, TodayPage)
    return page


def test_the_start_screen_greets_with_the_dutch_date_and_the_network_size(
    make_window: Callable[..., MainWindow], db: Database
) -> None:
    add_person(db, voornaam="Kees", achternaam="Bos")
    add_person(db, voornaam="Els", achternaam="Visser")
    window = make_window(db, now=MONDAY_MORNING)
    assert window.current_part_id() == "vandaag"
    page = today_page(window)
    assert page.greeting.text() == "Goedemorgen"
    assert page.date_label.text() == "maandag 30 november 2026"
    assert page.network_size.text() == "2 mensen in het netwerk."
    assert page.follow_up_summary.text() == "Niets om op te volgen."


def test_follow_ups_show_overdue_first_and_open_their_person_in_one_click(
    qtbot: QtBot, make_window: Callable[..., MainWindow], db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    els = add_person(db, voornaam="Els", achternaam="Visser")
    follow_up(db, kees, "Flyers brengen", TODAY + timedelta(days=3))
    follow_up(db, els, "Terugbellen over de moestuin", TODAY - timedelta(days=5))
    window = make_window(db, now=MONDAY_MORNING)
    page = today_page(window)
    assert page.follow_up_summary.text() == "2 open, waarvan 1 te laat."
    assert page.follow_ups.row_texts() == [
        "te laat, sinds wo 25 nov 2026: Terugbellen over de moestuin (Els Visser)",
        "do 3 dec 2026: Flyers brengen (Kees Bos)",
    ]

    link = next(b for b in page.follow_ups.findChildren(QPushButton) if b.text() == "Els Visser")
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.current_part_id() == "netwerk"
    netwerk = window.page("netwerk")
    assert netwerk.editor.person_id == els  # type: ignore[attr-defined]
    assert netwerk.people.current_person() == els  # type: ignore[attr-defined]


def test_a_follow_up_is_ticked_off_in_one_click(
    qtbot: QtBot, make_window: Callable[..., MainWindow], db: Database
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    moment = follow_up(db, kees, "Flyers brengen", TODAY)
    window = make_window(db, now=MONDAY_MORNING)
    page = today_page(window)
    assert page.follow_ups.row_texts() == ["vandaag: Flyers brengen (Kees Bos)"]
    done = next(b for b in page.follow_ups.findChildren(QPushButton) if b.text() == "Afgerond")
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert page.follow_ups.row_texts() == []
    assert page.follow_up_summary.text() == "Niets om op te volgen."
    assert window.statusBar().currentMessage() == "Vervolgactie afgerond."
    assert contacts.open_follow_ups(db, today=TODAY) == []
    assert moment


def test_the_network_size_follows_changes_made_elsewhere(
    qtbot: QtBot, make_window: Callable[..., MainWindow], db: Database
) -> None:
    window = make_window(db, now=MONDAY_MORNING)
    page = today_page(window)
    assert page.network_size.text() == "Nog niemand in het netwerk. Voeg de eerste persoon toe."
    window.show_part("netwerk")
    editor = window.page("netwerk").editor  # type: ignore[attr-defined]
    editor.start_new()
    qtbot.keyClicks(editor.ui.achternaamEdit, "Bos")
    qtbot.keyClick(editor.ui.achternaamEdit, Qt.Key.Key_Return)
    window.show_part("vandaag")
    assert page.network_size.text() == "1 persoon in het netwerk."


def test_the_start_screen_shows_the_most_urgent_and_points_to_the_rest(
    make_window: Callable[..., MainWindow], db: Database
) -> None:
    from buurtdesk.gui.today.follow_ups import MAX_SHOWN

    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    for day in range(MAX_SHOWN + 3):
        follow_up(db, kees, f"Bellen over punt {day + 1}", TODAY - timedelta(days=day + 1))
    page = today_page(make_window(db, now=MONDAY_MORNING))
    assert page.follow_ups.more.text() == "… en nog 3."
    assert not page.follow_ups.more.isHidden()
    assert not page.all_follow_ups.isHidden()


def test_stalled_initiatives_are_listed_and_open_on_the_board_in_one_click(
    qtbot: QtBot, make_window: Callable[..., MainWindow], db: Database
) -> None:
    koor = with_history(
        db, "Buurtkoor", [("Idee", datetime(2026, 9, 1, 10))], due=TODAY - timedelta(days=3)
    )
    with_history(
        db, "Taalcafé", [("Plan", datetime(2026, 11, 25, 10))], due=TODAY + timedelta(days=9)
    )
    window = make_window(db, now=MONDAY_MORNING)
    page = today_page(window)
    texts = page.stalled.row_texts()
    assert len(texts) == 1
    assert texts[0].startswith("Buurtkoor — ")
    assert "volgende stap te laat sinds 3 dagen" in texts[0]

    qtbot.mouseClick(page.stalled.links()[0], Qt.MouseButton.LeftButton)
    assert window.current_part_id() == "initiatieven"
    board = window.page("initiatieven")
    assert isinstance(board, InitiativesPage)
    assert board.board.current_initiative() == koor

    # Also when the board's search hides it: the search makes way.
    board.toolbar.search.setText("taal")
    assert board.board.current_initiative() is None
    window.show_part("vandaag")
    qtbot.mouseClick(today_page(window).stalled.links()[0], Qt.MouseButton.LeftButton)
    assert board.toolbar.search.text() == ""
    assert board.board.current_initiative() == koor

"""Likely duplicates in the window: find a planted pair, compare, merge keeping every link."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.gui import actions
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.netwerk.duplicates_model import DuplicatePairsModel
from buurtdesk.gui.netwerk.duplicates_view import DuplicatesView
from buurtdesk.gui.netwerk.merge_compare import SIDE_A, SIDE_B, ComparisonModel, load_side
from buurtdesk.gui.netwerk.page import NetwerkPage
from buurtdesk.gui.worker import Job, JobControl
from buurtdesk.services import contacts, memberships, organisations, people
from buurtdesk.services.duplicates import find_duplicates
from buurtdesk.services.merge import count_links
from tests.gui.conftest import add_person

MakeWindow = Callable[..., MainWindow]
WAIT_MS = 20_000
DAY = date(2026, 11, 2)


@dataclass
class Planted:
    older: int  # "Jan Jansen", one contact moment
    newer: int  # "Jan Janssen", two contact moments and a membership: stays by default
    other: int


def moment(db: Database, person_id: int, summary: str) -> None:
    contacts.record_contact_moment(
        db,
        contacts.ContactMomentInput(occurred_on=DAY, summary=summary, person_ids=(person_id,)),
        today=DAY,
    )


@pytest.fixture
def planted(db: Database) -> Planted:
    address = {
        "straat": "Kerkweg",
        "huisnummer": "12",
        "postcode": "6871 AB",
        "woonplaats": "Renkum",
        "telefoon": "06-12345678",
    }
    older = add_person(db, voornaam="Jan", achternaam="Jansen", **address)
    newer = add_person(db, voornaam="Jan", achternaam="Janssen", email="jan@example.nl", **address)
    other = add_person(db, voornaam="Kees", achternaam="Bos", straat="Dorpsstraat")
    moment(db, older, "Vroeg naar de moestuin.")
    moment(db, newer, "Wil helpen bij de koffieochtend.")
    moment(db, newer, "Bracht stoelen terug.")
    org = organisations.create_organisation(db, OrganisationInput(name="Buurthuis De Linde"))
    memberships.add_membership(db, person_id=newer, organisation_id=org.organisation_id)
    return Planted(older, newer, other)


def open_netwerk(make_window: MakeWindow, db: Database) -> tuple[MainWindow, NetwerkPage]:
    window = make_window(db)
    page = window.page("netwerk")
    assert isinstance(page, NetwerkPage)
    return window, page


def wait_for(qtbot: QtBot, job: Job | None) -> None:
    assert job is not None
    if job.running:
        with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
            pass


def total_links(db: Database, *person_ids: int) -> dict[str, int]:
    totals: dict[str, int] = {}
    for person_id in person_ids:
        for table, count in count_links(db, person_id).items():
            totals[table] = totals.get(table, 0) + count
    return {table: count for table, count in totals.items() if count}


def merge_through_the_panel(qtbot: QtBot, view: DuplicatesView) -> None:
    panel = view.merge_panel
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, panel._job)
    assert panel.asking
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, panel._job)


def test_find_duplicates_shows_the_planted_pair_and_merging_keeps_every_link(
    qtbot: QtBot, make_window: MakeWindow, db: Database, planted: Planted
) -> None:
    window, page = open_netwerk(make_window, db)
    assert window.current_part_id() == "vandaag"
    links_before = total_links(db, planted.older, planted.newer)
    assert links_before["contact_moment_person"] == 3

    window.action(actions.FIND_DUPLICATES).trigger()  # Bewerken > Dubbelen zoeken
    assert window.current_part_id() == "netwerk"
    view = page.duplicates_view()
    assert page.views.currentWidget() is view
    wait_for(qtbot, view._job)

    assert view.model.rowCount() == 1
    pair = view.model.pair(0)
    assert {pair.person_a_id, pair.person_b_id} == {planted.older, planted.newer}
    assert view.model.index(0, 0).data() == "100%"
    assert view.model.index(0, 1).data() == (
        "Jansen, Jan · Kerkweg 12, 6871 AB Renkum\n"
        "Janssen, Jan · Kerkweg 12, 6871 AB Renkum\n"
        "lijkt op elkaar: Jansen / Janssen, zelfde adres, zelfde telefoonnummer"
    )
    assert view.count.text() == "1 paar"

    panel = view.merge_panel
    assert panel.accessibleName() == "Jansen, Jan en Janssen, Jan"
    assert panel.comparison.differing() == ["Naam", "E-mail"]
    assert panel.comparison.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # ≠
    assert panel.keep_b.isChecked()  # more links: the newer record stays
    assert panel.keep_b.text() == "Janssen, Jan blijft (3 koppelingen)"
    header = panel.comparison.headerData(SIDE_B, Qt.Orientation.Horizontal)
    assert header == "Janssen, Jan (blijft)"

    merge_through_the_panel(qtbot, view)

    assert window.statusBar().currentMessage() == (
        "Samengevoegd tot Janssen, Jan: 1 contactmoment verplaatst."
    )
    with pytest.raises(NotFound):
        people.get_person(db, planted.older)
    assert total_links(db, planted.newer) == links_before
    model = page.people.model
    listed = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert listed == ["Bos, Kees", "Janssen, Jan"]
    assert view.model.rowCount() == 0
    assert view.empty.title.text() == "Geen mogelijke dubbelen."
    assert view.empty.button.hasFocus()  # "Terug naar de lijst", from the keyboard too

    view.back_button.click()
    assert page.views.currentWidget() is page.splitter


def test_the_question_names_who_goes_and_what_moves_and_cancel_changes_nothing(
    qtbot: QtBot, make_window: MakeWindow, db: Database, planted: Planted
) -> None:
    _window, page = open_netwerk(make_window, db)
    page.find_duplicates()
    view = page.duplicates_view()
    wait_for(qtbot, view._job)
    panel = view.merge_panel
    panel.keep_a.click()  # keep the older record after all
    assert panel.comparison.headerData(SIDE_A, Qt.Orientation.Horizontal) == (
        "Jansen, Jan (blijft)"
    )
    panel.merge_button.click()
    wait_for(qtbot, panel._job)
    assert panel.question.text() == (
        "Jan Janssen wordt samengevoegd met Jan Jansen en daarna verwijderd. "
        "1 lidmaatschap, 2 contactmomenten verplaatst. Dit kan niet ongedaan worden gemaakt."
    )
    assert panel.back_button.hasFocus()  # the safe answer first
    panel.back_button.click()
    assert not panel.asking
    assert people.get_person(db, planted.newer).list_name == "Janssen, Jan"
    assert total_links(db, planted.older)["contact_moment_person"] == 1


def test_not_a_duplicate_hides_the_pair_for_this_session(
    qtbot: QtBot, make_window: MakeWindow, db: Database, planted: Planted
) -> None:
    window, page = open_netwerk(make_window, db)
    page.find_duplicates()
    view = page.duplicates_view()
    wait_for(qtbot, view._job)
    view.merge_panel.not_duplicate_button.click()
    assert view.model.rowCount() == 0
    assert window.statusBar().currentMessage() == "Verborgen tot buurtdesk opnieuw wordt geopend."

    wait_for(qtbot, view.search())  # "Opnieuw zoeken": still hidden
    assert view.model.rowCount() == 0
    assert people.get_person(db, planted.older)  # both are still there

    page.show_people()
    page.open_person(planted.older)
    hint = page.editor.duplicate_hint
    wait_for(qtbot, hint.look_up())
    assert hint.pairs  # duplicates_of still finds the other…
    assert hint.isHidden()  # …but the panel does not propose it again


def test_the_person_panel_hints_at_a_likely_duplicate_and_its_link_merges(
    qtbot: QtBot, make_window: MakeWindow, db: Database, planted: Planted
) -> None:
    window, page = open_netwerk(make_window, db)
    window.show_part("netwerk")
    hint = page.editor.duplicate_hint
    with qtbot.waitSignal(hint.looked_up, timeout=WAIT_MS):
        page.open_person(planted.older)
    assert hint.isVisible()
    assert hint.text.text() == "Lijkt op: Janssen, Jan (zelfde adres en telefoonnummer)"
    assert hint.link.accessibleName() == "Vergelijken met Janssen, Jan en samenvoegen"

    with qtbot.waitSignal(hint.looked_up, timeout=WAIT_MS):
        page.open_person(planted.other)
    assert hint.isHidden()  # Kees Bos looks like nobody

    with qtbot.waitSignal(hint.looked_up, timeout=WAIT_MS):
        page.open_person(planted.older)
    hint.link.click()
    view = page.duplicates_view()
    assert page.views.currentWidget() is view
    assert view.heading.text() == "Misschien dezelfde als Jansen, Jan"
    assert view.model.rowCount() == 1
    merge_through_the_panel(qtbot, view)

    # The only pair is merged: back to the list, on the person who stayed.
    assert page.views.currentWidget() is page.splitter
    assert page.editor.person_id == planted.newer
    assert page.people.current_person() == planted.newer


def test_the_duplicate_models_pass_qt_s_model_tester(
    qtmodeltester: ModelTester, db: Database, planted: Planted, language: str
) -> None:
    add_person(db, voornaam="Kees", achternaam="Bosch", straat="Dorpsstraat")
    pairs = find_duplicates(db)
    assert len(pairs) >= 2
    pairs_model = DuplicatePairsModel()
    pairs_model.set_pairs(pairs)
    qtmodeltester.check(pairs_model, force_py=True)
    qtmodeltester.check(pairs_model)

    comparison = ComparisonModel()
    comparison.compare(load_side(db, planted.older), load_side(db, planted.newer))
    comparison.set_kept(SIDE_B)
    qtmodeltester.check(comparison, force_py=True)
    qtmodeltester.check(comparison)


def test_the_search_can_be_cancelled_and_started_again(
    qtbot: QtBot,
    make_window: MakeWindow,
    db: Database,
    planted: Planted,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = open_netwerk(make_window, db)
    held = threading.Event()
    go_on = threading.Event()
    real_progress = JobControl.progress

    def held_progress(self: JobControl, done: int, total: int = 0, message: str = "") -> None:
        if not held.is_set():
            held.set()
            go_on.wait(WAIT_MS / 1000)
        real_progress(self, done, total, message)

    monkeypatch.setattr(JobControl, "progress", held_progress)
    page.find_duplicates()
    view = page.duplicates_view()
    assert view.body.currentWidget() is view.progress_page
    assert view.progress.message.text() == "Iedereen in het netwerk wordt vergeleken…"
    assert held.wait(WAIT_MS / 1000)
    qtbot.keyClick(view.progress.cancel_button, Qt.Key.Key_Escape)  # Esc cancels the search
    go_on.set()
    wait_for(qtbot, view._job)

    assert view.empty.title.text() == "Zoeken geannuleerd."
    assert view.model.rowCount() == 0
    view.empty.button.click()  # "Opnieuw zoeken"
    wait_for(qtbot, view._job)
    assert view.model.rowCount() == 1

"""The person and organisation pickers: type, walk the list with the keys, Enter takes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.gui.pickers import OrganisationPicker, PersonPicker
from buurtdesk.services import organisations
from tests.gui.conftest import add_person

# Qt's offscreen platform (the tests' screen) says it cannot raise a drop-down list or give
# it the keyboard; on a real screen these messages do not exist. (A mark on each test: the
# conftest's own qt_log_ignore mark would shadow a module-wide one.)
popups = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


@popups
def test_typing_offers_matches_and_enter_takes_the_highlighted_one(
    qtbot: QtBot, db: Database, language: str
) -> None:
    add_person(db, voornaam="Piet", achternaam="Jansen", straat="Kerkweg", huisnummer="3")
    jan = add_person(db, voornaam="Jan", achternaam="Jansen", straat="Dorpsstraat", huisnummer="8")
    picker = PersonPicker(db)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.keyClicks(picker, "jansen")
        assert picker.is_popup_visible()
        assert picker.popup_texts() == ["Jansen, Jan — Dorpsstraat 8", "Jansen, Piet — Kerkweg 3"]
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert chosen.args == [jan]
    assert picker.chosen_id == jan
    assert picker.text() == "Jansen, Jan"
    assert not picker.is_popup_visible()


@popups
def test_down_walks_the_list_and_typing_again_lets_go(
    qtbot: QtBot, db: Database, language: str
) -> None:
    jan = add_person(db, voornaam="Jan", achternaam="Jansen")
    piet = add_person(db, voornaam="Piet", achternaam="Jansen")
    picker = PersonPicker(db)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    qtbot.keyClicks(picker, "jans")
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # the first name, not the second
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.chosen_id == jan
    picker.clear()
    qtbot.keyClicks(picker, "jans")
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.chosen_id == piet
    with qtbot.waitSignal(picker.chosen) as let_go:
        qtbot.keyClick(picker, Qt.Key.Key_Backspace)
    assert let_go.args == [None]
    assert picker.chosen_id is None


@popups
def test_the_only_match_is_taken_with_enter_and_excluded_ids_are_never_offered(
    qtbot: QtBot, db: Database, language: str
) -> None:
    me = add_person(db, voornaam="Els", achternaam="Visser")
    other = add_person(db, voornaam="Eva", achternaam="Visser")
    picker = PersonPicker(db)
    picker.set_excluded({me})
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    qtbot.keyClicks(picker, "visser")
    assert picker.popup_texts() == ["Visser, Eva"]
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    assert not picker.is_popup_visible()
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.chosen_id == other


@popups
def test_organisations_are_offered_with_their_kind(
    qtbot: QtBot, db: Database, language: str
) -> None:
    school = organisations.create_organisation(
        db, OrganisationInput(name="Basisschool De Linde", kind="school")
    ).organisation_id
    picker = OrganisationPicker(db)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    qtbot.keyClicks(picker, "linde")
    assert picker.popup_texts() == ["Basisschool De Linde — School"]
    qtbot.keyClick(picker, Qt.Key.Key_Enter)
    assert picker.chosen_id == school
    assert picker.accessibleName() == "Kies een organisatie"

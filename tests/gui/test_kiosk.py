"""The aanmeldbalie (kiosk) as a volunteer at the door uses it: search, check in, walk-ins,
the screen that clears itself, and the PIN that is the only way out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.access import volunteer_at
from buurtdesk.domain.agenda import (
    ActivityRegular,
    Attendance,
    SignUp,
    SignUpStatus,
)
from buurtdesk.domain.errors import PermissionDenied
from buurtdesk.gui.kiosk.window import KioskWindow
from buurtdesk.services import kiosk, pins, signups
from buurtdesk.services.signups_common import local_today
from tests.agenda_rows import add_dated_activity
from tests.gui.conftest import add_person

PIN = "2580"
JAN_PHONE = "06 12345678"


@dataclass(frozen=True)
class Door:
    """A koffieochtend today at 10.00 with a sign-up list, and the same next week."""

    activity_id: int
    occurrence_id: int
    next_week_id: int
    jan_signup_id: int
    starts_at: datetime


def make_door(db: Database) -> Door:
    jan = add_person(
        db,
        voornaam="Jan",
        tussenvoegsel="de",
        achternaam="Vries",
        telefoon=JAN_PHONE,
        email="jan.devries@example.nl",
        straat="Kerkweg",
        huisnummer="12",
        postcode="6871 AB",
        woonplaats="Renkum",
    )
    janneke = add_person(db, voornaam="Janneke", achternaam="Bakker", telefoon="06 87654321")
    jacob = add_person(db, voornaam="Jacob", achternaam="Appel", telefoon="06 11112222")
    add_person(db, voornaam="Jasper", achternaam="Mulder")  # in the network, not signed up
    fatima = add_person(db, voornaam="Fatima", achternaam="El Amrani", telefoon="06 33334444")
    start = datetime.combine(local_today(), time(10, 0))
    with db.write() as session:
        activity, (today, next_week) = add_dated_activity(
            session, "Koffieochtend", start, weeks=(0, 1), capacity=3, uid="koffieochtend@test"
        )
        jan_signup = SignUp(occurrence_id=today.id, person_id=jan, party_size=2)
        session.add_all(
            [
                jan_signup,
                SignUp(
                    occurrence_id=today.id,
                    person_id=janneke,
                    status=SignUpStatus.WAITING.value,
                    position=1,
                ),
                SignUp(occurrence_id=next_week.id, person_id=jacob),
                ActivityRegular(activity_id=activity.id, person_id=fatima),
            ]
        )
        session.flush()
        return Door(activity.id, today.id, next_week.id, jan_signup.id, start)


def make_door_with_pin(db: Database) -> Door:
    pins.set_pin(db, PIN)
    return make_door(db)


@pytest.fixture
def door(db: Database) -> Door:
    return make_door_with_pin(db)


@pytest.fixture
def make_kiosk(qtbot: QtBot, language: str, db: Database, door: Door) -> Callable[..., KioskWindow]:
    def make(**timers: int) -> KioskWindow:
        volunteer = db.as_actor(volunteer_at(door.activity_id))
        info = kiosk.kiosk_info(volunteer, door.activity_id, local_today())
        window = KioskWindow(db=volunteer, info=info, **timers)
        qtbot.addWidget(window)
        window.open()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


def all_texts(window: QWidget) -> str:
    """Everything a person at the door could read: labels, buttons, fields, names."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        parts.append(widget.accessibleName())
    return "\n".join(parts)


def result_texts(window: KioskWindow) -> list[str]:
    return [button.text() for button in window.search.result_buttons()]


def test_the_kiosk_is_full_screen_big_and_says_which_door(
    make_kiosk: Callable[..., KioskWindow],
) -> None:
    window = make_kiosk()
    assert window.isFullScreen()
    assert window.header.title.text() == "Koffieochtend"
    assert window.header.when.text() in ("today, 10.00–12.00 uur", "vandaag, 10.00–12.00 uur")
    counts = window.header.counts.text()  # Jan and his guest, and Fatima, a regular
    assert [int(word) for word in counts.split() if word.isdigit()] == [3, 0, 1]
    assert window.search.field.hasFocus()
    assert window.search.field.font().pointSizeF() >= 24
    assert window.search.prompt.font().pointSizeF() >= 32
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.height() >= 48, button.text()


def test_search_shows_this_dates_names_only_and_never_contact_details(
    make_kiosk: Callable[..., KioskWindow], qtbot: QtBot
) -> None:
    window = make_kiosk()
    qtbot.keyClicks(window.search.field, "ja")
    texts = result_texts(window)
    assert len(texts) == 2
    assert texts[0].startswith("Jan V. (2 ")  # Jan and one guest
    assert texts[1].startswith("Janneke B.")
    shown = all_texts(window)
    for secret in ("Jacob", "Jasper", "Vries", "Bakker", "Kerkweg", "6871", "12345678", "@"):
        assert secret not in shown
    window.search.field.clear()
    qtbot.keyClicks(window.search.field, "fa")
    assert len(result_texts(window)) == 1
    assert result_texts(window)[0].startswith("Fatima ")


def test_pressing_a_name_checks_in_and_the_start_returns_by_itself(
    make_kiosk: Callable[..., KioskWindow], qtbot: QtBot, db: Database, door: Door
) -> None:
    window = make_kiosk(confirm_ms=20)
    qtbot.keyClicks(window.search.field, "jan v")
    (jan,) = window.search.result_buttons()
    with qtbot.waitSignal(window.saved):
        qtbot.mouseClick(jan, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.confirmation
    assert window.confirmation.message.text() == "Welkom, Jan!"
    with db.read() as session:  # saved before the screen said so
        signup = session.get(SignUp, door.jan_signup_id)
        assert signup is not None
        assert signup.checked_in_at is not None
    with qtbot.waitSignal(window.returned_to_start):
        pass
    assert window.screens.currentWidget() is window.search
    assert window.search.field.text() == ""
    assert window.search.result_buttons() == []
    assert "Jan" not in all_texts(window)


def test_a_refusal_is_shown_big_and_the_typing_stays(
    make_kiosk: Callable[..., KioskWindow], qtbot: QtBot, db: Database, door: Door
) -> None:
    window = make_kiosk()
    qtbot.keyClicks(window.search.field, "jan v")
    (jan,) = window.search.result_buttons()
    signups.cancel_signup(db, door.jan_signup_id)  # meanwhile, at the coordinator's desk
    qtbot.mouseClick(jan, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.search
    assert window.search.error.isVisible()
    assert window.search.error.text()
    assert window.search.field.text() == "jan v"


def fill_walk_in(window: KioskWindow, qtbot: QtBot, name: str, phone: str = "") -> None:
    qtbot.mouseClick(window.search.walk_in, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.walk_in
    form = window.walk_in
    qtbot.keyClicks(form.name, name)
    if phone:
        qtbot.keyClicks(form.phone, phone)


def test_a_walk_in_without_phone_or_email_is_told_so_and_keeps_the_name(
    make_kiosk: Callable[..., KioskWindow], qtbot: QtBot, db: Database
) -> None:
    window = make_kiosk()
    fill_walk_in(window, qtbot, "Henk Jansen")
    qtbot.mouseClick(window.walk_in.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.walk_in.save, Qt.MouseButton.LeftButton)
    message = window.walk_in.errors["phone"]
    assert message.isVisible()
    assert "telefoonnummer of een e-mailadres" in message.text()
    assert window.screens.currentWidget() is window.walk_in
    assert window.walk_in.name.text() == "Henk Jansen"
    assert window.walk_in.party == 2
    with db.read() as session:
        assert session.scalars(select(SignUp).where(SignUp.walk_in_name != "")).all() == []


def test_a_walk_in_is_saved_checked_in_and_the_form_is_cleared(
    make_kiosk: Callable[..., KioskWindow], qtbot: QtBot, db: Database, door: Door
) -> None:
    window = make_kiosk()
    fill_walk_in(window, qtbot, "Henk Jansen", "06 55556666")
    qtbot.mouseClick(window.walk_in.plus, Qt.MouseButton.LeftButton)
    window.walk_in.consent_photos.setChecked(True)
    with qtbot.waitSignal(window.saved):
        qtbot.mouseClick(window.walk_in.save, Qt.MouseButton.LeftButton)
    assert window.confirmation.message.text().startswith("Welkom, Henk!")
    with db.read() as session:
        walk_in = session.scalars(select(SignUp).where(SignUp.walk_in_name == "Henk Jansen")).one()
        assert walk_in.occurrence_id == door.occurrence_id
        assert walk_in.party_size == 2
        assert walk_in.checked_in_at is not None
        assert (walk_in.consent_photos, walk_in.consent_contact) == (True, False)
        assert session.scalars(select(Attendance).where(Attendance.signup_id == walk_in.id)).one()
    form = window.walk_in
    assert (form.name.text(), form.phone.text(), form.party) == ("", "", 1)
    assert not form.consent_photos.isChecked()


def test_a_minute_without_input_clears_what_was_typed(
    make_kiosk: Callable[..., KioskWindow], qtbot: QtBot
) -> None:
    window = make_kiosk(idle_ms=30)
    fill_walk_in(window, qtbot, "Henk Jansen", "06 55556666")
    with qtbot.waitSignal(window.idle.idle):
        pass
    assert window.screens.currentWidget() is window.search
    assert window.walk_in.name.text() == ""
    assert window.walk_in.phone.text() == ""
    qtbot.keyClicks(window.search.field, "jan")
    assert window.search.result_buttons()
    with qtbot.waitSignal(window.idle.idle):
        pass
    assert window.search.field.text() == ""
    assert window.search.result_buttons() == []


def test_input_keeps_the_screen(make_kiosk: Callable[..., KioskWindow], qtbot: QtBot) -> None:
    window = make_kiosk(idle_ms=60_000)
    window.idle.timer.setInterval(60_000)
    qtbot.keyClicks(window.search.field, "ja")
    assert window.idle.timer.isActive()
    assert window.idle.timer.remainingTime() > 59_000


def enter_pin(window: KioskWindow, qtbot: QtBot, pin: str) -> None:
    for digit in pin:
        key = next(k for k in window.pin.pad.findChildren(QAbstractButton) if k.text() == digit)
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    assert window.pin.field.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(window.pin.ok, Qt.MouseButton.LeftButton)


def test_three_wrong_pins_make_the_pad_wait(
    make_kiosk: Callable[..., KioskWindow], qtbot: QtBot
) -> None:
    window = make_kiosk()
    qtbot.mouseClick(window.header.close_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.pin
    enter_pin(window, qtbot, "1397")
    assert window.pin.message.text().startswith("Pincode onjuist.")
    enter_pin(window, qtbot, "1397")
    enter_pin(window, qtbot, "1397")
    assert window.pin.message.text() == "Pincode onjuist. Probeer het over 30 seconden opnieuw."
    assert window.pin.waiting()
    assert not window.pin.pad.isEnabled()
    assert window.isVisible()
    for _ in range(12):
        window.pin._tick.timeout.emit()  # a second passes, without waiting for it
    assert window.pin.message.text() == "Pincode onjuist. Probeer het over 18 seconden opnieuw."
    assert window.pin.message.text().count("Probeer") == 1  # one message, not two
    for _ in range(18):
        window.pin._tick.timeout.emit()
    assert not window.pin.waiting()
    assert window.pin.pad.isEnabled()


def test_a_kiosk_opened_again_during_the_wait_shows_it_and_never_calls_a_pin_wrong(
    make_kiosk: Callable[..., KioskWindow], qtbot: QtBot
) -> None:
    first = make_kiosk()
    qtbot.mouseClick(first.header.close_button, Qt.MouseButton.LeftButton)
    for _ in range(3):
        enter_pin(first, qtbot, "1397")
    again = make_kiosk()  # the program was restarted at the door
    qtbot.mouseClick(again.header.close_button, Qt.MouseButton.LeftButton)
    assert again.pin.waiting()
    assert not again.pin.pad.isEnabled()
    assert again.pin.message.text().startswith("Even wachten: u kunt over ")
    assert "onjuist" not in again.pin.message.text()


def test_the_right_pin_is_the_way_out_and_closing_otherwise_is_ignored(
    make_kiosk: Callable[..., KioskWindow], qtbot: QtBot
) -> None:
    window = make_kiosk()
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert not window.close()
    assert window.isVisible()
    qtbot.mouseClick(window.header.close_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.unlocked):
        enter_pin(window, qtbot, PIN)
    assert window.is_unlocked()
    assert not window.isVisible()


def test_the_kiosk_works_as_a_volunteer_who_can_do_nothing_else(
    make_kiosk: Callable[..., KioskWindow], db: Database, door: Door
) -> None:
    window = make_kiosk()
    assert not window.db.actor.is_coordinator
    assert window.db.actor.activity_id == door.activity_id
    with pytest.raises(PermissionDenied):
        pins.set_pin(window.db, "9753")
    with pytest.raises(PermissionDenied):
        signups.door_list(window.db, door.occurrence_id)  # full names and phone numbers
    with pytest.raises(ValueError, match="volunteer"):
        KioskWindow(db=db, info=window.info)  # never on the coordinator's Database


def test_no_context_menus_anywhere(make_kiosk: Callable[..., KioskWindow]) -> None:
    window = make_kiosk()
    for widget in (window, *window.findChildren(QWidget)):
        if widget.isVisible():
            assert widget.contextMenuPolicy() in (
                Qt.ContextMenuPolicy.PreventContextMenu,
                Qt.ContextMenuPolicy.NoContextMenu,
            ) or isinstance(widget, QAbstractButton)

"""The aanmeldbalie on the screens it meets at the door (a 1366×768 laptop without window
manager gives it 1221×658; 1280×720 and 1024×768 full screen): no screen squeezes a widget
below the size it needs, nothing is drawn over something else, long texts wrap.

Set ``BUURTDESK_SHOTS=/some/folder`` to keep a PNG of every screen and size checked."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.access import volunteer_at
from buurtdesk.gui.kiosk.window import KioskWindow
from buurtdesk.services import kiosk
from buurtdesk.services.signups_common import local_today
from tests.gui.test_kiosk import PIN, Door, enter_pin, make_door_with_pin

SIZES = [(1221, 658), (1366, 768), (1280, 720), (1024, 768)]
LONG_NAME = "Sanne van der Heijden-Bouwmeester"


@pytest.fixture
def door(db: Database) -> Door:
    return make_door_with_pin(db)


@pytest.fixture
def dutch_kiosk(
    qtbot: QtBot, language: str, db: Database, door: Door
) -> Callable[[int, int], KioskWindow]:
    def make(width: int, height: int) -> KioskWindow:
        volunteer = db.as_actor(volunteer_at(door.activity_id))
        info = kiosk.kiosk_info(volunteer, door.activity_id, local_today())
        window = KioskWindow(db=volunteer, info=info)
        qtbot.addWidget(window)
        window.open()
        qtbot.waitExposed(window)
        resize(window, width, height)
        return window

    return make


def resize(window: QWidget, width: int, height: int) -> None:
    """The full-screen window of a screen this size (the test screen is smaller)."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setFixedSize(width, height)
    settle(window)


def settle(window: QWidget) -> None:
    for _ in range(3):  # layouts and word-wrapped labels settle in a few passes
        QApplication.sendPostedEvents()
        layout = window.layout()
        assert layout is not None
        layout.activate()


def shot(window: QWidget, name: str) -> None:
    folder = os.environ.get("BUURTDESK_SHOTS")
    if folder:
        settle(window)
        window.grab().save(str(Path(folder) / f"kiosk-{name}.png"))


def visible_leaves(screen: QWidget) -> list[QWidget]:
    kinds = (QLabel, QAbstractButton, QLineEdit)
    return [
        widget
        for widget in screen.findChildren(QWidget)
        if isinstance(widget, kinds) and widget.isVisibleTo(screen) and widget.isVisible()
    ]


def needed_height(widget: QWidget) -> int:
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.heightForWidth(widget.width())
    return widget.minimumSizeHint().height()


def on_screen(widget: QWidget, window: QWidget) -> QRect:
    """Where the widget shows in the window: clipped by its parents (a scroll area's
    viewport hides what is scrolled away)."""
    shown = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown &= QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
        parent = parent.parentWidget()
    return shown


def assert_laid_out(window: QWidget, screen: QWidget) -> None:
    """Every text, field and button gets the room it needs and none overlaps another."""
    leaves = visible_leaves(screen)
    assert leaves
    for widget in leaves:
        assert widget.height() >= needed_height(widget), (widget, widget.height())
        if not isinstance(widget, QLabel) or not widget.wordWrap():
            assert widget.width() >= widget.minimumSizeHint().width(), widget
        whole = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        assert whole.right() < window.width(), widget
    rects = [(widget, on_screen(widget, window)) for widget in leaves]
    for index, (first, first_rect) in enumerate(rects):
        for second, second_rect in rects[index + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            assert not first_rect.intersects(second_rect), (first, second)
    for area in screen.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert not area.horizontalScrollBar().isVisible()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_walk_in_form_fits_every_screen_and_can_be_used(
    dutch_kiosk: Callable[[int, int], KioskWindow], qtbot: QtBot, width: int, height: int
) -> None:
    window = dutch_kiosk(width, height)
    shot(window, f"search-{width}x{height}")
    assert_laid_out(window, window.header)
    assert [label.text() for label in window.header.counts.numbers] == ["3", "0", "1"]
    qtbot.mouseClick(window.search.walk_in, Qt.MouseButton.LeftButton)
    form = window.walk_in
    form.name.setText(LONG_NAME)
    form.phone.setText("06 12345679")
    form.email.setText("sanne.vanderheijden@example.nl")
    settle(window)
    shot(window, f"walk-in-{width}x{height}")
    assert_laid_out(window, form)
    assert form.phone.width() >= form.phone.fontMetrics().horizontalAdvance("06 12345679 ")
    form.scroll_area.ensureWidgetVisible(form.plus)
    qtbot.mouseClick(form.plus, Qt.MouseButton.LeftButton)
    assert form.party == 2
    form.show_errors({"name": "Vul uw naam in.", "phone": "Vul een telefoonnummer in."})
    settle(window)
    shot(window, f"walk-in-errors-{width}x{height}")
    assert_laid_out(window, form)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_long_welcome_wraps_and_is_shown_whole(
    dutch_kiosk: Callable[[int, int], KioskWindow], width: int, height: int
) -> None:
    window = dutch_kiosk(width, height)
    window._confirm("Welkom, Sanne! U bent aangemeld en binnengemeld.")
    settle(window)
    shot(window, f"welcome-{width}x{height}")
    assert_laid_out(window, window.confirmation)
    assert window.confirmation.message.text() == "Welkom, Sanne!"
    assert window.confirmation.detail.text().startswith("U bent aangemeld en binnengemeld.")
    window._confirm(f"Welkom, {LONG_NAME}!")
    settle(window)
    shot(window, f"welcome-long-{width}x{height}")
    assert_laid_out(window, window.confirmation)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_pin_screen_fits_and_its_wait_keeps_the_pad_still(
    dutch_kiosk: Callable[[int, int], KioskWindow], qtbot: QtBot, width: int, height: int
) -> None:
    window = dutch_kiosk(width, height)
    qtbot.mouseClick(window.header.close_button, Qt.MouseButton.LeftButton)
    shot(window, f"pin-{width}x{height}")
    assert_laid_out(window, window.pin)
    for _ in range(3):
        enter_pin(window, qtbot, "1397")
    settle(window)
    shot(window, f"pin-wait-{width}x{height}")
    assert window.pin.waiting()
    assert_laid_out(window, window.pin)
    pad = window.pin.pad.geometry()
    for _ in range(5):
        window.pin._tick.timeout.emit()  # the second-by-second tick, without waiting
        settle(window)
        assert window.pin.pad.geometry() == pad
        assert_laid_out(window, window.pin)
    assert PIN  # the right PIN still waits for the end of the back-off

"""The kiosk window: full screen, one task per screen, nothing that leads elsewhere.

It works on a volunteer's Database (never the coordinator's): the services refuse anything
but signing up and checking in for this one activity. Each entry is confirmed only after
the service returned, that is, after it was committed. A minute without input clears the
screen; closing needs the coordinator's PIN.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from buurtdesk.db.engine import Database
from buurtdesk.domain.dutch_dates import format_date
from buurtdesk.domain.errors import BuurtdeskError, ValidationError, ValidationErrors
from buurtdesk.gui.kiosk import style as kiosk_style
from buurtdesk.gui.kiosk.confirmation import ConfirmationScreen
from buurtdesk.gui.kiosk.header import KioskHeader
from buurtdesk.gui.kiosk.inactivity import IDLE_MS, IdleWatch
from buurtdesk.gui.kiosk.pin_screen import PinScreen
from buurtdesk.gui.kiosk.search_screen import SearchScreen
from buurtdesk.gui.kiosk.walk_in_screen import WalkInScreen
from buurtdesk.services import kiosk, pins
from buurtdesk.services.kiosk import KioskInfo, KioskRow
from buurtdesk.services.signups_types import WalkInInput

CONFIRM_MS = 4_000
COUNTS_MS = 30_000  # counts also change on the coordinator's PC


def error_text(error: BuurtdeskError) -> str:
    if isinstance(error, ValidationError):
        return error.message
    if isinstance(error, ValidationErrors):
        return "\n".join(e.message for e in error.errors)
    return str(error)


class KioskWindow(QWidget):
    """Emits ``unlocked`` once the coordinator's PIN was accepted, just before it closes."""

    unlocked = Signal()
    returned_to_start = Signal()
    saved = Signal(str)  # the confirmation shown

    def __init__(
        self,
        *,
        db: Database,
        info: KioskInfo | None,
        now: Callable[[], datetime] = datetime.now,
        confirm_ms: int = CONFIRM_MS,
        idle_ms: int = IDLE_MS,
        parent: QWidget | None = None,
    ) -> None:
        if db.actor.is_coordinator:
            raise ValueError("the kiosk works on a volunteer's Database only")
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.info = info
        self._now = now
        self._unlocked = False
        self._may_quit = False
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        title = info.title if info is not None else self.tr("Sign-in desk")
        self.setWindowTitle(self.tr("Sign-in desk — {title}").format(title=title))
        self.setAccessibleName(self.windowTitle())
        font = QFont(self.font())
        font.setPointSize(kiosk_style.BODY_PT)
        self.setFont(font)
        self.setStyleSheet(kiosk_style.style_sheet())

        self.header = KioskHeader()
        self.header.set_activity(title, self._when_text())
        self.search = SearchScreen(self._search)
        self.walk_in = WalkInScreen()
        self.confirmation = ConfirmationScreen()
        self.pin = PinScreen()
        self.unavailable = QLabel(
            self.tr(
                "This sign-in desk cannot continue: its activity no longer exists. "
                "Ask the coordinator to close it."
            )
        )
        self.unavailable.setProperty("role", "kiosk-heading")
        self.unavailable.setWordWrap(True)
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screens = QStackedWidget()
        self.screens.setAccessibleName(self.tr("Sign-in desk"))
        for screen, name in (
            (self.search, self.tr("Find your name")),
            (self.walk_in, self.tr("Sign up")),
            (self.confirmation, self.tr("Saved")),
            (self.pin, self.tr("Coordinator PIN")),
            (self.unavailable, self.tr("Not available")),
        ):
            screen.setAccessibleName(name)
            self.screens.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.screens, 1)
        for widget in (self, *self.findChildren(QWidget)):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)

        self.confirm_timer = QTimer(self)
        self.confirm_timer.setSingleShot(True)
        self.confirm_timer.setInterval(confirm_ms)
        self.confirm_timer.timeout.connect(self.back_to_start)
        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(COUNTS_MS)
        self.counts_timer.timeout.connect(self.refresh_counts)
        self.idle = IdleWatch(self, idle_ms)
        self.idle.idle.connect(self.clear)

        self.search.chosen.connect(self._check_in)
        self.search.walk_in_requested.connect(self._show_walk_in)
        self.walk_in.submitted.connect(self._register_walk_in)
        self.walk_in.cancelled.connect(self.back_to_start)
        self.confirmation.tapped.connect(self.back_to_start)
        self.header.close_requested.connect(self._ask_pin)
        self.pin.entered.connect(self._verify_pin)
        self.pin.cancelled.connect(self.back_to_start)
        self.refresh_counts()

    # ---------------------------------------------------------------- showing
    def open(self) -> None:
        """Full screen, watching for input; the start screen with the field ready."""
        self.showFullScreen()
        self.activateWindow()
        self.idle.start()
        self.counts_timer.start()
        self.back_to_start()

    def _when_text(self) -> str:
        if self.info is None:
            return ""
        day = format_date(self._now().date()) + ", "
        if self.info.when_text.startswith(day):  # "vandaag, 10.00–12.00 uur"
            return self.tr("today, {time}").format(time=self.info.when_text.removeprefix(day))
        return self.info.when_text

    def refresh_counts(self) -> None:
        if self.info is None:
            return
        try:
            self.header.set_counts(kiosk.kiosk_counts(self.db, self.info.occurrence_id))
        except BuurtdeskError:
            self.header.set_counts(None)

    # ---------------------------------------------------------------- screens
    def back_to_start(self) -> None:
        self.confirm_timer.stop()
        self.search.reset()
        if self.info is None:
            self.screens.setCurrentWidget(self.unavailable)
        else:
            self.screens.setCurrentWidget(self.search)
            self.search.field.setFocus()
        self.returned_to_start.emit()

    def clear(self) -> None:
        """Nobody touched the kiosk for a while: wipe what was typed, back to the start."""
        self.walk_in.reset()
        self.pin.reset()
        self.back_to_start()

    def _show_walk_in(self) -> None:
        self.walk_in.reset()
        self.screens.setCurrentWidget(self.walk_in)
        self.walk_in.name.setFocus()

    def _confirm(self, message: str) -> None:
        self.refresh_counts()
        self.confirmation.show_message(message, self.tr("You are in. Enjoy!"))
        self.screens.setCurrentWidget(self.confirmation)
        self.confirm_timer.start()
        self.saved.emit(message)

    def _ask_pin(self) -> None:
        self.pin.reset()
        self.screens.setCurrentWidget(self.pin)
        wait = pins.seconds_to_wait(self.db)
        if wait and not self.pin.waiting():  # still in the back-off, e.g. after a restart
            self.pin.refuse("", wait, wrong=False)

    # ---------------------------------------------------------------- services
    def _search(self, prefix: str) -> list[KioskRow]:
        if self.info is None or not prefix:
            return []
        try:
            return kiosk.kiosk_search(self.db, self.info.occurrence_id, prefix)
        except BuurtdeskError as error:
            self.search.show_error(error_text(error))
            return []

    def _check_in(self, row: KioskRow) -> None:
        if self.info is None:
            return
        try:
            result = kiosk.kiosk_check_in(
                self.db, self.info.occurrence_id, signup_id=row.signup_id, person_id=row.person_id
            )
        except BuurtdeskError as error:
            self.search.show_error(error_text(error))
            return
        self._confirm(result.message)

    def _register_walk_in(self, data: WalkInInput) -> None:
        if self.info is None:
            return
        try:
            result = kiosk.kiosk_walk_in(self.db, self.info.occurrence_id, data, check_in=True)
        except ValidationErrors as errors:
            self.walk_in.show_errors(errors.by_field())
            return
        except ValidationError as error:
            self.walk_in.show_errors({error.field: error.message})
            return
        except BuurtdeskError as error:
            self.walk_in.show_errors({"": error_text(error)})
            return
        self.walk_in.reset()
        self._confirm(result.message)

    def _verify_pin(self, pin: str) -> None:
        try:
            pins.verify_pin(self.db, pin)
        except pins.PinRefused as refused:
            self.pin.refuse(error_text(refused), refused.wait_seconds, wrong=refused.wrong)
            return
        except BuurtdeskError as error:
            self.pin.refuse(error_text(error), 0)
            return
        self.unlock()

    def unlock(self) -> None:
        """The PIN was right: stop watching, say so, and close."""
        self._unlocked = True
        self.idle.stop()
        self.counts_timer.stop()
        self.confirm_timer.stop()
        self.unlocked.emit()
        self.close()

    # ---------------------------------------------------------------- no way out
    def is_unlocked(self) -> bool:
        return self._unlocked

    def let_program_quit(self) -> None:
        """Let the program end with the kiosk open (``--quit-after-startup`` only: tests
        and measurements). Qt asks every window before it quits, and a locked kiosk says
        no. The kiosk state stays, so the next start opens the kiosk again."""
        self._may_quit = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked or self._may_quit:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # Escape and friends lead nowhere

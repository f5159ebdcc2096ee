"""Opening the aanmeldbalie from the main window, and opening it again at start-up.

The kiosk gets ``db.as_actor(volunteer_at(activity_id))``, never the coordinator's
Database. While it is open, ``kiosk.json`` in the data folder says so: a program killed
and restarted at the door opens straight into the kiosk again, not into the network.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from buurtdesk import config
from buurtdesk.domain.access import volunteer_at
from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.kiosk.choose_door import ask_door, door_options
from buurtdesk.gui.kiosk.pin_dialog import set_pin_dialog
from buurtdesk.gui.kiosk.window import KioskWindow, error_text
from buurtdesk.services import kiosk, pins
from buurtdesk.services.kiosk import KioskInfo

__all__ = ["open_kiosk", "resume_kiosk", "set_pin_dialog"]


def open_kiosk(*, context: AppContext, activity_id: int | None, parent: QWidget | None) -> None:
    """Open a kiosk full screen and hide the main window: asking for a coordinator PIN
    first when there is none yet, then which activity (today's, ``activity_id`` chosen when
    it is on today; without one, today's first), so the door never opens for the wrong day
    by accident."""
    if not pins.has_pin(context.db) and not set_pin_dialog(context, parent, first=True):
        return
    today = context.now().date()
    options = door_options(context.db, activity_id, today)
    if options:
        chosen = ask_door(options, activity_id, parent)
        if chosen is None:
            return
        activity_id = chosen
    if activity_id is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Kiosk", "Sign-in desk"),
            QCoreApplication.translate(
                "Kiosk",
                "There is nothing in the agenda today. Choose an activity in the agenda "
                "first to open the sign-in desk for its next date.",
            ),
        )
        return
    try:  # without options this says why there is nothing to open
        info = kiosk.open_kiosk(context.db, activity_id, today=today)
    except BuurtdeskError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Kiosk", "Sign-in desk"), error_text(error)
        )
        return
    config.KioskState(
        database=context.db.url,
        activity_id=activity_id,
        opened_at=context.now().isoformat(timespec="seconds"),
    ).save()
    main = parent.window() if parent is not None else None
    show_main = main.show if main is not None else (lambda: None)
    _start(context, info, activity_id, main, show_main)


def resume_kiosk(
    *, context: AppContext, main: QWidget, show_main: Callable[[], None]
) -> KioskWindow | None:
    """At start-up: the kiosk that was open on this database when the program stopped,
    opened again (the main window stays hidden); None when there was none."""
    state = config.KioskState.load()
    if state is None or state.database != context.db.url:
        return None
    volunteer = context.db.as_actor(volunteer_at(state.activity_id))
    try:
        info: KioskInfo | None = kiosk.kiosk_info(
            volunteer, state.activity_id, context.now().date()
        )
    except BuurtdeskError:
        info = None  # the activity is gone: the kiosk only offers the way out
    return _start(context, info, state.activity_id, main, show_main)


_open: list[KioskWindow] = []  # a kiosk without a parent window is kept alive here


def _start(
    context: AppContext,
    info: KioskInfo | None,
    activity_id: int,
    main: QWidget | None,
    show_main: Callable[[], None],
) -> KioskWindow:
    volunteer = context.db.as_actor(volunteer_at(activity_id))
    window = KioskWindow(db=volunteer, info=info, now=context.now, parent=main)
    if main is None:
        _open.append(window)

    def unlocked() -> None:
        config.KioskState.clear()
        show_main()
        if main is not None:
            main.activateWindow()
        if window in _open:
            _open.remove(window)
        window.deleteLater()

    window.unlocked.connect(unlocked)
    window.open()
    if main is not None:
        main.hide()
    return window

"""Start the window: QApplication, font, style, translations, database, main window.

SQLAlchemy, the models and the services load before PySide6: PySide6 installs an import
hook that makes every later import slower, and SQLAlchemy is the largest import we have.
"""

from __future__ import annotations

import argparse
import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from buurtdesk import config
from buurtdesk.cli import common  # noqa: F401  (SQLAlchemy and Alembic, before PySide6)
from buurtdesk.services import contacts, people, people_search  # noqa: F401  (ditto)

# isort: split
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from buurtdesk.gui import error_log, i18n, style
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.parts import load_parts
from buurtdesk.gui.startup import (
    QuitAfterFirstPaint,
    StartupError,
    open_chosen_database,
    report_startup_error,
)

if TYPE_CHECKING:
    from buurtdesk.gui.kiosk.window import KioskWindow

log = logging.getLogger("buurtdesk")

# Qt's offscreen platform (tests, measurements) cannot pass size hints to a window manager
# and says so on every window; the message means nothing for the user.
_HARMLESS_QT_MESSAGES = frozenset({"This plugin does not support propagateSizeHints()"})


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message not in _HARMLESS_QT_MESSAGES:
        sys.stderr.write(message + "\n")


def application() -> QApplication:
    """The one QApplication (a test may have made it already)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("buurtdesk")
    QCoreApplication.setApplicationName("buurtdesk")
    QApplication.setDesktopFileName("buurtdesk")
    return QApplication(sys.argv[:1])


def run(args: argparse.Namespace) -> int:
    """Open the window on the chosen database; the exit code of the event loop, or 1 when
    the database cannot be opened (after saying why in a message box)."""
    qInstallMessageHandler(_qt_message)
    app = application()
    settings = config.Settings.load()
    language = i18n.choose_language(getattr(args, "lang", None), settings.language)
    i18n.install(app, language)
    style.apply(app, settings.font_scale)
    quit_after_startup = bool(getattr(args, "quit_after_startup", False))
    opening = (getattr(args, "open", None) or "").lower() or None
    part_ids = [part.id for part in load_parts()]
    if opening and opening not in part_ids:  # before any database is opened or made
        report_startup_error(
            f"Onderdeel '{opening}' bestaat niet. Kies uit: {', '.join(part_ids)}.",
            auto_close=quit_after_startup,
        )
        return 2
    try:
        db, title = open_chosen_database(args)
    except StartupError as error:
        report_startup_error(error.message, auto_close=quit_after_startup)
        return 1
    _install_crash_handler()
    try:
        window = MainWindow(
            db=db, title=title, settings=settings, language=language, start_part=opening
        )
        first, kiosk_window = show_first_window(window)
        if quit_after_startup:
            if kiosk_window is not None:
                kiosk_window.let_program_quit()
            QuitAfterFirstPaint(first, app)
        return app.exec()
    finally:
        db.dispose()


def show_first_window(window: MainWindow) -> tuple[QWidget, KioskWindow | None]:
    """Show the main window, or, when the program stopped while an aanmeldbalie (kiosk)
    was open on this database, that kiosk again with the main window hidden: a restart at
    the door never hands a volunteer the network. Returns the widget painted first and the
    kiosk, if any."""
    state = config.KioskState.load()
    if state is not None and state.database == window.context.db.url:
        # The kiosk's modules load only when a kiosk is open: most starts have none.
        from buurtdesk.gui.kiosk.launch import resume_kiosk

        kiosk_window = resume_kiosk(
            context=window.context, main=window, show_main=window.show_initially
        )
        if kiosk_window is not None:
            return kiosk_window, kiosk_window
    window.show_initially()
    return window.current_page().first_paint_widget(), None


def _install_crash_handler() -> None:
    """An unexpected error shows a calm Dutch message; the details go to a log file."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log_path = error_log.record(error.with_traceback(tb))
        QMessageBox.critical(
            None,
            "buurtdesk",
            QCoreApplication.translate(
                "Startup",
                "Something went wrong. What you saved before is safe; the last action may not "
                "have been saved. Details are in {path}.",
            ).format(path=log_path),
        )

    sys.excepthook = handle

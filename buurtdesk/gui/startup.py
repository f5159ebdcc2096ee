"""Opening the chosen database for the window, with plain Dutch messages when it fails,
and the hook that ends the program after its first paint (``--quit-after-startup``)."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError

from buurtdesk import config
from buurtdesk.cli.common import database_url, open_database
from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.gui import error_log

TITLE_SEPARATOR = " — "
STARTUP_TIMEOUT_MS = 60_000


class StartupError(Exception):
    """The database could not be opened; ``message`` says why, in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def database_name(db: Database) -> str:
    url = db.engine.url
    if db.is_sqlite:
        return Path(url.database or "buurtdesk").stem
    return url.database or url.host or "PostgreSQL"


def open_chosen_database(args: argparse.Namespace) -> tuple[Database, str]:
    """Open (and migrate) the database ``args`` names; return it with the window title."""
    if getattr(args, "demo", False):
        maker = _demo_maker()
        db = _guarded(lambda: _open_demo(maker), str(config.demo_db_path()))
        return db, f"buurtdesk{TITLE_SEPARATOR}DEMO"
    url = database_url(args)
    server = not url.startswith("sqlite")
    db = _guarded(lambda: open_database(url), _shown(url), server=server)
    return db, f"buurtdesk{TITLE_SEPARATOR}{database_name(db)}"


def _shown(url: str) -> str:
    """The database as the user may see it: a file path, or a URL without its password."""
    if url.startswith("sqlite:///"):
        return url.removeprefix("sqlite:///")
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def _open_demo(maker: Callable[..., Database]) -> Database:
    """Open the demo; the first time it is made, with a progress window meanwhile."""
    path = config.demo_db_path()
    if path.exists():
        return maker(path)
    dialog = QProgressDialog(
        QCoreApplication.translate("Startup", "Making the demo neighbourhood…"), "", 0, 100
    )
    dialog.setWindowTitle("buurtdesk")
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)

    def progress(percent: int, text: str) -> None:
        dialog.setLabelText(text)
        dialog.setValue(percent)
        QCoreApplication.processEvents()

    try:
        return maker(path, progress=progress)
    finally:
        dialog.close()
        dialog.deleteLater()


def _demo_maker() -> Callable[..., Database]:
    """``buurtdesk.demo.ensure_demo_database``, imported only when the demo is asked for:
    its name lists and generator are not needed for a normal start."""
    try:
        demo = importlib.import_module("buurtdesk.demo")
        maker: Callable[..., Database] = demo.ensure_demo_database
    except (ImportError, AttributeError) as error:
        raise StartupError(
            QCoreApplication.translate(
                "Startup",
                "The demo neighbourhood is not available in this version of buurtdesk.",
            )
        ) from error
    return maker


def _guarded(opener: Callable[[], Database], shown: str, *, server: bool = False) -> Database:
    """Run ``opener``; turn what can go wrong into a StartupError the user can act on."""
    try:
        return opener()
    except BuurtdeskError as error:  # too new, not ours: already a Dutch sentence
        raise StartupError(str(error)) from error
    except (ArgumentError, NoSuchModuleError) as error:
        raise StartupError(
            QCoreApplication.translate(
                "Startup", "The database address “{address}” is not valid."
            ).format(address=shown)
        ) from error
    except OperationalError as error:
        error_log.record(error)
        if not server:
            message = QCoreApplication.translate(
                "Startup",
                "The database file {path} cannot be opened. Check that the folder exists "
                "and that you may write in it.",
            ).format(path=shown)
        else:
            message = QCoreApplication.translate(
                "Startup",
                "The database server cannot be reached. Check the network connection and "
                "the address, or ask the person who manages the server.",
            )
        raise StartupError(message) from error
    except DatabaseError as error:
        error_log.record(error)
        raise StartupError(
            QCoreApplication.translate(
                "Startup", "The file {path} is not a buurtdesk database. Choose another file."
            ).format(path=shown)
        ) from error
    except OSError as error:
        error_log.record(error)
        raise StartupError(
            QCoreApplication.translate(
                "Startup", "The database file {path} cannot be opened: {reason}."
            ).format(path=shown, reason=error.strerror or error)
        ) from error


def report_startup_error(message: str, *, auto_close: bool) -> None:
    """Say why the program cannot start, in a message box (closed on its own for tests)."""
    print(f"buurtdesk: {message}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, "buurtdesk", message)
    box.setInformativeText(
        QCoreApplication.translate("Startup", "buurtdesk is closing; nothing has been changed.")
    )
    if auto_close:
        QTimer.singleShot(0, box.accept)
    box.exec()


class QuitAfterFirstPaint(QObject):
    """Ends the event loop (code 0) as soon as ``target`` has painted once."""

    def __init__(self, target: QWidget, app: QApplication) -> None:
        super().__init__(app)
        self._target = target
        self._app = app
        target.installEventFilter(self)
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._gave_up)
        self._timeout.start(STARTUP_TIMEOUT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() == QEvent.Type.Paint:
            self._target.removeEventFilter(self)
            self._timeout.stop()
            QTimer.singleShot(0, self._app.quit)
        return False

    def _gave_up(self) -> None:
        print("buurtdesk: het venster is niet getekend binnen een minuut", file=sys.stderr)
        self._app.exit(1)

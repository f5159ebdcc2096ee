"""Long work off the GUI thread: the one helper every part uses, and its progress panel.

A *job* is a plain function ``fn(control) -> result`` run on a thread of the worker's pool.
It opens its own database session (the services do: ``db.read()`` / ``db.write()``); it
never touches a widget. It reports progress through ``control.progress(done, total)``,
which is also where a cancel lands: once the user cancels, the next call raises
``Cancelled``, so a service that calls back from inside its transaction unwinds it and
nothing is saved. Pass ``control.progress`` (or a small adapter) as the service's
``progress`` callback.

What the job ends with comes back on the GUI thread as a signal of its ``Job``:
``succeeded(result)``, ``failed(message)`` with a Dutch sentence for the user (the
``BuurtdeskError``'s own message, or a calm sentence for anything unexpected, whose
traceback goes to the log file), or ``cancelled()``; then always ``finished()``.

    job = self.worker.start(lambda control: find_duplicates(db, progress=control.progress))
    job.succeeded.connect(self._show_pairs)
    self.progress_panel.follow(job, self.tr("Looking for duplicates…"))
"""

from __future__ import annotations

import contextlib
import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from buurtdesk.domain.errors import BuurtdeskError, ValidationError, ValidationErrors
from buurtdesk.gui import error_log, formatting
from buurtdesk.gui.widgets import button, label

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S: Final = 0.05  # at most twenty progress updates a second reach the GUI
DIALOG_DELAY_MS: Final = 400  # work that ends sooner never flashes a progress dialog


class Cancelled(Exception):
    """Raised inside a job once the user cancelled it; the service's transaction unwinds."""


class JobControl:
    """What a job function is handed: progress reporting that doubles as the cancel check.

    Safe to call from the job's thread; ``cancel`` is called from the GUI thread.
    """

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._cancel = threading.Event()
        self._report = report
        self._last_report = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` when the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int = 0, message: str = "") -> None:
        """Report ``done`` of ``total`` (0: unknown); raises ``Cancelled`` after a cancel."""
        self.check()
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL_S or (total and done >= total):
            self._last_report = now
            self._report(done, total, message)


class State(enum.Enum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class _Outcome:
    state: State
    value: Any = None
    error: BaseException | None = None


def user_message(error: BaseException) -> str:
    """The sentence the user reads for ``error``: a service's own Dutch message, or a
    calm sentence (the details are written to the log file, never shown)."""
    if isinstance(error, ValidationErrors):
        return "\n".join(e.message for e in error.errors)
    if isinstance(error, ValidationError):
        return error.message
    if isinstance(error, BuurtdeskError):
        return str(error)
    translate = QCoreApplication.translate
    path = error_log.log_path()
    if isinstance(error, SQLAlchemyError):
        return translate(
            "Worker",
            "The database is busy or cannot be reached right now, so nothing was saved. "
            "Try again in a moment. (Details: {path})",
        ).format(path=path)
    return translate(
        "Worker",
        "Something unexpected went wrong, so this did not work. Nothing was half saved. "
        "The details are in the log file {path}.",
    ).format(path=path)


class _Relay(QObject):
    """Carries what a job's thread says to the GUI thread (queued: it lives there)."""

    progressed = Signal(int, int, int, str)  # job id, done, total, message
    ended = Signal(int, object)  # job id, _Outcome


class _Runnable(QRunnable):
    def __init__(
        self, job_id: int, fn: Callable[[JobControl], Any], control: JobControl, relay: _Relay
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job_id = job_id
        self._fn = fn
        self._control = control
        self._relay = relay

    def run(self) -> None:
        try:
            outcome = _Outcome(State.SUCCEEDED, self._fn(self._control))
        except Cancelled:
            outcome = _Outcome(State.CANCELLED)
        except BuurtdeskError as error:
            outcome = _Outcome(State.FAILED, error=error)
        except Exception as error:
            log.exception("a background job failed")
            error_log.record(error)
            outcome = _Outcome(State.FAILED, error=error)
        # RuntimeError: the window that asked is gone; nobody is waiting for the answer.
        with contextlib.suppress(RuntimeError):
            self._relay.ended.emit(self._job_id, outcome)


class Job(QObject):
    """One piece of long work as the GUI thread sees it. All signals arrive there."""

    progressed = Signal(int, int, str)  # done, total (0: unknown), message
    succeeded = Signal(object)
    failed = Signal(str)  # the sentence to show
    cancelled = Signal()
    finished = Signal()

    def __init__(self, control: JobControl, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._control = control
        self.state = State.RUNNING
        self.result: Any = None
        self.error: BaseException | None = None
        self.message = ""

    @property
    def running(self) -> bool:
        return self.state is State.RUNNING

    @property
    def cancel_requested(self) -> bool:
        return self._control.cancelled

    def cancel(self) -> None:
        """Ask the job to stop; it ends with ``cancelled`` at its next progress report
        (or with its result, if it was already past its last one)."""
        self._control.cancel()

    def _end(self, outcome: _Outcome) -> None:
        self.state = outcome.state
        if outcome.state is State.SUCCEEDED:
            self.result = outcome.value
            self.succeeded.emit(outcome.value)
        elif outcome.state is State.FAILED:
            assert outcome.error is not None
            self.error = outcome.error
            self.message = user_message(outcome.error)
            self.failed.emit(self.message)
        else:
            self.cancelled.emit()
        self.finished.emit()


class Worker(QObject):
    """Runs jobs on its own small thread pool and hands their ends to the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 2) -> None:
        super().__init__(parent)
        # Created before the relay: children go in order, so the pool waits for its
        # threads while the relay they report to still exists.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._progressed, queued)
        self._relay.ended.connect(self._ended, queued)
        self._jobs: dict[int, Job] = {}
        self._next_id = 0
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel_all)

    def start(
        self,
        fn: Callable[[JobControl], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Job:
        """Run ``fn(control)`` off the GUI thread; the callbacks run on the GUI thread."""
        self._next_id += 1
        job_id = self._next_id
        relay = self._relay

        def report(done: int, total: int, message: str) -> None:
            # RuntimeError: the window is gone; the job ends at its next cancel check.
            with contextlib.suppress(RuntimeError):
                relay.progressed.emit(job_id, done, total, message)

        control = JobControl(report)
        job = Job(control)
        for signal, callback in (
            (job.succeeded, on_success),
            (job.failed, on_failure),
            (job.progressed, on_progress),
            (job.cancelled, on_cancelled),
        ):
            if callback is not None:
                signal.connect(callback)
        self._jobs[job_id] = job
        self._pool.start(_Runnable(job_id, fn, control, relay))
        return job

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def cancel_all(self) -> None:
        for job in self._jobs.values():
            job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every thread is idle (for shutting down); True when they are."""
        return self._pool.waitForDone(msecs)

    def _progressed(self, job_id: int, done: int, total: int, message: str) -> None:
        job = self._jobs.get(job_id)
        if job is not None and job.running:
            job.progressed.emit(done, total, message)

    def _ended(self, job_id: int, outcome: _Outcome) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None:
            job._end(outcome)


# --- showing progress ------------------------------------------------------------------


class ProgressPanel(QWidget):
    """What a running job shows: a sentence, a bar, a count and "Annuleren".

    ``follow(job)`` ties the panel to one job; the bar runs as a busy indicator while
    the total is unknown. The panel does not hide itself: its owner decides what comes
    next when the job ends.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self._describe: Callable[[int, int], str] | None = None
        self.message = label("", "subheading", wrap=True)
        self.message.setObjectName("progressMessage")
        self.bar = QProgressBar()
        self.bar.setObjectName("progressBar")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setTextVisible(False)
        self.detail = label("", "muted", wrap=True)
        self.detail.setObjectName("progressDetail")
        self.cancel_button = button(self.tr("Cancel"), "x")
        self.cancel_button.setObjectName("progressCancel")
        self.cancel_button.setToolTip(self.tr("Stop; nothing is saved (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)

        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(self.detail)

    @property
    def job(self) -> Job | None:
        return self._job

    def follow(
        self, job: Job, message: str, describe: Callable[[int, int], str] | None = None
    ) -> None:
        """Show ``job``'s progress under ``message``; ``describe(done, total)`` words the
        count ("1.200 van 5.000 rijen"), by default "done of total"."""
        if self._job is not None:
            self._job.progressed.disconnect(self._show)
        self._job = job
        self._describe = describe
        self.message.setText(message)
        self.setAccessibleName(message)
        self.detail.setText("")
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        job.progressed.connect(self._show)

    def _show(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(1000 * min(done, total) / total))
        else:
            self.bar.setRange(0, 0)
        if message:
            self.detail.setText(message)
        elif self._describe is not None:
            self.detail.setText(self._describe(done, total))
        elif total > 0:
            self.detail.setText(
                self.tr("{done} of {total}").format(
                    done=formatting.number(done), total=formatting.number(total)
                )
            )

    def cancel(self) -> None:
        if self._job is None or not self._job.running:
            return
        self._job.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))


class ProgressDialog(QDialog):
    """A small window with a ``ProgressPanel`` for a job the user waits for (an export).

    It appears only when the job takes longer than ``DIALOG_DELAY_MS`` and closes itself
    when the job ends. Escape or closing the window cancels the job.
    """

    def __init__(self, parent: QWidget, title: str, job: Job, message: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.panel = ProgressPanel()
        self.panel.follow(job, message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(self.panel)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.panel.cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._appear)
        self._timer.start(DIALOG_DELAY_MS)
        job.finished.connect(self._done)

    def _appear(self) -> None:
        job = self.panel.job
        if job is not None and job.running:
            self.open()

    def _done(self) -> None:
        self._timer.stop()
        self.hide()
        self.deleteLater()

    def reject(self) -> None:
        self.panel.cancel()  # the dialog goes when the job has stopped

    def closeEvent(self, event: QCloseEvent) -> None:
        job = self.panel.job
        if job is not None and job.running:
            self.panel.cancel()
            event.ignore()
            return
        super().closeEvent(event)

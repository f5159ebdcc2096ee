"""What the window's exports share: one at a time, the target checked before any work, the
file written in the worker, a failure in a message box and the count in the status line.

The subclasses keep their own texts (``self.tr`` in their own class) and pass them in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QObject, Signal
from PySide6.QtWidgets import QWidget

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.gui import formatting
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.interop.files import FileDialogs
from buurtdesk.gui.worker import Job, JobControl, Worker


class FileExports(QObject):
    exported = Signal(int, str)  # how many records, to which file

    def __init__(
        self, *, context: AppContext, window: QWidget, dialogs: FileDialogs | None = None
    ) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self.dialogs = dialogs or FileDialogs(self)
        self._worker = Worker(self, threads=1)
        self.export_job: Job | None = None

    def export_to(self, path: Path) -> Job | None:
        raise NotImplementedError

    def _ask_and_export(self, ask: Callable[[QWidget], Path | None]) -> Job | None:
        """While an export runs, that one; else ``ask`` where to, then export there."""
        if self.export_job is not None and self.export_job.running:
            return self.export_job
        path = ask(self._window)
        return self.export_to(path) if path is not None else None

    def _export(
        self,
        path: Path,
        *,
        title: str,
        check: Callable[[Path], object],
        run: Callable[[JobControl], int],
        done: tuple[str, str],
        on_cancelled: Callable[[], None] | None = None,
    ) -> Job | None:
        """``check`` the target (its refusal in a message box titled ``title``), then
        ``run`` in the worker; ``done`` is the status line for one record (with {path})
        and for more (with {count} and {path})."""
        try:
            check(path)
        except BuurtdeskError as error:
            self.dialogs.error(self._window, title, str(error))
            return None
        self.export_job = self._worker.start(
            run,
            on_success=lambda count: self._exported(count, path, done),
            on_failure=lambda message: self.dialogs.error(self._window, title, message),
            on_cancelled=on_cancelled,
        )
        return self.export_job

    def _exported(self, count: int, path: Path, done: tuple[str, str]) -> None:
        one, more = done
        shown = QDir.toNativeSeparators(str(path))
        if count == 1:
            text = one.format(path=shown)
        else:
            text = more.format(count=formatting.number(count), path=shown)
        self._context.show_status(text)
        self.exported.emit(count, str(path))

"""The window's "Agenda exporteren…": the whole agenda as an .ics file for Outlook, Google
Agenda or Apple Agenda, written in the worker and confirmed quietly in the status line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QObject, Signal
from PySide6.QtWidgets import QWidget

from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.gui import formatting
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.interop.files import FileDialogs
from buurtdesk.gui.worker import Job, JobControl, Worker


class AgendaFiles(QObject):
    exported = Signal(int, str)  # how many activities, to which file

    def __init__(
        self, *, context: AppContext, window: QWidget, dialogs: FileDialogs | None = None
    ) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self.dialogs = dialogs or FileDialogs(self)
        self._worker = Worker(self, threads=1)
        self.export_job: Job | None = None

    def export_agenda(self) -> Job | None:
        if self.export_job is not None and self.export_job.running:
            return self.export_job
        path = self.dialogs.agenda_file(self._window)
        return self.export_to(path) if path is not None else None

    def export_to(self, path: Path) -> Job | None:
        from buurtdesk.interop.ics import check_ics_target

        try:
            check_ics_target(path)
        except BuurtdeskError as error:
            self.dialogs.error(self._window, self.tr("Export agenda"), str(error))
            return None
        db = self._context.db

        def run(_control: JobControl) -> int:
            from buurtdesk.interop.ics import write_ics_file
            from buurtdesk.services.agenda_export import calendar_events

            events = calendar_events(db)
            write_ics_file(path, events, stamp=utcnow())
            return len(events)

        self.export_job = self._worker.start(
            run,
            on_success=lambda count: self._exported(count, path),
            on_failure=lambda message: self.dialogs.error(
                self._window, self.tr("Export agenda"), message
            ),
        )
        return self.export_job

    def _exported(self, count: int, path: Path) -> None:
        shown = QDir.toNativeSeparators(str(path))
        if count == 1:
            text = self.tr("1 activity exported to {path}").format(path=shown)
        else:
            text = self.tr("{count} activities exported to {path}").format(
                count=formatting.number(count), path=shown
            )
        self._context.show_status(text)
        self.exported.emit(count, str(path))

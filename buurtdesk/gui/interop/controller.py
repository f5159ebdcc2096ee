"""The window's "Mensen importeren…" and "Mensen exporteren…": which file, then the work.

The import opens ``ImportDialog``. The export runs in the worker behind a progress window
that appears only when it takes a while, and is confirmed quietly in the status line:
"1.234 mensen geëxporteerd naar …". Heavy readers and writers (openpyxl) load only when
a file is really read or written, so the window starts as fast as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal
from PySide6.QtWidgets import QWidget

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.gui import formatting
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.interop.files import FileDialogs
from buurtdesk.gui.worker import Job, JobControl, ProgressDialog, Worker

if TYPE_CHECKING:
    from buurtdesk.gui.interop.import_dialog import ImportDialog

EXPORT_PROGRESS_EVERY = 100  # people written between two progress reports


class PeopleFiles(QObject):
    exported = Signal(int, str)  # how many people, to which file

    def __init__(
        self,
        *,
        context: AppContext,
        window: QWidget,
        dialogs: FileDialogs | None = None,
    ) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self.dialogs = dialogs or FileDialogs(self)
        self._worker = Worker(self, threads=1)
        self.import_dialog: ImportDialog | None = None
        self.export_job: Job | None = None

    # ---------------------------------------------------------------- import
    def import_people(self) -> ImportDialog | None:
        """Ask for a list, then show what importing it would do."""
        path = self.dialogs.import_file(self._window)
        return self.import_from(path) if path is not None else None

    def import_from(self, path: Path) -> ImportDialog:
        from buurtdesk.gui.interop.import_dialog import ImportDialog

        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
        dialog = ImportDialog(
            context=self._context, dialogs=self.dialogs, path=path, parent=self._window
        )
        self.import_dialog = dialog
        dialog.open()
        return dialog

    # ---------------------------------------------------------------- export
    def export_people(self) -> Job | None:
        """Ask where to, then write everyone there in the worker."""
        if self.export_job is not None and self.export_job.running:
            return self.export_job
        path = self.dialogs.export_file(self._window)
        return self.export_to(path) if path is not None else None

    def export_to(self, path: Path) -> Job | None:
        from buurtdesk.interop.people_files import check_export_target

        try:
            check_export_target(path)
        except BuurtdeskError as error:
            self.dialogs.error(self._window, self.tr("Export people"), str(error))
            return None
        db = self._context.db

        def run(control: JobControl) -> int:
            from buurtdesk.interop.people_files import write_people_file
            from buurtdesk.services.people_export import count_people, iter_people_for_export

            total = count_people(db)
            control.progress(0, total)
            people = iter_people_for_export(db)

            def counted() -> Iterator[PersonInput]:
                try:
                    for done, person in enumerate(people, start=1):
                        if done % EXPORT_PROGRESS_EVERY == 0:
                            control.progress(done, total)
                        yield person
                finally:
                    close = getattr(people, "close", None)  # a generator: ends the read
                    if close is not None:  # transaction, also on a cancel
                        close()

            return write_people_file(path, counted())

        job = self._worker.start(
            run,
            on_success=lambda count: self._exported(count, path),
            on_failure=lambda message: self.dialogs.error(
                self._window, self.tr("Export people"), message
            ),
            on_cancelled=lambda: self._context.show_status(
                self.tr("Export cancelled; no file was written.")
            ),
        )
        self.export_job = job
        ProgressDialog(
            self._window,
            self.tr("Export people"),
            job,
            self.tr("Exporting people to {name}…").format(name=path.name),
        )
        return job

    def _exported(self, count: int, path: Path) -> None:
        shown = QDir.toNativeSeparators(str(path))
        if count == 1:
            text = self.tr("1 person exported to {path}").format(path=shown)
        else:
            text = self.tr("{count} people exported to {path}").format(
                count=formatting.number(count), path=shown
            )
        self._context.show_status(text)
        self.exported.emit(count, str(path))

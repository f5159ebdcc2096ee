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

from PySide6.QtWidgets import QWidget

from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.interop.file_export import FileExports
from buurtdesk.gui.interop.files import FileDialogs
from buurtdesk.gui.worker import Job, JobControl, ProgressDialog

if TYPE_CHECKING:
    from buurtdesk.gui.interop.import_dialog import ImportDialog

EXPORT_PROGRESS_EVERY = 100  # people written between two progress reports


class PeopleFiles(FileExports):
    """``exported`` gives how many people, to which file."""

    def __init__(
        self,
        *,
        context: AppContext,
        window: QWidget,
        dialogs: FileDialogs | None = None,
    ) -> None:
        super().__init__(context=context, window=window, dialogs=dialogs)
        self.import_dialog: ImportDialog | None = None

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
        return self._ask_and_export(self.dialogs.export_file)

    def export_to(self, path: Path) -> Job | None:
        from buurtdesk.interop.people_files import check_export_target

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

        job = self._export(
            path,
            title=self.tr("Export people"),
            check=check_export_target,
            run=run,
            done=(
                self.tr("1 person exported to {path}"),
                self.tr("{count} people exported to {path}"),
            ),
            on_cancelled=lambda: self._context.show_status(
                self.tr("Export cancelled; no file was written.")
            ),
        )
        if job is not None:
            ProgressDialog(
                self._window,
                self.tr("Export people"),
                job,
                self.tr("Exporting people to {name}…").format(name=path.name),
            )
        return job

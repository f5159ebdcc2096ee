"""The window's "Initiatieven exporteren…": every initiative with its stage history, as an
Excel workbook (two sheets) or as CSV (two files side by side), the same files as
``buurtdesk export initiatives``; written in the worker and confirmed in the status line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir

from buurtdesk.gui.interop.file_export import FileExports
from buurtdesk.gui.worker import Job, JobControl


class InitiativeFiles(FileExports):
    """``exported`` gives how many initiatives, to which file."""

    def export_initiatives(self) -> Job | None:
        return self._ask_and_export(self.dialogs.initiatives_file)

    def export_to(self, path: Path) -> Job | None:
        from buurtdesk.interop.initiatives_files import check_initiatives_target, history_path

        db, today = self._context.db, self._context.now().date()

        def run(_control: JobControl) -> int:
            from buurtdesk.interop.initiatives_files import write_initiatives_file
            from buurtdesk.services.initiatives_export import rows

            export = rows(db, today=today)
            write_initiatives_file(path, export.initiatives, export.history)
            return len(export.initiatives)

        if path.suffix.lower() == ".csv":  # the history goes in a second file beside it
            beside = QDir.toNativeSeparators(str(history_path(path)))
            done = (
                self.tr("1 initiative exported to {path} and {history}"),
                self.tr("{count} initiatives exported to {path} and {history}"),
            )
            done = (done[0].replace("{history}", beside), done[1].replace("{history}", beside))
        else:
            done = (
                self.tr("1 initiative exported to {path}"),
                self.tr("{count} initiatives exported to {path}"),
            )
        return self._export(
            path,
            title=self.tr("Export initiatives"),
            check=check_initiatives_target,
            run=run,
            done=done,
        )

"""The window's "Agenda exporteren…": the whole agenda as an .ics file for Outlook, Google
Agenda or Apple Agenda, written in the worker and confirmed quietly in the status line."""

from __future__ import annotations

from pathlib import Path

from buurtdesk.domain.base import utcnow
from buurtdesk.gui.interop.file_export import FileExports
from buurtdesk.gui.worker import Job, JobControl


class AgendaFiles(FileExports):
    """``exported`` gives how many activities, to which file."""

    def export_agenda(self) -> Job | None:
        return self._ask_and_export(self.dialogs.agenda_file)

    def export_to(self, path: Path) -> Job | None:
        from buurtdesk.interop.ics import check_ics_target

        db = self._context.db

        def run(_control: JobControl) -> int:
            from buurtdesk.interop.ics import write_ics_file
            from buurtdesk.services.agenda_export import calendar_events

            events = calendar_events(db)
            write_ics_file(path, events, stamp=utcnow())
            return len(events)

        return self._export(
            path,
            title=self.tr("Export agenda"),
            check=check_ics_target,
            run=run,
            done=(
                self.tr("1 activity exported to {path}"),
                self.tr("{count} activities exported to {path}"),
            ),
        )

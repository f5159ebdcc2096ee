"""Importing a people list: read and check it first, show what will happen, then import.

The one place in the window where a dialog serves better than an inline panel: the
import is a short conversation about one file (what was found, is it right, go, what
happened). Each step that reads the file runs in the worker with progress and "Annuleren":

1. reading: open the file and do a dry run (``preview_import``); nothing is written;
2. preview: detected encoding and separator, the column mapping, the first rows with
   what will happen to each, the problems and the people already known;
3. importing: ``import_people`` in one transaction; a cancel leaves the database as it was;
4. done: "12 mensen toegevoegd, 3 al bekend, 2 rijen niet ingelezen", the problems to
   save as CSV; the lists refresh through the change bus.

A file that cannot be read shows the reader's own Dutch message and nothing else happens.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from buurtdesk.db.engine import Database
from buurtdesk.gui import formatting
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.interop.files import FileDialogs
from buurtdesk.gui.interop.import_views import (
    MessageView,
    PreviewView,
    ReportTabs,
    outcome_sentence,
)
from buurtdesk.gui.interop.problems_file import ProblemsFileError, write_problems
from buurtdesk.gui.widgets import button, label
from buurtdesk.gui.worker import Job, JobControl, ProgressPanel, Worker
from buurtdesk.interop.people_rows import PeopleFile
from buurtdesk.services.people_import import ImportPreview, ImportReport


class Stage(enum.Enum):
    READING = "reading"
    PREVIEW = "preview"
    IMPORTING = "importing"
    DONE = "done"
    MESSAGE = "message"


def _read_and_check(
    db: Database, path: Path, control: JobControl
) -> tuple[PeopleFile, ImportPreview]:
    """The reading step, on the worker's thread: open the file, dry-run the import."""
    from buurtdesk.interop.people_files import open_people_file  # openpyxl: only when used
    from buurtdesk.services.people_import import preview_import

    source = open_people_file(path)
    control.check()
    return source, preview_import(db, source, progress=lambda rows: control.progress(rows))


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportReport, after the commit

    def __init__(
        self, *, context: AppContext, dialogs: FileDialogs, path: Path, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import people"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._context = context
        self._dialogs = dialogs
        self._path = path
        self._worker = Worker(self, threads=1)
        self._job: Job | None = None
        self._source: PeopleFile | None = None
        self._preview: ImportPreview | None = None
        self._report: ImportReport | None = None
        self.stage = Stage.READING

        self.progress = ProgressPanel()
        self.progress.setObjectName("importProgress")
        progress_page = QWidget()
        progress_layout = QVBoxLayout(progress_page)
        progress_layout.addStretch(1)
        progress_layout.addWidget(self.progress)
        progress_layout.addStretch(2)
        self.message = MessageView()
        self.message.setObjectName("importMessage")
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.message, 20)  # up to its maximum width, then centred
        centred.addStretch(1)
        message_layout.addStretch(1)
        message_layout.addLayout(centred)
        message_layout.addStretch(2)
        self.preview_view = PreviewView()
        self.preview_view.setObjectName("importPreview")
        self.done_message = MessageView()
        self.done_message.setObjectName("importDone")
        self.done_tabs = ReportTabs()
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.setSpacing(12)
        done_layout.addWidget(self.done_message)
        done_layout.addWidget(self.done_tabs, 1)
        self.pages = QStackedWidget()
        self._page_of = {
            Stage.READING: progress_page,
            Stage.IMPORTING: progress_page,
            Stage.MESSAGE: message_page,
            Stage.PREVIEW: self.preview_view,
            Stage.DONE: done_page,
        }
        for page in dict.fromkeys(self._page_of.values()):
            self.pages.addWidget(page)

        self.note = label("", "muted", wrap=True)
        self.note.setObjectName("importNote")
        self.save_problems_button = button(self.tr("Save the problems…"), "download")
        self.save_problems_button.setObjectName("saveProblemsButton")
        self.save_problems_button.setToolTip(
            self.tr("Save the list of problems as a CSV file, to fix the rows in Excel")
        )
        self.other_file_button = button(self.tr("Choose another file…"), "folder-open")
        self.other_file_button.setObjectName("otherFileButton")
        self.cancel_button = button(self.tr("Cancel"), "x")
        self.cancel_button.setObjectName("importCancelButton")
        self.cancel_button.setToolTip(self.tr("Close without importing (Esc)"))
        self.import_button = button(self.tr("Import"), "file-input", kind="primary")
        self.import_button.setObjectName("importButton")
        self.close_button = button(self.tr("Close"), kind="primary")
        self.close_button.setObjectName("importCloseButton")
        self.save_problems_button.clicked.connect(self.save_problems)
        self.other_file_button.clicked.connect(self._choose_other_file)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.save_problems_button)
        buttons.addWidget(self.note, 1)
        for widget in (
            self.other_file_button,
            self.cancel_button,
            self.import_button,
            self.close_button,
        ):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._fit_to(parent)
        self.start_reading()

    def _fit_to(self, parent: QWidget) -> None:
        metrics = self.fontMetrics()
        width = min(metrics.averageCharWidth() * 150, int(parent.width() * 0.9))
        height = min(metrics.height() * 40, int(parent.height() * 0.9))
        self.resize(max(width, 640), max(height, 420))

    # ---------------------------------------------------------------- stages
    def _show_stage(self, stage: Stage) -> None:
        self.stage = stage
        self.pages.setCurrentWidget(self._page_of[stage])
        has_problems = self._problems_report() is not None
        self.save_problems_button.setVisible(stage in (Stage.PREVIEW, Stage.DONE) and has_problems)
        self.other_file_button.setVisible(stage is Stage.MESSAGE and self._report is None)
        self.cancel_button.setVisible(stage is Stage.PREVIEW)
        self.import_button.setVisible(stage is Stage.PREVIEW)
        self.close_button.setVisible(stage in (Stage.DONE, Stage.MESSAGE))
        self.note.setText("")
        default = {Stage.PREVIEW: self.import_button}.get(stage, self.close_button)
        default.setDefault(True)
        if stage in (Stage.READING, Stage.IMPORTING):
            self.progress.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif default.isVisible() and default.isEnabled():
            default.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_reading(self) -> None:
        self._preview = None
        self._report = None
        db = self._context.db
        path = self._path
        self._job = self._worker.start(
            lambda control: _read_and_check(db, path, control),
            on_success=self._read,
            on_failure=self._unreadable,
            on_cancelled=self._reading_cancelled,
        )
        self.progress.follow(
            self._job,
            self.tr("Reading and checking {name}…").format(name=path.name),
            lambda done, _total: self.tr("{count} rows read").format(count=formatting.number(done)),
        )
        self._show_stage(Stage.READING)

    def _read(self, result: tuple[PeopleFile, ImportPreview]) -> None:
        source, preview = result
        self._source, self._preview = source, preview
        self.preview_view.show_preview(preview, self._path.name, source.file_format)
        self._show_stage(Stage.PREVIEW)
        nobody_new = preview.report.added == 0
        self.import_button.setEnabled(not nobody_new)
        if nobody_new:
            self.preview_view.advice.setText(
                self.tr("There is nobody new in this file, so there is nothing to import.")
            )
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unreadable(self, message: str) -> None:
        self._show_message(
            "triangle-alert", "error", self.tr("This file cannot be imported"), message
        )

    def _reading_cancelled(self) -> None:
        self._job = None
        super().reject()

    def start_import(self) -> None:
        if self._preview is None or self._source is None or self.stage is not Stage.PREVIEW:
            return
        report = self._preview.report
        total = report.added + len(report.matched) + len(report.problem_rows)
        db = self._context.db
        source = self._source

        def run(control: JobControl) -> ImportReport:
            from buurtdesk.services.people_import import import_people

            return import_people(
                db, source, progress=lambda rows: control.progress(min(rows, total), total)
            )

        self._job = self._worker.start(
            run,
            on_success=self._imported,
            on_failure=self._import_failed,
            on_cancelled=self._import_cancelled,
        )
        self.progress.follow(
            self._job,
            self.tr("Importing {name}…").format(name=self._path.name),
            lambda done, total: self.tr("{done} of {total} rows").format(
                done=formatting.number(done), total=formatting.number(total)
            ),
        )
        self._show_stage(Stage.IMPORTING)

    def _imported(self, report: ImportReport) -> None:
        self._report = report
        self._context.bus.publish(report.changes)
        sentence = outcome_sentence(report)
        advice = ""
        if report.problem_rows:
            advice = self.tr(
                "Fix the rows with problems in the file and import it again: the people "
                "added now are recognised then, and not added twice."
            )
        self.done_message.show_message("circle-check", "accent", sentence, advice)
        self.done_tabs.show_report(report)
        self.done_tabs.setVisible(self.done_tabs.count() > 0)
        self._show_stage(Stage.DONE)
        self._context.show_status(sentence)
        self.imported.emit(report)

    def _import_failed(self, message: str) -> None:
        self._show_message(
            "triangle-alert",
            "error",
            self.tr("The import did not work; nothing has been saved"),
            message,
        )

    def _import_cancelled(self) -> None:
        self._show_message(
            "info", "muted", self.tr("Import cancelled"), self.tr("Nothing has been saved.")
        )

    def _show_message(self, icon: str, tone: str, heading: str, text: str) -> None:
        self.message.show_message(icon, tone, heading, text)
        self._show_stage(Stage.MESSAGE)

    # ---------------------------------------------------------------- buttons
    def _problems_report(self) -> ImportReport | None:
        report = self._report if self._report is not None else None
        if report is None and self._preview is not None:
            report = self._preview.report
        return report if report is not None and report.problems else None

    def save_problems(self) -> None:
        report = self._problems_report()
        if report is None:
            return
        suggested = Path(self.tr("{name}-problems.csv").format(name=self._path.stem))
        target = self._dialogs.problems_file(self, suggested)
        if target is None:
            return
        try:
            write_problems(target, report.problems)
        except ProblemsFileError as error:
            self._dialogs.error(self, self.tr("Save the problems"), str(error))
            return
        saved = self.tr("Problems saved in {path}").format(path=target)
        self.note.setText(saved)
        self._context.show_status(saved)

    def _choose_other_file(self) -> None:
        path = self._dialogs.import_file(self)
        if path is not None:
            self._path = path
            self.start_reading()

    def reject(self) -> None:
        """Escape, "Annuleren" or the window's close button: stop what runs, else close."""
        if self._job is not None and self._job.running:
            self.progress.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None and self._job.running:
            self.progress.cancel()
            event.ignore()
            return
        super().closeEvent(event)

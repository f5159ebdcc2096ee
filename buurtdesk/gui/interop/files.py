"""Which file to read or write, and the one error note: in one place so tests can answer.

The file dialogs remember the last folder for this session; the export suggests a name
with today's date ("mensen-2026-12-07.csv") and adds the extension of the chosen kind
when the user types a name without one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

# The kinds an export can be, in the order the save dialog offers them.
EXPORT_SUFFIXES = (".csv", ".xlsx", ".vcf")


class FileDialogs(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _remember(self, path: Path) -> Path:
        self._folder = path.parent
        return path

    def import_file(self, parent: QWidget) -> Path | None:
        """A CSV or Excel list to import; None when the user cancelled."""
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            self.tr("Import people"),
            str(self._folder),
            ";;".join(
                (
                    self.tr("People lists (*.csv *.xlsx *.txt)"),
                    self.tr("CSV (*.csv *.txt)"),
                    self.tr("Excel workbook (*.xlsx)"),
                    self.tr("All files (*)"),
                )
            ),
        )
        return self._remember(Path(name)) if name else None

    def export_file(self, parent: QWidget) -> Path | None:
        """Where to export everyone, as CSV (Excel), XLSX or vCard; None when cancelled."""
        filters = (
            self.tr("CSV for Excel (*.csv)"),
            self.tr("Excel workbook (*.xlsx)"),
            self.tr("vCard for phones and e-mail programs (*.vcf)"),
        )
        suggested = self.tr("people-{date}").format(date=date.today().isoformat())
        return self._save_as(parent, self.tr("Export people"), suggested, filters, EXPORT_SUFFIXES)

    def initiatives_file(self, parent: QWidget) -> Path | None:
        """Where to export the initiatives with their stage history, as an Excel workbook
        or CSV; None when cancelled."""
        filters = (self.tr("Excel workbook (*.xlsx)"), self.tr("CSV for Excel (*.csv)"))
        suggested = self.tr("initiatives-{date}").format(date=date.today().isoformat())
        title = self.tr("Export initiatives")
        return self._save_as(parent, title, suggested, filters, (".xlsx", ".csv"))

    def _save_as(
        self,
        parent: QWidget,
        title: str,
        suggested: str,
        filters: tuple[str, ...],
        suffixes: tuple[str, ...],
    ) -> Path | None:
        """A save dialog whose chosen kind gives a typed name without extension its own."""
        dialog = QFileDialog(parent, title, str(self._folder / suggested))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(filters)
        dialog.setDefaultSuffix(suffixes[0][1:])

        def kind_chosen(chosen: str) -> None:
            dialog.setDefaultSuffix(suffixes[filters.index(chosen)][1:])

        dialog.filterSelected.connect(kind_chosen)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return self._remember(Path(dialog.selectedFiles()[0]))

    def agenda_file(self, parent: QWidget) -> Path | None:
        """Where to write the agenda as an iCalendar file; None when cancelled."""
        suggested = self.tr("agenda-{date}.ics").format(date=date.today().isoformat())
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            self.tr("Export agenda"),
            str(self._folder / suggested),
            self.tr("Calendar for Outlook, Google and Apple (*.ics)"),
        )
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name + ".ics")
        return self._remember(path)

    def problems_file(self, parent: QWidget, suggested: Path) -> Path | None:
        """Where to save the list of problems of an import (CSV); None when cancelled."""
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save the problems"),
            str(self._folder / suggested.name),
            self.tr("CSV for Excel (*.csv)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        return self._remember(path)

    def error(self, parent: QWidget, title: str, message: str) -> None:
        """Something the user asked for could not be done; ``message`` says why."""
        QMessageBox.warning(parent, title, message)

"""Tijd per fase: how long initiatives stay in each stage, over all of them, so the
coordinator sees where they get stuck. A sentence names the slowest stage; the table
gives per stage the number of stays, and their median, mean and longest in days."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import formatting
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.initiatives.stages_shared import ROOMY_ROWS, fit_to_screen
from buurtdesk.gui.read_only_model import ReadOnlyRowsModel
from buurtdesk.gui.widgets import label
from buurtdesk.services import initiatives
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.initiatives import StageStats

STAGE, COUNT, MEDIAN, MEAN, LONGEST = range(5)
MAX_ROWS_SHOWN = 12
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def days_text(value: float | None) -> str:
    """41.0 -> "41", 12.5 -> "12,5" (Dutch), None -> "–" (nobody stayed there)."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return formatting.number(int(value))
    return QLocale().toString(float(value), "f", 1)


def slowest(rows: Sequence[StageStats]) -> StageStats | None:
    """The stage with the highest median (the first of equals), None without figures."""
    best: StageStats | None = None
    for row in rows:
        if row.median_days is None:
            continue
        if best is None or best.median_days is None or row.median_days > best.median_days:
            best = row
    return best


def headline(rows: Sequence[StageStats]) -> str:
    row = slowest(rows)
    if row is None or row.median_days is None:
        return QCoreApplication.translate(
            "TimeInStage", "No figures yet: no initiative has been in a stage."
        )
    if row.median_days == 1:
        text = QCoreApplication.translate(
            "TimeInStage", "Initiatives stay longest in {stage}: median 1 day."
        )
    else:
        text = QCoreApplication.translate(
            "TimeInStage", "Initiatives stay longest in {stage}: median {days} days."
        )
    return text.format(stage=row.stage, days=days_text(row.median_days))


class TimeInStageModel(ReadOnlyRowsModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[StageStats] = []
        self._headers = (
            QCoreApplication.translate("TimeInStage", "Stage"),
            QCoreApplication.translate("TimeInStage", "Number"),
            QCoreApplication.translate("TimeInStage", "Median"),
            QCoreApplication.translate("TimeInStage", "Mean"),
            QCoreApplication.translate("TimeInStage", "Longest"),
        )

    def set_rows(self, rows: Sequence[StageStats]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def stats(self, row: int) -> StageStats:
        return self._rows[row]

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != STAGE:
            return int(_RIGHT.value)
        if role == Qt.ItemDataRole.AccessibleTextRole and column != STAGE:
            return f"{self._headers[column]}: {self._text(row, column)}"
        return None

    def _text(self, row: StageStats, column: int) -> str:
        if column == STAGE:
            return row.stage
        if column == COUNT:
            return formatting.number(row.count)
        if column == MEDIAN:
            return days_text(row.median_days)
        if column == MEAN:
            return days_text(row.mean_days)
        return days_text(row.longest_days)


class TimeInStageDialog(QDialog):
    """Read-only; follows the board while it is open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeInStageDialog")
        self.setWindowTitle(self.tr("Time in each stage"))
        self._context = context
        self.headline = label("", "subheading", wrap=True)
        self.headline.setObjectName("timeInStageHeadline")
        self.model = TimeInStageModel()
        self.table = QTableView()
        self.table.setObjectName("timeInStageTable")
        self.table.setAccessibleName(self.tr("Time in each stage"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet(ROOMY_ROWS)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STAGE, QHeaderView.ResizeMode.Stretch)
        for column in (COUNT, MEDIAN, MEAN, LONGEST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.note = label(
            self.tr(
                "All figures in days, counted from the move into a stage to the move out of "
                "it; a stay that is still going counts up to today. “Number” is the number "
                "of stays: an initiative that came back to a stage counts twice. "
                "Initiatives that have ended are not counted in their closed stage. "
                "The median is the middle figure: half of the stays were shorter, half longer."
            ),
            "muted",
            wrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        context.bus.changed.connect(self._on_changed)
        self.reload()
        width = self.fontMetrics().averageCharWidth() * 90
        height = self.heightForWidth(width)
        fit_to_screen(self, width, height if height > 0 else self.sizeHint().height())

    def reload(self) -> None:
        rows = initiatives.time_in_stage(self._context.db, today=self._context.now().date())
        self.model.set_rows(rows)
        self.headline.setText(headline(rows))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Tall enough for every stage (up to a dozen) without scrolling."""
        self.table.ensurePolished()  # the roomy rows count from here on
        self.table.resizeRowsToContents()
        rows = self.table.verticalHeader()
        shown = min(max(self.model.rowCount(), 3), MAX_ROWS_SHOWN)
        height = shown * max(rows.defaultSectionSize(), self.table.rowHeight(0))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(height + header + 2 * self.table.frameWidth() + 2)

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects(Entity.INITIATIVE) or changes.affects(Entity.STAGE):
            self.reload()


def show_time_in_stage(context: AppContext, parent: QWidget) -> TimeInStageDialog:
    """Open "Tijd per fase" over ``parent`` (not blocking), or bring the open one forward."""
    for existing in parent.findChildren(TimeInStageDialog):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    dialog = TimeInStageDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

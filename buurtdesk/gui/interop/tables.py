"""A read-only table of plain text rows, and the table view the import window uses for it.

The import window shows several small tables (columns, first rows, problems, people
already known); they hold a few hundred strings at most, so one plain model serves them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from buurtdesk.gui import icons
from buurtdesk.gui.read_only_model import ReadOnlyRowsModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_SHOWN_TEXT = frozenset({int(_DISPLAY), int(_TOOLTIP)})

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(ReadOnlyRowsModel):
    """Rows of text under fixed headers; a row may carry an icon in its first cell (a
    problem, a person already known), always with words beside it, never colour alone."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[tuple[str, ...]] = []
        self._marks: list[str | None] = []

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        marks: Sequence[str | None] | None = None,
        *,
        headers: Sequence[str] | None = None,
    ) -> None:
        """Show ``rows`` (under new ``headers`` if given); ``marks`` names an icon (Lucide,
        "muted" tone) per row, or None."""
        self.beginResetModel()
        if headers is not None:
            self._headers = tuple(headers)
        width = len(self._headers)
        self._rows = [tuple(row[:width]) + ("",) * (width - len(row)) for row in rows]
        self._marks = list(marks) if marks is not None else [None] * len(rows)
        self.endResetModel()

    def row_values(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in _SHOWN_TEXT:
            return self._rows[index.row()][index.column()]
        if role == _DECORATION and index.column() == 0:
            mark = self._marks[index.row()]
            return icons.icon(mark, "muted") if mark else None
        return None


def rows_table(model: RowsModel, accessible_name: str, *, stretch_last: bool = True) -> QTableView:
    """A read-only, row-selecting table over ``model`` that reads well with the keyboard."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(stretch_last)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fit_columns(table: QTableView, max_chars: int = 40) -> None:
    """Columns as wide as their contents (up to ``max_chars`` average characters)."""
    table.resizeColumnsToContents()
    limit = table.fontMetrics().averageCharWidth() * max_chars
    for column in range(table.model().columnCount()):
        if table.columnWidth(column) > limit:
            table.setColumnWidth(column, limit)

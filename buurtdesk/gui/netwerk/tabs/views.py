"""The table the tabs show their rows in, set up as the people list is, with link cells: a
click on a name opens that person or organisation. Enter (or a double click) does the row's
own first action, the same one a button beside the list offers; Delete asks to remove it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from buurtdesk.gui import style
from buurtdesk.gui.netwerk.tabs.rows_model import RowsModel

DATE_STYLE = f"""
QDateEdit {{
    background: {style.SURFACE}; border: 1px solid {style.BORDER}; border-radius: 5px;
    padding: 4px 6px;
}}
QDateEdit:focus {{ border: 2px solid {style.ACCENT}; padding: 3px 5px; }}
QDateEdit:disabled {{ background: #f1f3f5; color: {style.DISABLED_TEXT}; }}
QDateEdit[invalid="true"] {{ border: 2px solid {style.ERROR}; padding: 3px 5px; }}
"""
FORM_STYLE = f"""
QWidget#inlineForm {{
    background: #f7f9fb; border: 1px solid {style.BORDER}; border-radius: 8px;
}}
{DATE_STYLE}
"""


class RowsTable(QTableView):
    link_activated = Signal(int, int)  # row, column
    row_activated = Signal(int)  # Enter or a double click on a row
    delete_requested = Signal(int)

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._links = model.link_columns
        self._chars: dict[int, int] = {}
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.setMouseTracking(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.clicked.connect(self._clicked)
        self.doubleClicked.connect(lambda index: self.row_activated.emit(index.row()))
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)

    def set_column_widths(self, chars: Mapping[int, int], stretch: int) -> None:
        """Columns ``chars`` average characters wide (following the font size); the column
        ``stretch`` takes the rest, so the name that matters most is clipped last."""
        self._chars = dict(chars)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()

    def _fit_columns(self) -> None:
        width = self.fontMetrics().averageCharWidth()
        for column, chars in self._chars.items():
            self.setColumnWidth(column, chars * width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
            self._fit_columns()

    def current_row(self) -> int | None:
        index = self.currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.selectRow(row)
        self.setCurrentIndex(self.model().index(row, 0))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() in self._links and index.data():
            self.link_activated.emit(index.row(), index.column())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.row_activated.emit(index.row())
                return
            if event.key() == Qt.Key.Key_Delete:
                self.delete_requested.emit(index.row())
                return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        index = self.indexAt(event.position().toPoint())
        on_link = index.isValid() and index.column() in self._links and bool(index.data())
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if on_link else Qt.CursorShape.ArrowCursor
        )

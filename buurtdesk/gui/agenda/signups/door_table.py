"""The door list's table: the space bar or a click in the "Aanwezig" column checks the
selected person in (or out again); Delete asks to cancel their sign-up."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from buurtdesk.gui.agenda.signups.door_model import (
    NAME,
    PARTY,
    PHONE,
    PRESENT,
    STATUS,
    DoorListModel,
)
from buurtdesk.gui.netwerk.tabs.views import RowsTable

COLUMN_CHARS = {PHONE: 14, STATUS: 24, PARTY: 13, PRESENT: 13}
NAME_CHARS = 18  # the name keeps at least this much; the other columns give way first
MIN_CHARS = 6


class DoorTable(RowsTable):
    presence_toggled = Signal(int)  # row

    def __init__(self, model: DoorListModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setObjectName("doorList")
        self.setAccessibleName(self.tr("Door list"))
        self.setToolTip(self.tr("Space: check the selected person in or out"))
        self.set_column_widths(COLUMN_CHARS, stretch=NAME)
        self.clicked.connect(self._clicked_cell)

    def _fit_columns(self) -> None:
        """Columns as wide as their texts need, narrowed together where the view is too
        narrow (large text, a small screen) so the name stays readable."""
        char = self.fontMetrics().averageCharWidth()
        wanted = sum(COLUMN_CHARS.values()) * char
        room = self.viewport().width() - NAME_CHARS * char
        share = min(1.0, room / wanted) if room > 0 else 0.0
        for column, chars in COLUMN_CHARS.items():
            self.setColumnWidth(column, max(MIN_CHARS * char, int(chars * char * share)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _clicked_cell(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == PRESENT:
            self.presence_toggled.emit(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            self.presence_toggled.emit(index.row())
            return
        super().keyPressEvent(event)

"""What the month and the week view share: a grid of cells that each hold activities, one
of them selected (the delegate marks it), Enter or a double click opening it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


class OccurrenceGrid(QTableView):
    occurrence_selected = Signal(object)  # int | None
    occurrence_activated = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.selected_id: int | None = None

    def _set_up_grid(self) -> None:
        """One cell at a time, nothing to edit, Tab leaves the grid."""
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)

    def select_occurrence(self, occurrence_id: int | None, *, tell: bool = True) -> None:
        self.selected_id = occurrence_id
        self.viewport().update()
        if tell:
            self.occurrence_selected.emit(occurrence_id)

    def _opened_by(self, event: QKeyEvent) -> bool:
        """Enter opens the selected activity (True: the key was Enter, handled)."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if self.selected_id is not None:
            self.occurrence_activated.emit(self.selected_id)
        return True

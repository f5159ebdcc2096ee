"""The list of cards in one column: a QListView with the painted cards, a drag source and a
drop target, and the board's keys: Ctrl+Right / Ctrl+Left move the selected card one stage
on or back, Left / Right go to the neighbouring column."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QFrame, QListView, QWidget

from buurtdesk.gui.initiatives.card_delegate import CardDelegate
from buurtdesk.gui.initiatives.column_model import ID_ROLE, ColumnModel


class CardList(QListView):
    step_requested = Signal(int, int)  # initiative id, direction (+1 on, -1 back)
    neighbour_requested = Signal(int)  # direction: the column to the left or right
    menu_requested = Signal(QPoint)  # global position of "Verplaatsen naar…"

    def __init__(
        self, model: ColumnModel, delegate: CardDelegate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMouseTracking(False)

    def column_model(self) -> ColumnModel:
        model = self.model()
        assert isinstance(model, ColumnModel)
        return model

    def current_initiative(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Qt makes the first card current when the focus arrives in a list without a
        current card, which would choose another initiative whenever the focus passes
        through by itself (a button under it hidden or disabled). The board's chosen card
        changes only by click, key or ``BoardView.select``."""
        if self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        QAbstractScrollArea.focusInEvent(self, event)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = 1 if key == Qt.Key.Key_Right else -1
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                current = self.current_initiative()
                if current is not None:
                    self.step_requested.emit(current, direction)
            else:
                self.neighbour_requested.emit(direction)
            event.accept()
            return
        if key == Qt.Key.Key_Menu:
            rect = self.visualRect(self.currentIndex())
            self.menu_requested.emit(self.viewport().mapToGlobal(rect.center()))
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            self.menu_requested.emit(event.globalPos())

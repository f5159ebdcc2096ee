"""What the set-up dialogs share: the keys of their lists (Ctrl+Up / Ctrl+Down move the
chosen row, F2 edits its text in place, Delete removes it after the usual question), roomy
rows, and a first size that fits the screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

MOVE_UP = "Ctrl+Up"
MOVE_DOWN = "Ctrl+Down"
ROOMY_ROWS = "QAbstractItemView::item { padding: 4px 8px; }"
SCREEN_SHARE = 0.92


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to ``width`` × ``height``, but never past the screen it opens on
    (large text on a small laptop)."""
    screen = dialog.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * SCREEN_SHARE))
        height = min(height, int(available.height() * SCREEN_SHARE))
    dialog.resize(width, height)


class ListKeys(QObject):
    """Watches a list view and turns its keys into requests."""

    move_requested = Signal(int)  # -1 up, +1 down
    rename_requested = Signal()
    delete_requested = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, modifiers = event.key(), event.modifiers()
        ctrl = modifiers & Qt.KeyboardModifier.ControlModifier
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key == Qt.Key.Key_F2 and not ctrl:
            self.rename_requested.emit()
            return True
        if key == Qt.Key.Key_Delete and not ctrl:
            self.delete_requested.emit()
            return True
        return False


def list_with_tools(
    view: QAbstractItemView, tools: Sequence[QPushButton], last: QPushButton
) -> QHBoxLayout:
    """The list with its buttons in a column beside it (``last``, the destructive one, at
    the bottom): narrow enough for two lists side by side at large text sizes."""
    column = QVBoxLayout()
    column.setSpacing(8)
    for tool in tools:
        column.addWidget(tool)
    column.addStretch(1)
    column.addWidget(last)
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(view, 1)
    row.addLayout(column)
    return row

"""The question under the toolbar when a card moves: an optional note, then "Verplaatsen".

Every move asks for a note inline (Enter moves, Escape cancels): "Taalmaatjes naar Plan".
When the stage being left still has open checklist points, the same bar lists them and
asks "Toch verplaatsen?"; the note typed before stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from buurtdesk.gui import icons, style
from buurtdesk.gui.widgets import button, label


@dataclass(frozen=True)
class PendingMove:
    initiative_id: int
    title: str
    to_stage_id: int
    to_stage: str
    confirm_open_checklist: bool = False


class MoveBar(QWidget):
    confirmed = Signal(object, str)  # PendingMove, note
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"QWidget#moveBar {{ background: {style.ACCENT_SOFT}; "
            f"border: 1px solid {style.ACCENT}; border-radius: 6px; }}"
        )
        self.pending: PendingMove | None = None
        self.picture = QLabel()
        self.message = label("", wrap=True)
        self.message.setObjectName("moveMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLineEdit()
        self.note.setObjectName("moveNote")
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. what was decided"))
        self.note.setAccessibleName(self.tr("Note with this move"))
        # Enter in the note moves; the note has the focus whenever the bar asks.
        self.note.returnPressed.connect(self.confirm)
        self.move_button = button(self.tr("Move"), "arrow-right-left", kind="primary")
        self.move_button.setObjectName("moveConfirm")
        self.move_button.clicked.connect(self.confirm)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.setObjectName("moveCancel")
        self.cancel_button.clicked.connect(self.cancel)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message, 1)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.note, 1)
        row.addWidget(self.move_button)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(row)
        self.hide()

    def _picture(self, name: str) -> None:
        size = max(16, self.fontMetrics().height())
        self.picture.setPixmap(icons.pixmap(name, size, "accent", self.devicePixelRatioF()))

    def ask_note(self, move: PendingMove) -> None:
        """ "Move 'Taalmaatjes' to Plan?" with an empty note."""
        self.pending = move
        self._picture("arrow-right-left")
        self.message.setText(
            self.tr("Move “{title}” to {stage}? You can add a note for its history.").format(
                title=move.title, stage=move.to_stage
            )
        )
        self.move_button.setText(self.tr("Move"))
        self.note.clear()
        self._show()

    def ask_open_checklist(self, move: PendingMove, stage: str, items: tuple[str, ...]) -> None:
        """The stage's open checklist points, and "Move anyway"."""
        self.pending = move
        self._picture("list-todo")
        lines = "\n".join(f"• {item}" for item in items)
        self.message.setText(
            self.tr(
                "Not yet ticked off on the checklist of {stage}:\n{items}\nMove anyway?"
            ).format(stage=stage, items=lines)
        )
        self.move_button.setText(self.tr("Move anyway"))
        self._show()

    def _show(self) -> None:
        self.setAccessibleName(self.message.text())
        self.show()
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm(self) -> None:
        move = self.pending
        if move is None:
            return
        note = self.note.text()
        self.pending = None
        self.hide()
        self.confirmed.emit(move, note)

    def cancel(self) -> None:
        self.pending = None
        self.note.clear()
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

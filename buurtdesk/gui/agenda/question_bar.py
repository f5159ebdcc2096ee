"""A question inside the editor instead of a dialog: a sentence and a few buttons.

Used for a room that is already booked ("Toch opslaan" / "Annuleren") and for which dates
a change is meant for ("Alleen deze datum" / "Deze en alle volgende" / "Alle data").
The buttons stand in a row where they fit, one under the other in a narrow panel: a
button is never cut short.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from buurtdesk.gui import icons, style
from buurtdesk.gui.widgets import button, label


class QuestionBar(QWidget):
    answered = Signal(str)  # the key of the button pressed

    def __init__(self, name: str, icon: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", role)  # "error-banner" or "info-banner"
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._icon = icon
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = label("", wrap=True)
        self.message.setObjectName(f"{name}Message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        self._button_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._button_row.setSpacing(8)
        self._button_row.addStretch(1)
        self.stacked = False  # the buttons one under the other
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message, 1)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self._button_row)
        if role == "info-banner":  # a question, not an error: the accent, calm
            self.setStyleSheet(
                f"QWidget#{name} {{ background: {style.ACCENT_SOFT}; "
                f"border: 1px solid {style.ACCENT}; border-radius: 6px; }}"
            )
        self.hide()

    def ask(
        self,
        message: str,
        answers: Sequence[tuple[str, str, str | None]],
        *,
        default: str | None = None,
    ) -> None:
        """Show ``message`` with one button per (key, text, kind); the ``default`` one (the
        first when None) gets focus and Enter."""
        size = max(16, self.fontMetrics().height())
        tone = "error" if self.property("role") == "error-banner" else "accent"
        self.picture.setPixmap(icons.pixmap(self._icon, size, tone, self.devicePixelRatioF()))
        self.message.setText(message)
        self.setAccessibleName(message)
        for old in self.buttons.values():
            self._button_row.removeWidget(old)
            old.deleteLater()
        self.buttons = {}
        for key, text, kind in answers:
            choice = button(text, kind=kind)
            choice.setObjectName(f"{self.objectName()}_{key}")
            choice.clicked.connect(lambda _c=False, k=key: self._answer(k))
            self._button_row.addWidget(choice)
            self.buttons[key] = choice
        self._fit_buttons(self.width())
        self.show()
        if answers:
            chosen = self.buttons[default or answers[0][0]]
            chosen.setDefault(True)
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_width(self) -> int:
        widths = [b.sizeHint().width() for b in self.buttons.values()]
        margins = self._layout.contentsMargins()
        spacing = self._button_row.spacing() * max(0, len(widths) - 1)
        return sum(widths) + spacing + margins.left() + margins.right()

    def _fit_buttons(self, width: int) -> None:
        """A row where the buttons fit side by side, else one under the other."""
        stacked = self._row_width() > width
        if stacked == self.stacked:
            return
        self.stacked = stacked
        row = self._button_row
        if stacked:
            row.takeAt(0)  # the stretch that pushes a row to the right
            row.setDirection(QBoxLayout.Direction.TopToBottom)
        else:
            row.setDirection(QBoxLayout.Direction.LeftToRight)
            row.insertStretch(0, 1)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_buttons(event.size().width())

    def _answer(self, key: str) -> None:
        self.hide()
        self.answered.emit(key)

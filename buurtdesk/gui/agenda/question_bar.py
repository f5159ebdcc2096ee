"""A question inside the editor instead of a dialog: a sentence and a few buttons.

Used for a room that is already booked ("Toch opslaan" / "Annuleren") and for which dates
a change is meant for ("Alleen deze datum" / "Deze en alle volgende" / "Alle data").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
        self._button_row = QHBoxLayout()
        self._button_row.setSpacing(8)
        self._button_row.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
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

    def ask(self, message: str, answers: Sequence[tuple[str, str, str | None]]) -> None:
        """Show ``message`` with one button per (key, text, kind); the first gets focus."""
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
        self.show()
        if answers:
            self.buttons[answers[0][0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _answer(self, key: str) -> None:
        self.hide()
        self.answered.emit(key)

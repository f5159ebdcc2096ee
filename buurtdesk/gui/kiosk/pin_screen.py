"""Leaving the kiosk: the coordinator types the PIN on a big number pad. A wrong PIN says
so; after three the pad waits, counting down the time the service asks for in the one
message under the field (the pad never moves while it counts)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import icons

MAX_PIN = 8


class PinScreen(QWidget):
    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Coordinator PIN"))
        heading.setProperty("role", "kiosk-heading")
        heading.setWordWrap(True)
        explanation = QLabel(self.tr("Only the coordinator can close the sign-in desk."))
        explanation.setProperty("role", "kiosk-muted")
        explanation.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_PIN)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
        self.field.setAccessibleName(self.tr("PIN"))
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMaximumWidth(420)
        self.field.returnPressed.connect(self._confirm)
        self.message = QLabel()
        self.message.setProperty("role", "kiosk-error")
        self.message.setWordWrap(True)
        for text in (heading, explanation, self.message):  # wrap, never push the pad aside
            text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            text.setMinimumWidth(240)
        self.pad = QWidget()
        self.pad.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self.pad)
        grid.setSpacing(12)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit(digit), index // 3, index % 3)
        erase = self._key("⌫", self.tr("Erase the last digit"), self.field.backspace)
        grid.addWidget(erase, 3, 0)
        grid.addWidget(self._digit("0"), 3, 1)
        self.ok = self._key(
            self.tr("OK"), self.tr("Close the sign-in desk with this PIN"), self._confirm
        )
        self.ok.setObjectName("pinOk")
        grid.addWidget(self.ok, 3, 2)
        self.back = QPushButton(icons.icon("arrow-left"), self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back to the sign-in desk"))
        self.back.setAutoDefault(False)
        self.back.clicked.connect(self.cancelled)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(heading)
        left.addWidget(explanation)
        left.addWidget(self.field, 0, Qt.AlignmentFlag.AlignLeft)  # it is narrower
        left.addWidget(self.message)
        left.addStretch(1)
        left.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(48)
        layout.addLayout(left, 1)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignTop)

        self._remaining = 0
        self._wrong = True
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)

    def _digit(self, digit: str) -> QPushButton:
        return self._key(digit, digit, lambda: self.field.insert(digit))

    def _key(self, text: str, accessible: str, action: Callable[[], None]) -> QPushButton:
        key = QPushButton(text)
        key.setProperty("kind", "pad")
        key.setAccessibleName(accessible)
        key.setAutoDefault(False)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.clicked.connect(action)
        return key

    def reset(self) -> None:
        """An empty field; a running wait keeps running."""
        self.field.clear()
        if self._remaining <= 0:
            self.message.clear()
        self.field.setFocus()

    def _confirm(self) -> None:
        if self._remaining <= 0 and self.field.text():
            self.entered.emit(self.field.text())

    def refuse(self, message: str, wait_seconds: int, *, wrong: bool = True) -> None:
        """Say the PIN was wrong (or, not ``wrong``, that the back-off still runs); with
        ``wait_seconds`` the pad waits that long, and the message counts down instead of
        the service's words."""
        self.field.clear()
        self._wrong = wrong
        self._say(message)
        self._remaining = max(0, wait_seconds)
        self._show_wait()
        if self._remaining:
            self._tick.start()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def waiting(self) -> bool:
        return self._remaining > 0

    def _wait_text(self, seconds: int) -> str:
        if not self._wrong:
            return self._wait_only_text(seconds)
        if seconds == 1:
            return self.tr("The PIN was wrong. Try again in 1 second.")
        if seconds < 60:
            return self.tr("The PIN was wrong. Try again in {seconds} seconds.").format(
                seconds=seconds
            )
        minutes = -(-seconds // 60)
        if minutes == 1:
            return self.tr("The PIN was wrong. Try again in 1 minute.")
        return self.tr("The PIN was wrong. Try again in {minutes} minutes.").format(minutes=minutes)

    def _wait_only_text(self, seconds: int) -> str:
        if seconds < 120:  # never "1 minuten"
            return self.tr("Please wait: you can try a PIN again in {seconds} s.").format(
                seconds=seconds
            )
        minutes = -(-seconds // 60)
        return self.tr("Please wait: you can try a PIN again in {minutes} min.").format(
            minutes=minutes
        )

    def _count_down(self) -> None:
        self._remaining -= 1
        self._show_wait()

    def _show_wait(self) -> None:
        waiting = self._remaining > 0
        if waiting:
            self._say(self._wait_text(self._remaining))
        elif self._tick.isActive():
            self._tick.stop()
            self._say(self.tr("You can try again now."))
        self.pad.setEnabled(not waiting)
        self.field.setEnabled(not waiting)
        if not waiting:
            self.field.setFocus()

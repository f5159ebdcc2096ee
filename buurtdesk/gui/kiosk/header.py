"""The top of the kiosk: which activity, when, and the live counts at the door."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from buurtdesk.services.signups_types import Counts


def _label(role: str, *, wrap: bool = True) -> QLabel:
    result = QLabel()
    result.setProperty("role", role)
    result.setWordWrap(wrap)
    return result


class CountsStrip(QWidget):
    """Verwacht, Aanwezig, Wachtlijst: each word above its number, side by side. A count
    is one unit that never breaks, and there is no separator to dangle at a line's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        words = (self.tr("Expected"), self.tr("Present"), self.tr("Waiting list"))
        self.numbers: list[QLabel] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(28)
        layout.setVerticalSpacing(0)
        for column, word in enumerate(words):
            name = _label("kiosk-muted", wrap=False)
            name.setText(word)
            number = _label("kiosk-counts", wrap=False)
            for label in (name, number):
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(name, 0, column)
            layout.addWidget(number, 1, column)
            self.numbers.append(number)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def set_counts(self, counts: Counts | None, text: str) -> None:
        values = (
            ("", "", "") if counts is None else (counts.expected, counts.present, counts.waiting)
        )
        for label, value in zip(self.numbers, values, strict=True):
            label.setText(str(value))
        self._text = text
        self.setAccessibleName(text)

    def text(self) -> str:
        """All three counts in one line, as a screen reader says them."""
        return self._text

    def clear(self) -> None:
        self.set_counts(None, "")


class KioskHeader(QWidget):
    """Title, date and time, the counts at the door, and the small "Afsluiten" in the
    corner (the only way out, and it asks for the PIN)."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = _label("kiosk-title")
        self.when = _label("kiosk-muted")
        self.counts = CountsStrip()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setProperty("kind", "corner")
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setAccessibleName(self.tr("Close the sign-in desk (coordinator PIN)"))
        self.close_button.clicked.connect(self.close_requested)

        # The title and the time may wrap: the kiosk must never be wider than the screen
        # it fills. The counts keep their width.
        for label in (self.title, self.when):
            label.setMinimumWidth(240)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QGridLayout(self)
        layout.setContentsMargins(32, 10, 20, 12)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.close_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.when, 1, 0)
        layout.addWidget(self.counts, 1, 1, Qt.AlignmentFlag.AlignRight)
        layout.setColumnStretch(0, 1)

    def set_activity(self, title: str, when: str) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.when.setText(when)
        self.when.setAccessibleName(when)

    def set_counts(self, counts: Counts | None) -> None:
        if counts is None:
            self.counts.clear()
            return
        text = self.tr("Expected {expected}  ·  Present {present}  ·  Waiting list {waiting}")
        self.counts.set_counts(
            counts,
            text.format(expected=counts.expected, present=counts.present, waiting=counts.waiting),
        )

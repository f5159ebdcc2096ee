"""The top of the kiosk: which activity, when, and the live counts at the door."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from buurtdesk.services.signups_types import Counts


def _label(role: str) -> QLabel:
    result = QLabel()
    result.setProperty("role", role)
    result.setWordWrap(True)
    return result


class KioskHeader(QWidget):
    """Title, date and time, "Verwacht 12 · Aanwezig 5 · Wachtlijst 2", and the small
    "Afsluiten" in the corner (the only way out, and it asks for the PIN)."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = _label("kiosk-title")
        self.when = _label("kiosk-muted")
        self.counts = _label("kiosk-counts")
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setProperty("kind", "corner")
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setAccessibleName(self.tr("Close the sign-in desk (coordinator PIN)"))
        self.close_button.clicked.connect(self.close_requested)

        # Both columns may wrap: on a 1366 px laptop the counts in large type and a long
        # title do not fit one line beside each other, and the kiosk must never be wider
        # than the screen it fills.
        for label in (self.title, self.when, self.counts):
            label.setMinimumWidth(240)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QGridLayout(self)
        layout.setContentsMargins(32, 10, 20, 12)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.close_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.when, 1, 0)
        layout.addWidget(self.counts, 1, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

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
        shown = text.format(
            expected=counts.expected, present=counts.present, waiting=counts.waiting
        )
        # Wrap between the counts, never inside one ("Wachtlijst" above its "0").
        parts = (part.strip().replace(" ", "\u00a0") for part in shown.split("·"))
        self.counts.setText("  ·  ".join(parts))
        self.counts.setAccessibleName(shown)

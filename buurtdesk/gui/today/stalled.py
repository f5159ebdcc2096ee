"""Stalled initiatives on the start screen ("Vastgelopen initiatieven"): each with its
reason, one click from its card on the board."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from buurtdesk.gui import formatting
from buurtdesk.gui.widgets import button, label
from buurtdesk.services.initiatives import CardRow

MAX_STALLED = 8


class StalledList(QWidget):
    initiative_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stalledInitiatives")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.empty = label(self.tr("No stalled initiatives: every one has had attention."), "muted")
        self._layout.addWidget(self.empty)
        self.more = label("", "muted")
        self._layout.addWidget(self.more)
        self._links: list[QPushButton] = []

    def show_rows(self, rows: list[CardRow]) -> None:
        shown = rows[:MAX_STALLED]
        for link in self._links:
            self._layout.removeWidget(link)
            link.hide()
            link.deleteLater()
        self._links = []
        for number, row in enumerate(shown):
            link = button(f"{row.title} — {row.stalled_reason}", "hourglass")
            link.setProperty("kind", "link")
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            link.setToolTip(self.tr("Open on the initiatives board"))
            link.clicked.connect(
                lambda _c=False, iid=row.initiative_id: self.initiative_clicked.emit(iid)
            )
            self._layout.insertWidget(number, link, 0, Qt.AlignmentFlag.AlignLeft)
            self._links.append(link)
        self.empty.setVisible(not rows)
        hidden = len(rows) - len(shown)
        self.more.setVisible(hidden > 0)
        self.more.setText(
            self.tr("… and {count} more on the board.").format(count=formatting.number(hidden))
        )

    def row_texts(self) -> list[str]:
        """What each link says, for tests and screen readers."""
        return [link.text() for link in self._links]

    def links(self) -> list[QPushButton]:
        return list(self._links)

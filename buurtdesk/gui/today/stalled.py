"""Stalled initiatives on the start screen ("Vastgelopen initiatieven"): each with its
reason, one click from its card on the board."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from buurtdesk.gui import formatting, icons
from buurtdesk.gui.widgets import label
from buurtdesk.services.initiatives import CardRow

MAX_STALLED = 8


class StalledLink(QPushButton):
    """One stalled initiative as a link that wraps onto more lines when the reason is long
    (a push button's own text cannot wrap): the hourglass, then "title — reason"."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link_text = text
        self.setProperty("kind", "link")
        self.setAccessibleName(text)
        picture = QLabel()
        size = max(16, self.fontMetrics().height())
        picture.setPixmap(icons.pixmap("hourglass", size, "normal", self.devicePixelRatioF()))
        self.words = QLabel(f'<a href="#">{escape(text)}</a>')
        self.words.setObjectName("stalledText")
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        for part in (picture, self.words):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(6)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.words, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()


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
        self._links: list[StalledLink] = []

    def show_rows(self, rows: list[CardRow]) -> None:
        shown = rows[:MAX_STALLED]
        for link in self._links:
            self._layout.removeWidget(link)
            link.hide()
            link.deleteLater()
        self._links = []
        for number, row in enumerate(shown):
            link = StalledLink(f"{row.title} — {row.stalled_reason}")
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setToolTip(self.tr("Open on the initiatives board"))
            link.clicked.connect(
                lambda _c=False, iid=row.initiative_id: self.initiative_clicked.emit(iid)
            )
            self._layout.insertWidget(number, link)
            self._links.append(link)
        self.empty.setVisible(not rows)
        hidden = len(rows) - len(shown)
        self.more.setVisible(hidden > 0)
        self.more.setText(
            self.tr("… and {count} more on the board.").format(count=formatting.number(hidden))
        )

    def row_texts(self) -> list[str]:
        """What each link says, for tests and screen readers."""
        return [link.link_text for link in self._links]

    def links(self) -> list[QPushButton]:
        return list(self._links)

"""Today's activities and the rest of the week on the start screen, each one click from its
date in the Agenda."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from buurtdesk.gui.agenda import dates
from buurtdesk.gui.agenda.source import OccurrenceRow, title_text
from buurtdesk.gui.widgets import button, label

MAX_WEEK = 8


class AgendaList(QWidget):
    """A heading, one link per date, and a calm line when there is nothing."""

    occurrence_clicked = Signal(int)

    def __init__(self, name: str, heading: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._with_day = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(label(heading, "subheading"))
        self.empty = label(empty, "muted")
        self._layout.addWidget(self.empty)
        self.more = label("", "muted")
        self._layout.addWidget(self.more)
        self._links: list[QPushButton] = []

    def show_rows(self, rows: list[OccurrenceRow], *, with_day: bool, limit: int = 0) -> None:
        for link in self._links:
            self._layout.removeWidget(link)
            link.hide()
            link.deleteLater()
        self._links = []
        shown = rows[:limit] if limit else rows
        for number, row in enumerate(shown):
            link = button(self._text(row, with_day))
            link.setProperty("kind", "link")
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            link.setToolTip(self.tr("Open in the agenda"))
            link.clicked.connect(
                lambda _c=False, oid=row.occurrence_id: self.occurrence_clicked.emit(oid)
            )
            self._layout.insertWidget(1 + number, link, 0, Qt.AlignmentFlag.AlignLeft)
            self._links.append(link)
        self.empty.setVisible(not rows)
        hidden = len(rows) - len(shown)
        self.more.setVisible(hidden > 0)
        self.more.setText(self.tr("… and {count} more in the agenda.").format(count=hidden))

    @staticmethod
    def _text(row: OccurrenceRow, with_day: bool) -> str:
        when = dates.time_range(row.starts_at, row.ends_at)
        if with_day:
            when = f"{dates.weekday_short(row.starts_at.weekday())} {when}"
        where = f" · {row.room_name}" if row.room_name else ""
        return f"{when}  {title_text(row, with_status=True)}{where}"

    def row_texts(self) -> list[str]:
        """What each link says, for tests and screen readers."""
        return [link.text() for link in self._links]

    def links(self) -> list[QPushButton]:
        return list(self._links)

"""Open follow-ups (vervolgacties) on the start screen: overdue first, each one click from
its person, and ticked off in one click."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import formatting, icons
from buurtdesk.gui.widgets import button, label
from buurtdesk.services.contacts import FollowUpRow

MAX_SHOWN = 8  # the start screen shows the most urgent; "Alle vervolgacties" has the rest
MAX_PEOPLE_LINKS = 3


class FollowUpList(QWidget):
    person_clicked = Signal(int)
    done_clicked = Signal(int)  # contact moment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUps")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._rows: list[QWidget] = []
        self._shown: tuple[list[FollowUpRow], int, date] | None = None
        self.more = label("", "muted")
        self.empty = label(self.tr("No open follow-ups."), "muted")
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.more)

    def show_rows(self, rows: list[FollowUpRow], total: int, today: date) -> None:
        shown = (rows[:MAX_SHOWN], total, today)
        if shown == self._shown:
            return
        self._shown = shown
        for widget in self._rows:
            self._layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._rows = []
        for index, row in enumerate(rows[:MAX_SHOWN]):
            widget = self._row_widget(row, today)
            self._layout.insertWidget(index, widget)
            self._rows.append(widget)
        self.empty.setVisible(not rows)
        hidden = total - len(self._rows)
        self.more.setVisible(hidden > 0)
        self.more.setText(self.tr("… and {count} more.").format(count=formatting.number(hidden)))

    def row_texts(self) -> list[str]:
        """What each row says, for tests and screen readers."""
        return [str(w.accessibleName()) for w in self._rows]

    def _due_text(self, row: FollowUpRow, today: date) -> str:
        if row.due is None:
            return self.tr("no date")
        if row.due == today:
            return self.tr("today")
        if row.overdue:
            return self.tr("overdue since {date}").format(date=formatting.short_date(row.due))
        return formatting.short_date(row.due)

    def _row_widget(self, row: FollowUpRow, today: date) -> QWidget:
        widget = QWidget()
        widget.setObjectName("followUpRow")
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 8, 0, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)

        marker = QLabel()
        tone = "error" if row.overdue else "muted"
        marker.setPixmap(
            icons.pixmap(
                "circle-alert" if row.overdue else "calendar-clock",
                18,
                tone,
                self.devicePixelRatioF(),
            )
        )
        due = label(self._due_text(row, today), "error" if row.overdue else "muted")
        what = label(row.follow_up, wrap=True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        about = QHBoxLayout()
        about.setSpacing(8)
        about.addWidget(label(self.tr("About:"), "small"))
        for person in row.people[:MAX_PEOPLE_LINKS]:
            link = button(person.name)
            link.setProperty("kind", "link")
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            link.setToolTip(self.tr("Open {name}").format(name=person.name))
            link.clicked.connect(
                lambda _checked=False, pid=person.id: self.person_clicked.emit(pid)
            )
            about.addWidget(link)
        others = len(row.people) - MAX_PEOPLE_LINKS
        if others > 0:
            about.addWidget(label(self.tr("and {count} more").format(count=others), "small"))
        if row.organisations:
            names = ", ".join(o.name for o in row.organisations)
            organisations = label(names, "small")
            organisations.setToolTip(names)
            # Organisations give way when the line is full; the people stay readable.
            organisations.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            organisations.setMinimumWidth(0)
            about.addWidget(organisations, 1)
        else:
            about.addStretch(1)

        done = button(self.tr("Done"), "check")
        done.setToolTip(self.tr("Mark this follow-up as done"))
        done.clicked.connect(
            lambda _checked=False, cid=row.contact_moment_id: self.done_clicked.emit(cid)
        )

        grid.addWidget(marker, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(due, 0, 1)
        grid.addWidget(what, 1, 1)
        grid.addLayout(about, 2, 1)
        grid.addWidget(done, 0, 2, 3, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)
        widget.setAccessibleName(f"{self._due_text(row, today)}: {row.follow_up} ({row.about})")
        return widget

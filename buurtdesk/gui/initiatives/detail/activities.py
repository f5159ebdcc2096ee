"""Activiteiten on the Verloop page: the agenda's activities linked to the initiative, one
line each ("Buurtmaaltijd — om de week op woensdag · volgende: wo 9 dec · 6 keer gehouden,
84 aanwezig"). One click (or Enter) opens its next date in the Agenda, or its latest date
when none is planned. The link itself is made in the agenda's activity editor."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.agenda.dates import day_month, weekday_short
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.formatting import number
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.widgets import label
from buurtdesk.services.initiative_activities import LinkedActivity, activities_of

_Index = QModelIndex | QPersistentModelIndex


def _when(day: date, today: date) -> str:
    """ "wo 9 dec", with the year when it is not this year's."""
    text = f"{weekday_short(day.weekday())} {day_month(day)}"
    return text if day.year == today.year else f"{text} {day.year}"


def line_of(row: LinkedActivity, today: date) -> str:
    if row.next_date is None:
        upcoming = QCoreApplication.translate("InitiativeActivities", "no next date planned")
    else:
        upcoming = QCoreApplication.translate("InitiativeActivities", "next: {date}").format(
            date=_when(row.next_date.date(), today)
        )
    if row.dates_held == 0:
        held = QCoreApplication.translate("InitiativeActivities", "not held yet")
    elif row.dates_held == 1:
        held = QCoreApplication.translate("InitiativeActivities", "held once")
    else:
        held = QCoreApplication.translate("InitiativeActivities", "held {count} times").format(
            count=number(row.dates_held)
        )
    present = QCoreApplication.translate("InitiativeActivities", "{count} present").format(
        count=number(row.attendance)
    )
    return QCoreApplication.translate(
        "InitiativeActivities", "{title} — {rule} · {next} · {held}, {present}"
    ).format(title=row.title, rule=row.rule_text, next=upcoming, held=held, present=present)


def occurrence_to_open(row: LinkedActivity) -> int | None:
    return row.next_occurrence_id or row.latest_occurrence_id


class ActivitiesModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[LinkedActivity] = []
        self._today = date.today()

    def set_rows(self, rows: Sequence[LinkedActivity], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def row_at(self, row: int) -> LinkedActivity | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return line_of(row, self._today)
        if role == Qt.ItemDataRole.ToolTipRole and occurrence_to_open(row) is not None:
            return QCoreApplication.translate("InitiativeActivities", "Open in the Agenda")
        return None


class _ActivityList(QListView):
    """A click or Enter chooses a row (not the style's double click). As tall as its
    wrapped rows at the width it has: the page scrolls, not the list."""

    chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.clicked.connect(lambda index: self.chosen.emit(index.row()))

    def fit_height(self) -> None:
        model, delegate = self.model(), self.itemDelegate()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(0, 0, max(self.viewport().width(), 1), 1)  # valid: wraps at it
        height = 2 * self.frameWidth()
        for row in range(model.rowCount()):
            height += delegate.sizeHint(option, model.index(row, 0)).height() + 2 * self.spacing()
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self.chosen.emit(current.row())
            return
        super().keyPressEvent(event)


class ActivitiesSection(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("initiativeActivities")
        self._context = context
        self._initiative_id: int | None = None
        self.heading = label(self.tr("Activities"), "subheading")
        self.empty = label(
            self.tr(
                "No activities yet. Link an activity to this initiative in the Agenda "
                "(field Initiative)."
            ),
            "muted",
            wrap=True,
        )
        self.empty.setObjectName("initiativeActivitiesEmpty")
        self.model = ActivitiesModel()
        self.list = _ActivityList()
        self.list.setObjectName("initiativeActivityList")
        self.list.setAccessibleName(self.tr("Activities of this initiative"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setMouseTracking(True)
        self.list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(3)
        self.list.chosen.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)

    def set_initiative(self, initiative_id: int | None) -> None:
        self._initiative_id = initiative_id
        self.reload()

    def reload(self) -> None:
        initiative_id = self._initiative_id
        today = self._context.now().date()
        rows: list[LinkedActivity] | None = []
        if initiative_id is not None:
            db = self._context.db
            rows = call(
                lambda: activities_of(db, initiative_id, today=today),
                refused=lambda _m: None,
                failed=self._context.show_status,
            )
        self.model.set_rows(rows or [], today)
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.list.setVisible(has_rows)
        self.list.fit_height()

    def _open(self, row: int) -> None:
        found = self.model.row_at(row)
        occurrence_id = occurrence_to_open(found) if found is not None else None
        if occurrence_id is not None:
            self._context.navigator.open_occurrence(occurrence_id)

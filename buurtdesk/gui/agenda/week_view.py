"""The week by room: rooms down the side, Monday to Sunday across, each activity with its
times; a double booking says "dubbel geboekt" beside a warning icon."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from buurtdesk.gui import style
from buurtdesk.gui.agenda import cells, dates
from buurtdesk.gui.agenda.occurrence_grid import OccurrenceGrid
from buurtdesk.gui.agenda.source import OccurrenceRow
from buurtdesk.gui.agenda.week_model import DOUBLE_ROLE, ITEMS_ROLE, WeekModel

_Index = QModelIndex | QPersistentModelIndex
MIN_LINES = 2


ROOM_CHARS = 16


def week_items(rows: tuple[OccurrenceRow, ...], double: frozenset[int]) -> list[cells.Item]:
    items = []
    for row in rows:
        lines = [
            cells.Line(
                f"{dates.time_text(row.starts_at)}–{dates.time_text(row.ends_at)}", muted=True
            ),
            cells.title_line(row.title, row),
        ]
        if row.occurrence_id in double:
            lines.append(cells.Line(cells.double_text(), warning=True))
        items.append(cells.Item(row.occurrence_id, tuple(lines)))
    return items


class WeekDelegate(QStyledItemDelegate):
    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self._view = view

    def _items(self, index: _Index) -> list[cells.Item]:
        return week_items(index.data(ITEMS_ROLE) or (), index.data(DOUBLE_ROLE) or frozenset())

    def placed(self, rect: QRect, index: _Index, metrics: QFontMetrics) -> list[cells.Placed]:
        return cells.place(rect.adjusted(2, 3, -2, -3), self._items(index), metrics)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        lines = max(MIN_LINES, sum(len(item.lines) for item in self._items(index)))
        return QSize(metrics.averageCharWidth() * 14, lines * cells.line_height(metrics) + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        rect = QRect(option.rect)
        metrics = QFontMetrics(option.font)
        painter.setFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor(style.ACCENT_SOFT if selected else style.SURFACE))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cells.paint(painter, self.placed(rect, index, metrics), metrics, self._view.selected_id)
        painter.restore()


class WeekView(OccurrenceGrid):
    def __init__(self, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__("weekView", parent)
        self._model = model
        self.setModel(model)
        self._delegate = WeekDelegate(self)
        self.setItemDelegate(self._delegate)
        self._set_up_grid()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Room names give way (elided) before the days do.
        self.verticalHeader().setMaximumWidth(self.fontMetrics().averageCharWidth() * ROOM_CHARS)

    def show_occurrence(self, row: OccurrenceRow) -> None:
        index = self._model.index_of(row)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
        self.select_occurrence(row.occurrence_id, tell=False)

    def _spot_at(self, point: QPoint) -> cells.Placed | None:
        index = self.indexAt(point)
        if not index.isValid():
            return None
        placed = self._delegate.placed(self.visualRect(index), index, self.fontMetrics())
        return cells.hit(placed, point)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        spot = self._spot_at(event.position().toPoint())
        self.select_occurrence(spot.occurrence_id if spot is not None else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        spot = self._spot_at(event.position().toPoint())
        if spot is not None:
            self.occurrence_activated.emit(spot.occurrence_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._opened_by(event):
            return
        before = self.currentIndex()
        super().keyPressEvent(event)
        index = self.currentIndex()
        if index.isValid() and index != before:
            rows = self._model.items(index.row(), index.column())
            self.select_occurrence(rows[0].occurrence_id if rows else None)

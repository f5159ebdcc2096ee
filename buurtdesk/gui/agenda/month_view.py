"""The month grid: six weeks from Monday, each day listing its activities.

A click picks an activity (or just the day), a double click or Enter opens it, the arrow
keys walk the days. Today's number sits in a filled circle; days of the months around it
are dimmed. Rows share the height and the lines follow the font, so larger text shows
fewer lines per day and more "+3 meer", never clipped half-lines.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from buurtdesk.gui import style
from buurtdesk.gui.agenda import cells
from buurtdesk.gui.agenda.month_model import (
    DAY_ROLE,
    IN_MONTH_ROLE,
    ITEMS_ROLE,
    TODAY_ROLE,
    MonthModel,
)
from buurtdesk.gui.agenda.occurrence_grid import OccurrenceGrid
from buurtdesk.gui.agenda.source import OccurrenceRow, line_text

_Index = QModelIndex | QPersistentModelIndex
_MOVES = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
    }
)


# Below this many characters a day shows titles only (the time is in the tooltip and the
# detail): "Koffieochte…" says more than "10.00 K…" on a laptop screen.
NARROW_CHARS = 16
ITEM_SCALE = 0.9  # the activities a little smaller than the day's number


def month_items(rows: tuple[OccurrenceRow, ...], narrow: bool) -> list[cells.Item]:
    return [
        cells.Item(r.occurrence_id, (cells.title_line(r.title if narrow else line_text(r), r),))
        for r in rows
    ]


class Fonts:
    """The fonts of a day cell, made once per font of the view, not once per paint."""

    def __init__(self, font: QFont) -> None:
        self.number = QFont(font)
        self.number_metrics = QFontMetrics(self.number)
        self.today = QFont(font)
        self.today.setBold(True)
        self.item = QFont(font)
        self.item.setPointSizeF(max(8.0, font.pointSizeF() * ITEM_SCALE))
        self.item_metrics = QFontMetrics(self.item)
        self.header_height = self.number_metrics.height() + 4


class MonthDelegate(QStyledItemDelegate):
    def __init__(self, view: MonthView) -> None:
        super().__init__(view)
        self._view = view
        self.fonts = Fonts(view.font())

    def fit_font(self, font: QFont) -> None:
        self.fonts = Fonts(font)

    def placed(self, rect: QRect, index: _Index) -> list[cells.Placed]:
        metrics = self.fonts.item_metrics
        area = rect.adjusted(1, self.fonts.header_height, -1, -2)
        narrow = area.width() < metrics.averageCharWidth() * NARROW_CHARS
        rows: tuple[OccurrenceRow, ...] = index.data(ITEMS_ROLE) or ()
        # Only the rows that can show are made into lines; the rest is "+N meer".
        shown = rows[: cells.capacity(area, metrics)]
        return cells.place(area, month_items(shown, narrow), metrics, total=len(rows))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        rect = QRect(option.rect)
        in_month = bool(index.data(IN_MONTH_ROLE))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = style.ACCENT_SOFT if selected else style.SURFACE if in_month else "#eef1f4"
        painter.fillRect(rect, QColor(background))
        self._paint_number(painter, rect, index, in_month)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.fonts.item)
        placed = self.placed(rect, index)
        cells.paint(painter, placed, self.fonts.item_metrics, self._view.selected_id)
        if selected:
            painter.setPen(QColor(style.ACCENT))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def _paint_number(self, painter: QPainter, rect: QRect, index: _Index, in_month: bool) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        metrics = self.fonts.number_metrics
        size = metrics.height() + 2
        circle = QRect(rect.left() + 4, rect.top() + 2, size, size)
        if index.data(TODAY_ROLE):
            painter.setFont(self.fonts.today)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.ACCENT))
            circle.setWidth(max(size, metrics.horizontalAdvance(text) + 10))
            painter.drawRoundedRect(circle, size / 2, size / 2)
            painter.setPen(QColor("#ffffff"))
        else:
            painter.setFont(self.fonts.number)
            painter.setPen(QColor(style.TEXT if in_month else style.MUTED_TEXT))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, text)


class MonthView(OccurrenceGrid):
    day_selected = Signal(object)  # date

    def __init__(self, model: MonthModel, parent: QWidget | None = None) -> None:
        super().__init__("monthView", parent)
        self.setModel(model)
        self._model = model
        self._delegate = MonthDelegate(self)
        self.setItemDelegate(self._delegate)
        self._set_up_grid()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setHighlightSections(False)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fit_font()

    def _fit_font(self) -> None:
        self._delegate.fit_font(self.font())
        fonts = self._delegate.fonts
        smallest = fonts.header_height + 2 * cells.line_height(fonts.item_metrics) + 4
        self.verticalHeader().setMinimumSectionSize(smallest)
        self.horizontalHeader().setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        # The week numbers take no more room than they need: the days get the rest.
        bold = QFont(self.verticalHeader().font())
        bold.setBold(True)
        numbers = QFontMetrics(bold).horizontalAdvance("53")
        self.verticalHeader().setFixedWidth(numbers + 20)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_font()

    # ---------------------------------------------------------------- selection
    def current_day(self) -> date | None:
        index = self.currentIndex()
        return index.data(DAY_ROLE) if index.isValid() else None

    def select_day(self, day: date) -> None:
        index = self._model.index_of(day)
        if index.isValid():
            self.setCurrentIndex(index)

    def show_occurrence(self, row: OccurrenceRow) -> None:
        """Select ``row``'s day and ``row`` in it, without telling (the page asked)."""
        self.select_day(row.starts_at.date())
        self.select_occurrence(row.occurrence_id, tell=False)

    def _spot_at(self, point: QPoint) -> tuple[QModelIndex, cells.Placed | None]:
        index = self.indexAt(point)
        if not index.isValid():
            return index, None
        placed = self._delegate.placed(self.visualRect(index), index)
        return index, cells.hit(placed, point)

    # ---------------------------------------------------------------- mouse and keys
    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        index, spot = self._spot_at(event.position().toPoint())
        if not index.isValid():
            return
        self.day_selected.emit(index.data(DAY_ROLE))
        if spot is not None and spot.occurrence_id == cells.MORE:
            self._choose_from_day(index, event.globalPosition().toPoint())
            return
        self.select_occurrence(spot.occurrence_id if spot is not None else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        _index, spot = self._spot_at(event.position().toPoint())
        if spot is not None and spot.occurrence_id != cells.MORE:
            self.occurrence_activated.emit(spot.occurrence_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._opened_by(event):
            return
        super().keyPressEvent(event)
        if event.key() in _MOVES:
            day = self.current_day()
            if day is not None:
                self.day_selected.emit(day)
                rows = self._model.occurrences_on(day)
                self.select_occurrence(rows[0].occurrence_id if rows else None)

    def _choose_from_day(self, index: QModelIndex, where: QPoint) -> None:
        """ "+3 meer": every activity of the day in a short menu."""
        menu = QMenu(self)
        menu.setAccessibleName(self._model.describe(index.data(DAY_ROLE)))
        for row in index.data(ITEMS_ROLE) or ():
            action = menu.addAction(line_text(row, with_status=True))
            action.setData(row.occurrence_id)
        chosen = menu.exec(where)
        if chosen is not None:
            self.select_occurrence(int(chosen.data()))

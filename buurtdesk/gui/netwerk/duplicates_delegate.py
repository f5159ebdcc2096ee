"""Draws one likely pair in the list: both names in bold with what tells them apart, then
the reasons in a quieter colour, each on its own line and cut off neatly when narrow."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from buurtdesk.gui import style
from buurtdesk.gui.netwerk.duplicates_model import PAIR_ROLE, SCORE

PADDING = 6
LINES = 3

_Index = QModelIndex | QPersistentModelIndex


class PairDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        pair = index.data(PAIR_ROLE)
        if pair is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the style draws the background, selection and focus; we the words
        widget = item.widget
        qt_style = widget.style() if widget is not None else QApplication.style()
        qt_style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        text = item.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = text if selected else QColor(style.MUTED_TEXT)
        font = QFont(item.font)
        bold = QFont(font)
        bold.setBold(True)
        plain_metrics = QFontMetrics(font)
        bold_metrics = QFontMetrics(bold)
        line = plain_metrics.lineSpacing()
        area = item.rect.adjusted(8, PADDING, -8, -PADDING)
        elide = Qt.TextElideMode.ElideRight
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        painter.save()
        if index.column() == SCORE:
            painter.setPen(text)
            painter.setFont(bold)
            first = QRect(area.left(), area.top(), area.width(), line)
            painter.drawText(first, flags, str(index.data()))
            painter.restore()
            return
        people = ((pair.name_a, pair.detail_a), (pair.name_b, pair.detail_b))
        for number, (name, detail) in enumerate(people):
            row = QRect(area.left(), area.top() + number * line, area.width(), line)
            painter.setPen(text)
            painter.setFont(bold)
            shown = bold_metrics.elidedText(name, elide, row.width())
            painter.drawText(row, flags, shown)
            used = bold_metrics.horizontalAdvance(shown)
            if detail and used < row.width():
                painter.setFont(font)
                rest = row.adjusted(used, 0, 0, 0)
                painter.drawText(
                    rest, flags, plain_metrics.elidedText(f" · {detail}", elide, rest.width())
                )
        painter.setPen(quiet)
        painter.setFont(font)
        reasons = QRect(area.left(), area.top() + 2 * line, area.width(), line)
        painter.drawText(
            reasons, flags, plain_metrics.elidedText(", ".join(pair.reasons), elide, area.width())
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(metrics.averageCharWidth() * 50, row_height(metrics))


def row_height(metrics: QFontMetrics) -> int:
    return metrics.lineSpacing() * LINES + 2 * PADDING

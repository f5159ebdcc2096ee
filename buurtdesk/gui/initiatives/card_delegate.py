"""Paints a card of the board: no widget per card, so 500 initiatives scroll smoothly.

A card is a white rounded box: the title in bold, the initiators, theme and area, the next
step with its date (an overdue one in red with a warning icon and the word "Te laat"), how
long it has been in this stage, its open needs as small labelled badges, and, for a stalled
initiative, an hourglass with the reason. The selected card gets the accent border.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from buurtdesk.gui import icons, style
from buurtdesk.gui.initiatives.card_text import CardText, card_text
from buurtdesk.gui.initiatives.column_model import CARD_ROLE
from buurtdesk.services.initiatives import CardRow

MARGIN_X = 6  # between the card and the column's edge
MARGIN_Y = 4  # between two cards (twice this)
PADDING = 10  # inside the card
GAP = 3  # between lines
ICON_GAP = 6

_Index = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    def __init__(self, today: date, *, closed: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.closed = closed
        self._texts: dict[CardRow, CardText] = {}

    def text_of(self, row: CardRow) -> CardText:
        found = self._texts.get(row)
        if found is None:
            if len(self._texts) > 2000:
                self._texts.clear()
            found = self._texts[row] = card_text(row, self.today, closed=self.closed)
        return found

    def set_today(self, today: date) -> None:
        if today != self.today:
            self.today = today
            self._texts.clear()

    # ---------------------------------------------------------------- fonts
    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont]:
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.92)
        return bold, small

    def _line_count(self, text: CardText) -> tuple[int, int]:
        """(lines in the normal font, lines in the small font) below the title."""
        normal = sum(1 for line in (text.initiators, text.next_step, text.step) if line)
        normal += 1 if text.stalled else 0
        small = 1 + (1 if text.about else 0) + (1 if text.needs else 0)  # days in stage
        small += max(len(text.stalled) - 1, 0)  # the reasons under "Vastgelopen"
        return normal, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        row = index.data(CARD_ROLE)
        if not isinstance(row, CardRow):
            return super().sizeHint(option, index)
        text = self.text_of(row)
        bold, small = self._fonts(option.font)
        normal_lines, small_lines = self._line_count(text)
        height = QFontMetrics(bold).height()
        height += normal_lines * (QFontMetrics(option.font).height() + GAP)
        small_height = QFontMetrics(small).height() + GAP
        height += small_lines * small_height
        if text.needs:
            height += 4  # the badges' frame
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 240
        return QSize(width, height + 2 * (PADDING + MARGIN_Y))

    # ---------------------------------------------------------------- painting
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = index.data(CARD_ROLE)
        if not isinstance(row, CardRow):
            super().paint(painter, option, index)
            return
        text = self.text_of(row)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = QColor(style.ACCENT if selected else style.BORDER)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(QColor(style.ACCENT_SOFT if selected else style.SURFACE))
        painter.drawRoundedRect(card.adjusted(0, 0, -1, -1), 6, 6)
        if focused and selected:
            painter.setPen(QPen(QColor(style.ACCENT), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(3, 3, -4, -4), 4, 4)
        inside = card.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        self._paint_lines(painter, option, inside, text)
        painter.restore()

    def _paint_lines(
        self, painter: QPainter, option: QStyleOptionViewItem, box: QRect, text: CardText
    ) -> None:
        bold, small = self._fonts(option.font)
        normal_metrics = QFontMetrics(option.font)
        small_metrics = QFontMetrics(small)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        y = box.top()

        def line(
            words: str,
            font: QFont,
            colour: str,
            icon: str | None = None,
            tone: str = "normal",
            *,
            keep: str = "",
            indent: int = 0,
        ) -> None:
            """One line, shortened with "…" where too long; ``keep`` is never cut."""
            nonlocal y
            metrics = QFontMetrics(font)
            left = box.left() + indent
            if icon:
                size = metrics.height() - 2
                pixmap = icons.pixmap(icon, size, tone, ratio)
                painter.drawPixmap(left, y + 1, pixmap)
                left += size + ICON_GAP
            painter.setFont(font)
            painter.setPen(QColor(colour))
            room = box.right() - left - metrics.horizontalAdvance(keep)
            shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, room) + keep
            painter.drawText(
                QRect(left, y, box.right() - left, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            y += metrics.height() + GAP

        line(text.title, bold, style.TEXT)
        y -= GAP - 1
        if text.initiators:
            line(text.initiators, option.font, style.TEXT)
        if text.about:
            line(text.about, small, style.MUTED_TEXT)
        if text.next_step:
            keep = text.step_due
            if text.overdue:
                line(text.next_step, option.font, style.ERROR, "circle-alert", "error", keep=keep)
            elif text.no_step:
                line(text.next_step, option.font, style.MUTED_TEXT, "calendar-clock", "muted")
            else:
                line(text.next_step, option.font, style.TEXT, "calendar-clock", "muted", keep=keep)
            if text.step:
                indent = normal_metrics.height() - 2 + ICON_GAP
                line(text.step, option.font, style.TEXT, indent=indent)
        line(text.in_stage, small, style.MUTED_TEXT)
        if text.needs:
            size = small_metrics.height()
            painter.drawPixmap(
                box.left(), y + 2, icons.pixmap("hand-helping", size, "muted", ratio)
            )
            needs_box = box.adjusted(size + ICON_GAP, 0, 0, 0)
            self._paint_needs(painter, needs_box, y, small, small_metrics, text.needs)
            y += small_metrics.height() + GAP + 4
        indent = normal_metrics.height() - 2 + ICON_GAP
        for number, reason in enumerate(text.stalled):
            if number == 0:
                line(reason, bold, style.TEXT, "hourglass")
            else:
                line(reason, small, style.TEXT, indent=indent)

    @staticmethod
    def _paint_needs(
        painter: QPainter,
        box: QRect,
        y: int,
        font: QFont,
        metrics: QFontMetrics,
        needs: tuple[str, ...],
    ) -> None:
        """One badge per open need ("Vrijwilligers"), framed, as many as fit, then "+2"."""
        painter.setFont(font)
        height = metrics.height() + 4
        left = box.left()
        for number, need in enumerate(needs):
            width = metrics.horizontalAdvance(need) + 12
            rest = len(needs) - number
            more = f"+{rest - 1}" if rest > 1 else ""
            room = box.right() - left - (metrics.horizontalAdvance(more) + 16 if more else 0)
            if width > room:
                need, width = f"+{rest}", metrics.horizontalAdvance(f"+{rest}") + 12
                if width > box.right() - left:
                    return
                rest = 0
            badge = QRect(left, y, width, height)
            painter.setPen(QPen(QColor(style.ACCENT), 1))
            painter.setBrush(QColor(style.ACCENT_SOFT))
            painter.drawRoundedRect(badge.adjusted(0, 0, -1, -1), height / 2, height / 2)
            painter.setPen(QColor(style.ACCENT_HOVER))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), need)
            left += width + 4
            if rest == 0:
                return

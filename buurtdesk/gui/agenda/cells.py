"""Drawing a calendar cell's activities, one or more lines each, and finding which one a
click hit. Shared by the month and the week view.

A cancelled date is struck through *and* followed by the word ("afgelast"); a double
booking gets an icon and the words "dubbel geboekt": state is never colour alone. What
does not fit becomes "+3 meer".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from buurtdesk.gui import icons, style
from buurtdesk.gui.agenda.source import OccurrenceRow, is_cancelled, status_text

MORE = -1  # the id of the "+3 meer" line
PAD = 4
MIN_TITLE_CHARS = 10  # a status word beside a title only when the title keeps this much


@dataclass(frozen=True)
class Line:
    text: str
    struck: bool = False
    suffix: str = ""  # said after the text, never struck ("afgelast")
    warning: bool = False  # icon and the error colour ("dubbel geboekt")
    muted: bool = False


@dataclass(frozen=True)
class Item:
    occurrence_id: int
    lines: tuple[Line, ...]


def title_line(text: str, row: OccurrenceRow) -> Line:
    cancelled = is_cancelled(row)
    return Line(text, struck=cancelled, suffix=status_text(row.status) if cancelled else "")


def more_text(count: int) -> str:
    return QCoreApplication.translate("Agenda", "+{count} more").format(count=count)


def double_text() -> str:
    return QCoreApplication.translate("Agenda", "double booked")


def line_height(metrics: QFontMetrics) -> int:
    return metrics.height() + 2


@dataclass(frozen=True)
class Placed:
    occurrence_id: int  # MORE for the "+N meer" line
    rect: QRect
    item: Item | None
    hidden: int = 0


def capacity(rect: QRect, metrics: QFontMetrics) -> int:
    """How many lines fit in ``rect``."""
    return max(0, rect.height() // line_height(metrics))


def place(
    rect: QRect, items: Sequence[Item], metrics: QFontMetrics, total: int | None = None
) -> list[Placed]:
    """Where each item goes in ``rect`` (top to bottom); the ones that do not fit are
    counted on a last "+N meer" line. ``total``: how many items there are when only the
    first ones (as many as could fit) were made, each of one line."""
    step = line_height(metrics)
    capacity = max(0, rect.height() // step)
    total = len(items) if total is None else total
    needed = sum(len(item.lines) for item in items) + total - len(items)
    placed: list[Placed] = []
    y = rect.top()
    budget = capacity if needed <= capacity else capacity - 1
    shown = 0
    for item in items:
        height = len(item.lines) * step
        if y + height > rect.top() + budget * step:
            break
        placed.append(Placed(item.occurrence_id, QRect(rect.left(), y, rect.width(), height), item))
        y += height
        shown += 1
    hidden = total - shown
    if hidden > 0 and capacity > 0:
        placed.append(Placed(MORE, QRect(rect.left(), y, rect.width(), step), None, hidden))
    return placed


def hit(placed: Sequence[Placed], point: QPoint) -> Placed | None:
    return next((p for p in placed if p.rect.contains(point)), None)


def paint(
    painter: QPainter, placed: Sequence[Placed], metrics: QFontMetrics, selected: int | None
) -> None:
    step = line_height(metrics)
    base = painter.font()
    for spot in placed:
        if spot.item is None:
            painter.setPen(QColor(style.MUTED_TEXT))
            box = spot.rect.adjusted(PAD, 0, -PAD, 0)
            more = more_text(spot.hidden)
            if metrics.horizontalAdvance(more) > box.width():
                more = f"+{spot.hidden}"  # "+2 meer" without the word, never "+2 …"
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, more)
            continue
        chosen = spot.occurrence_id == selected
        if chosen:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.ACCENT))
            painter.drawRoundedRect(spot.rect.adjusted(1, 0, -1, 0), 4, 4)
        for number, line in enumerate(spot.item.lines):
            box = QRect(spot.rect.left() + PAD, spot.rect.top() + number * step, 0, step)
            box.setRight(spot.rect.right() - PAD)
            _paint_line(painter, box, line, metrics, chosen, base)
    painter.setFont(base)


def _paint_line(
    painter: QPainter, box: QRect, line: Line, metrics: QFontMetrics, chosen: bool, base: QFont
) -> None:
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    colour = "#ffffff" if chosen else style.ERROR if line.warning else style.TEXT
    if line.muted and not chosen:
        colour = style.MUTED_TEXT
    left = box.left()
    if line.warning:
        size = max(12, metrics.height() - 4)
        icon = icons.icon("triangle-alert", "white" if chosen else "error")
        icon.paint(painter, QRect(left, box.center().y() - size // 2, size, size))
        left += size + 4
    suffix = f" {line.suffix}" if line.suffix else ""
    suffix_width = metrics.horizontalAdvance(suffix)
    width = box.right() - left
    if suffix and width - suffix_width < metrics.averageCharWidth() * MIN_TITLE_CHARS:
        # Too narrow for both: the title first (still struck through; the tooltip and
        # the screen reader say "afgelast").
        suffix, suffix_width = "", 0
    room = max(0, width - suffix_width)
    text = metrics.elidedText(line.text, Qt.TextElideMode.ElideRight, room)
    if line.struck:
        font = QFont(base)
        font.setStrikeOut(True)
        painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(QRect(left, box.top(), room, box.height()), align, text)
    if suffix:
        painter.setFont(base)
        painter.setPen(QColor("#ffffff" if chosen else style.MUTED_TEXT))
        x = left + metrics.horizontalAdvance(text)
        painter.drawText(QRect(x, box.top(), suffix_width + 2, box.height()), align, suffix)
    painter.setFont(base)

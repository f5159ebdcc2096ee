"""A contact history as a list: newest first, a page at a time, each moment on a few lines.

    di 24 nov 2026 · Huisbezoek · met Piet Jansen, Woonstad
    Gesproken over de moestuin; ze wil wel helpen met water geven.
    (!) Vervolgactie: terugbellen over de sleutel — te laat, sinds wo 25 nov 2026

The follow-up line carries its state in words and an icon (overdue, open, done), never in
colour alone. The model's display text says all of it in one sentence for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from buurtdesk.gui import formatting, icons, style
from buurtdesk.gui.netwerk.tabs.channels import channel_text
from buurtdesk.gui.netwerk.tabs.rows_model import ROW_VALUE_ROLE, PagedRowsModel
from buurtdesk.gui.netwerk.tabs.wording import follow_up_when
from buurtdesk.services import contacts
from buurtdesk.services.contacts import ContactMomentRow, NameRef

_Index = QModelIndex | QPersistentModelIndex
PADDING_X = 10
PADDING_Y = 7
LINE_GAP = 2
_MUTED = QColor(style.MUTED_TEXT)
_ERROR = QColor(style.ERROR)


class ContactMomentsModel(PagedRowsModel):
    """One owner's contact moments. ``owner`` is ("person" | "organisation", id), left out
    of the "with" names: the panel already says whose history this is."""

    def __init__(
        self,
        *,
        today: Callable[[], date],
        page_size: int = contacts.PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(page_size=page_size, parent=parent)
        self.set_headers((self.tr("Contact moment"),))
        self._today = today
        self.owner: tuple[str, int] | None = None

    def others(self, row: ContactMomentRow) -> list[NameRef]:
        kind, owner_id = self.owner or ("", 0)
        people = [p for p in row.people if not (kind == "person" and p.id == owner_id)]
        organisations = [
            o for o in row.organisations if not (kind == "organisation" and o.id == owner_id)
        ]
        return [*people, *organisations]

    def heading(self, row: ContactMomentRow) -> str:
        parts = [formatting.short_date(row.occurred_on), channel_text(row.channel)]
        others = self.others(row)
        if others:
            parts.append(
                self.tr("with {names}").format(names=", ".join(ref.name for ref in others))
            )
        return " · ".join(parts)

    def follow_up_line(self, row: ContactMomentRow) -> str:
        if not row.follow_up:
            return ""
        when = follow_up_when(row.follow_up_due, self._today(), done=row.follow_up_done)
        return self.tr("Follow-up: {what} — {when}").format(
            what=" ".join(row.follow_up.split()), when=when
        )

    def summary_line(self, row: ContactMomentRow) -> str:
        return row.summary_preview or self.tr("(no report)")

    def is_overdue(self, row: ContactMomentRow) -> bool:
        due = row.follow_up_due
        return (
            bool(row.follow_up)
            and not row.follow_up_done
            and due is not None
            and (due < self._today())
        )

    def cells(self, row: Any) -> tuple[str, ...]:
        assert isinstance(row, ContactMomentRow)
        parts = [self.heading(row), self.summary_line(row), self.follow_up_line(row)]
        return (". ".join(p.rstrip(".") for p in parts if p) + ".",)

    def row_id(self, row: Any) -> int:
        assert isinstance(row, ContactMomentRow)
        return row.contact_moment_id

    def moment(self, row: int) -> ContactMomentRow:
        value = self.row_value(row)
        assert isinstance(value, ContactMomentRow)
        return value


class ContactMomentDelegate(QStyledItemDelegate):
    """Draws a moment on two or three lines: heading, report, follow-up."""

    def __init__(self, model: ContactMomentsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _lines(self, index: _Index) -> int:
        row = index.data(ROW_VALUE_ROLE)
        return 3 if isinstance(row, ContactMomentRow) and row.follow_up else 2

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        lines = self._lines(index)
        height = 2 * PADDING_Y + lines * metrics.height() + (lines - 1) * LINE_GAP
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = index.data(ROW_VALUE_ROLE)
        if not isinstance(row, ContactMomentRow):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        if widget is not None:  # the row's background: selection, alternating colour, focus
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text if selected else _MUTED
        rect: QRect = opt.rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y)
        font = QFont(opt.font)
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(font)
        height = metrics.height()
        width = rect.width()
        left = rect.left()
        top = rect.top()

        painter.save()
        painter.setFont(bold)
        painter.setPen(text)
        heading = QFontMetrics(bold).elidedText(
            self._model.heading(row), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRect(left, top, width, height), 0, heading)
        top += height + LINE_GAP

        painter.setFont(font)
        painter.setPen(text if row.summary_preview else muted)
        summary = metrics.elidedText(
            self._model.summary_line(row), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRect(left, top, width, height), 0, summary)
        top += height + LINE_GAP

        if row.follow_up:
            overdue = self._model.is_overdue(row)
            if row.follow_up_done:
                name, tone, colour = "check", "accent", _MUTED
            elif overdue:
                name, tone, colour = "circle-alert", "error", _ERROR
            else:
                name, tone, colour = "calendar-clock", "muted", text
            size = max(14, height - 4)
            icon = icons.icon(name, "white" if selected else tone)
            icon.paint(painter, QRect(left, top + (height - size) // 2, size, size))
            painter.setPen(text if selected else colour)
            start = left + size + 6
            line = metrics.elidedText(
                self._model.follow_up_line(row), Qt.TextElideMode.ElideRight, rect.right() - start
            )
            painter.drawText(QRect(start, top, rect.right() - start, height), 0, line)
        painter.restore()

"""The agenda as a list of coming dates, a page at a time (keyset: the next page starts
after the last row's start and id), with sign-ups as "12 / 20" and "+3 wachtlijst"."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from buurtdesk.gui import formatting
from buurtdesk.gui.agenda import dates
from buurtdesk.gui.agenda.source import AgendaSource, OccurrenceRow, status_text, title_text
from buurtdesk.gui.read_only_model import ReadOnlyRowsModel
from buurtdesk.services import calendar

PAGE_SIZE = calendar.PAGE_SIZE
COLUMN_COUNT = 6
DATE, TIME, ACTIVITY, ROOM, SIGNUPS, STATUS = range(COLUMN_COUNT)
OCCURRENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_Index = QModelIndex | QPersistentModelIndex


class UpcomingModel(ReadOnlyRowsModel):
    def __init__(
        self, source: AgendaSource, *, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._rows: list[OccurrenceRow] = []
        self._cells: list[tuple[str, ...]] = []
        self._more = True
        self._cursor: tuple[datetime, int] | None = None
        self._headers = (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Activity"),
            self.tr("Room"),
            self.tr("Sign-ups"),
            self.tr("Status"),
        )
        self.refresh()

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        """Fetch again from the start, keeping as many rows as were loaded."""
        keep = max(len(self._rows), self._page_size)
        self._cursor = None
        rows: list[OccurrenceRow] = []
        more = True
        while more and len(rows) < keep:
            page, more = self._next_page()
            rows.extend(page)
        self.beginResetModel()
        self._rows = []
        self._cells = []
        self._append(rows)
        self._more = more
        self.endResetModel()

    def _next_page(self) -> tuple[list[OccurrenceRow], bool]:
        """The page after ``_cursor`` (the last row fetched, kept or not) and whether more
        may follow; rooms other than the chosen one are left out."""
        fetched = self._source.upcoming(self._cursor, self._page_size)
        if fetched:
            self._cursor = (fetched[-1].starts_at, fetched[-1].occurrence_id)
        room = self._source.room_id
        rows = [row for row in fetched if room is None or row.room_id == room]
        return rows, len(fetched) == self._page_size

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or not self._more:
            return
        rows, self._more = self._next_page()
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._append(rows)
            self.endInsertRows()

    def _append(self, rows: list[OccurrenceRow]) -> None:
        for row in rows:
            self._cells.append(
                (
                    dates.short_date(row.starts_at.date()),
                    dates.time_range(row.starts_at, row.ends_at),
                    title_text(row),
                    row.room_name or "",
                    self.signups_text(row),
                    status_text(row.status),
                )
            )
        self._rows.extend(rows)

    def signups_text(self, row: OccurrenceRow) -> str:
        """ "12 / 20", "12" without a limit, "20 / 20 +3 wachtlijst"."""
        text = formatting.number(row.confirmed)
        if row.capacity is not None:
            text += f" / {formatting.number(row.capacity)}"
        if row.waiting:
            text += " " + self.tr("+{count} waiting list").format(
                count=formatting.number(row.waiting)
            )
        return text

    # ---------------------------------------------------------------- lookups
    def occurrence_id(self, row: int) -> int:
        return self._rows[row].occurrence_id

    def row_value(self, row: int) -> OccurrenceRow:
        return self._rows[row]

    def row_of(self, occurrence_id: int) -> int | None:
        return next(
            (n for n, row in enumerate(self._rows) if row.occurrence_id == occurrence_id), None
        )

    # ---------------------------------------------------------------- Qt model API
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return self._cells[index.row()][index.column()]
        if role == OCCURRENCE_ID_ROLE:
            return self._rows[index.row()].occurrence_id
        return None

"""A week by room: one row per room (and "Geen ruimte"), one column per day, each cell the
activities in that room that day, with double bookings found and marked."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from buurtdesk.gui.agenda import dates
from buurtdesk.gui.agenda.cells import double_text
from buurtdesk.gui.agenda.source import (
    AgendaSource,
    OccurrenceRow,
    is_cancelled,
    line_text,
    title_text,
)
from buurtdesk.services import locations

ITEMS_ROLE = Qt.ItemDataRole.UserRole + 2  # tuple[OccurrenceRow, ...]
DOUBLE_ROLE = Qt.ItemDataRole.UserRole + 5  # frozenset of double-booked occurrence ids
DAY_ROLE = Qt.ItemDataRole.UserRole + 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

_Index = QModelIndex | QPersistentModelIndex
Cell = tuple[int | None, date]


def double_booked(rows: list[OccurrenceRow]) -> set[int]:
    """The occurrences in one room that overlap another one there (cancelled ones free the
    room)."""
    live = sorted((r for r in rows if not is_cancelled(r)), key=lambda r: r.starts_at)
    found: set[int] = set()
    for number, row in enumerate(live):
        for other in live[number + 1 :]:
            if other.starts_at >= row.ends_at:
                break
            found.update((row.occurrence_id, other.occurrence_id))
    return found


class WeekModel(QAbstractTableModel):
    def __init__(
        self, source: AgendaSource, *, monday: date, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._monday = dates.monday_of(monday)
        self._rooms: list[tuple[int | None, str]] = []
        self._cells: dict[Cell, tuple[OccurrenceRow, ...]] = {}
        self._double: frozenset[int] = frozenset()
        self._load()

    @property
    def monday(self) -> date:
        return self._monday

    def set_week(self, day: date) -> None:
        self._monday = dates.monday_of(day)
        self._load()

    def refresh(self) -> None:
        self._load()

    def _load(self) -> None:
        rooms: list[tuple[int | None, str]] = [
            (room.room_id, f"{room.name}\n{room.location_name}")
            for room in locations.list_rooms(self._source.db)
            if self._source.room_id in (None, room.room_id)
        ]
        if self._source.room_id is None:
            rooms.append((None, self.tr("No room")))
        rows = self._source.between(self._monday, self._monday + timedelta(days=6))
        by_cell: dict[Cell, list[OccurrenceRow]] = defaultdict(list)
        by_room: dict[int, list[OccurrenceRow]] = defaultdict(list)
        for row in rows:
            by_cell[(row.room_id, row.starts_at.date())].append(row)
            if row.room_id is not None:
                by_room[row.room_id].append(row)
        double: set[int] = set()
        for room_rows in by_room.values():
            double |= double_booked(room_rows)
        self.beginResetModel()
        self._rooms = rooms
        self._cells = {cell: tuple(items) for cell, items in by_cell.items()}
        self._double = frozenset(double)
        self.endResetModel()

    # ---------------------------------------------------------------- lookups
    def day_at(self, column: int) -> date:
        return self._monday + timedelta(days=column)

    def items(self, row: int, column: int) -> tuple[OccurrenceRow, ...]:
        return self._cells.get((self._rooms[row][0], self.day_at(column)), ())

    def is_double(self, occurrence_id: int) -> bool:
        return occurrence_id in self._double

    def index_of(self, occurrence: OccurrenceRow) -> QModelIndex:
        for number, (room_id, _label) in enumerate(self._rooms):
            if room_id == occurrence.room_id:
                return self.index(number, (occurrence.starts_at.date() - self._monday).days)
        return QModelIndex()

    def describe(self, row: int, column: int) -> str:
        parts = []
        for item in self.items(row, column):
            when = dates.time_range(item.starts_at, item.ends_at)
            text = f"{when} {title_text(item, with_status=True)}"
            if self.is_double(item.occurrence_id):
                text += f" ({double_text()})"
            parts.append(text)
        where = (
            f"{self._rooms[row][1].replace(chr(10), ', ')}, {dates.short_date(self.day_at(column))}"
        )
        return f"{where}: {'; '.join(parts)}" if parts else where

    # ---------------------------------------------------------------- Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rooms)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else dates.DAYS

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return "\n".join(line_text(r, with_status=True) for r in self.items(row, column))
        if role == ITEMS_ROLE:
            return self.items(row, column)
        if role == DOUBLE_ROLE:
            return self._double
        if role == DAY_ROLE:
            return self.day_at(column)
        if role in (_TOOLTIP, _ACCESSIBLE):
            return self.describe(row, column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < dates.DAYS:
            day = self.day_at(section)
            return f"{dates.weekday_short(section)}\n{dates.day_month(day)}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rooms):
            return self._rooms[section][1]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

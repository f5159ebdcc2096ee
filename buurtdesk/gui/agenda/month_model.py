"""The month as a 6 × 7 table model: one cell per day from the Monday on or before the first,
each holding that day's activities as plain rows (one query for the whole grid)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from buurtdesk.gui.agenda import dates
from buurtdesk.gui.agenda.source import AgendaSource, OccurrenceRow, line_text

DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # date
ITEMS_ROLE = Qt.ItemDataRole.UserRole + 2  # tuple[OccurrenceRow, ...]
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 3  # bool
TODAY_ROLE = Qt.ItemDataRole.UserRole + 4  # bool

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

_Index = QModelIndex | QPersistentModelIndex


class MonthModel(QAbstractTableModel):
    def __init__(self, source: AgendaSource, *, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._today = today
        self._year, self._month = today.year, today.month
        self._first = dates.month_grid_start(self._year, self._month)
        self._by_day: dict[date, tuple[OccurrenceRow, ...]] = {}
        self._load()

    # ---------------------------------------------------------------- the period
    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int:
        return self._month

    @property
    def first_day(self) -> date:
        return self._first

    @property
    def last_day(self) -> date:
        return self._first + timedelta(days=dates.GRID_DAYS - 1)

    def set_month(self, year: int, month: int) -> None:
        self._year, self._month = year, month
        self._first = dates.month_grid_start(year, month)
        self._load()

    def set_today(self, today: date) -> None:
        self._today = today

    def refresh(self) -> None:
        self._load()

    def _load(self) -> None:
        by_day: dict[date, list[OccurrenceRow]] = defaultdict(list)
        for row in self._source.between(self.first_day, self.last_day):
            by_day[row.starts_at.date()].append(row)
        self.beginResetModel()
        self._by_day = {day: tuple(rows) for day, rows in by_day.items()}
        self.endResetModel()

    # ---------------------------------------------------------------- lookups
    def day_at(self, row: int, column: int) -> date:
        return self._first + timedelta(days=row * dates.DAYS + column)

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._first).days
        if not 0 <= offset < dates.GRID_DAYS:
            return QModelIndex()
        return self.index(offset // dates.DAYS, offset % dates.DAYS)

    def occurrences_on(self, day: date) -> tuple[OccurrenceRow, ...]:
        return self._by_day.get(day, ())

    def find(self, occurrence_id: int) -> OccurrenceRow | None:
        for rows in self._by_day.values():
            for row in rows:
                if row.occurrence_id == occurrence_id:
                    return row
        return None

    def describe(self, day: date) -> str:
        """What a screen reader says for a day: "za 12 dec 2026: 10.00 Koffieochtend, …"."""
        rows = self.occurrences_on(day)
        items = "; ".join(line_text(row, with_status=True) for row in rows)
        return f"{dates.short_date(day)}: {items}" if items else dates.short_date(day)

    # ---------------------------------------------------------------- Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else dates.WEEK_ROWS

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else dates.DAYS

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index.row(), index.column())
        if role == _DISPLAY:
            return str(day.day)
        if role == DAY_ROLE:
            return day
        if role == ITEMS_ROLE:
            return self.occurrences_on(day)
        if role == IN_MONTH_ROLE:
            return day.month == self._month
        if role == TODAY_ROLE:
            return day == self._today
        if role in (_TOOLTIP, _ACCESSIBLE):
            return self.describe(day)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < dates.DAYS:
            return dates.weekday_short(section)
        if orientation == Qt.Orientation.Vertical and 0 <= section < dates.WEEK_ROWS:
            return str(self.day_at(section, 0).isocalendar().week)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

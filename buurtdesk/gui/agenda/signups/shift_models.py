"""The tables of the volunteers' tabs: the shifts of one date, and hours per volunteer."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from buurtdesk.gui import formatting
from buurtdesk.gui.agenda.signups.wording import hours_text
from buurtdesk.gui.netwerk.tabs.rows_model import RowsModel
from buurtdesk.services.shifts import HoursRow, ShiftRow

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

VOLUNTEER, TASK, HOURS = range(3)
PERSON, SHIFTS, TOTAL = range(3)


def total_hours(hours: Sequence[Decimal]) -> Decimal:
    return sum(hours, Decimal(0))


class ShiftsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers((self.tr("Volunteer"), self.tr("Task"), self.tr("Hours")))

    def cells(self, row: Any) -> tuple[str, ...]:
        assert isinstance(row, ShiftRow)
        return (row.name, row.task, hours_text(row.hours))

    def row_id(self, row: Any) -> int:
        assert isinstance(row, ShiftRow)
        return row.shift_id

    def shift(self, row: int) -> ShiftRow:
        value = self.row_value(row)
        assert isinstance(value, ShiftRow)
        return value

    def total(self) -> Decimal:
        return total_hours([row.hours for row in self.rows()])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            return _RIGHT if index.column() == HOURS else None
        return super().data(index, role)


class HoursModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers((self.tr("Volunteer"), self.tr("Shifts"), self.tr("Hours")))

    def cells(self, row: Any) -> tuple[str, ...]:
        assert isinstance(row, HoursRow)
        return (row.name, formatting.number(row.shifts), hours_text(row.hours))

    def row_id(self, row: Any) -> int:
        assert isinstance(row, HoursRow)
        return row.person_id

    def total(self) -> Decimal:
        return total_hours([row.hours for row in self.rows()])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            return _RIGHT if index.column() in (SHIFTS, TOTAL) else None
        return super().data(index, role)

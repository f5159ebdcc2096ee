"""The door list as a table: who is expected at this date, in what status, how many they
bring, and whether they are inside. A search filters the rows (name or phone number)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from buurtdesk.gui import icons
from buurtdesk.gui.agenda.signups.wording import status_icon, status_text
from buurtdesk.gui.netwerk.tabs.rows_model import RowsModel
from buurtdesk.services.signups_types import DoorRow

NAME, PHONE, STATUS, PARTY, PRESENT = range(5)

_Index = QModelIndex | QPersistentModelIndex
_CHECK = Qt.ItemDataRole.CheckStateRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole


def door_key(row: DoorRow) -> int:
    """A row's id: its sign-up, or (a regular who did not sign up) minus the person."""
    if row.signup_id is not None:
        return row.signup_id
    return -(row.person_id or 0)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def matches(row: DoorRow, text: str) -> bool:
    """Part of the name, or of the phone number (spaces and dashes do not matter)."""
    wanted = text.strip().casefold()
    if not wanted:
        return True
    if wanted in row.name.casefold():
        return True
    digits = _digits(wanted)
    return bool(digits) and digits in _digits(row.phone)


class DoorListModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            (
                self.tr("Name"),
                self.tr("Phone"),
                self.tr("Status"),
                self.tr("Persons"),
                self.tr("Present"),
            )
        )
        self._all: list[DoorRow] = []
        self._filter = ""

    # ---------------------------------------------------------------- rows
    def set_door_rows(self, rows: Sequence[DoorRow]) -> None:
        self._all = list(rows)
        self.set_rows([row for row in self._all if matches(row, self._filter)])

    def set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self.set_rows([row for row in self._all if matches(row, text)])

    @property
    def total(self) -> int:
        """Rows before the search filters them."""
        return len(self._all)

    def door_row(self, row: int) -> DoorRow:
        value = self.row_value(row)
        assert isinstance(value, DoorRow)
        return value

    # ---------------------------------------------------------------- RowsModel
    def cells(self, row: Any) -> tuple[str, ...]:
        assert isinstance(row, DoorRow)
        return (
            row.name,
            row.phone,
            status_text(row),
            str(row.party_size),
            self.tr("present") if row.present else "",
        )

    def row_id(self, row: Any) -> int:
        assert isinstance(row, DoorRow)
        return door_key(row)

    def decoration(self, row: Any, column: int) -> QIcon | None:
        assert isinstance(row, DoorRow)
        if column == STATUS:
            return icons.icon(status_icon(row), "muted")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            if role == _CHECK and index.column() == PRESENT:
                present = self.door_row(index.row()).present
                return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == PRESENT:
                present = self.door_row(index.row()).present
                return self.tr("present") if present else self.tr("not present")
            if role == _ALIGN and index.column() == PARTY:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

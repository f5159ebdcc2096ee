"""The needs of an initiative as a table: what (word and icon), what exactly, and how it
stands (word and icon, never colour alone)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from buurtdesk.gui.initiatives.detail import wording
from buurtdesk.gui.read_only_model import ReadOnlyRowsModel
from buurtdesk.services.initiatives import NeedRow

KIND, DESCRIPTION, STATUS = range(3)


class NeedsModel(ReadOnlyRowsModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[NeedRow] = []
        self._headers = (
            QCoreApplication.translate("NeedsModel", "Need"),
            QCoreApplication.translate("NeedsModel", "What exactly"),
            QCoreApplication.translate("NeedsModel", "Status"),
        )

    def set_rows(self, rows: Sequence[NeedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def need(self, row: int) -> NeedRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, need_id: int) -> int | None:
        for row, need in enumerate(self._rows):
            if need.need_id == need_id:
                return row
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        need, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == KIND:
                return wording.kind_text(need.kind)
            if column == DESCRIPTION:
                return need.description
            return wording.status_text(need.status)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == KIND:
                return wording.kind_icon(need.kind)
            if column == STATUS:
                return wording.status_icon(need.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == DESCRIPTION and need.description:
            return need.description
        return None

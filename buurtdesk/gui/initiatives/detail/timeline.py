"""Verloop: the stages the initiative went through, when it came in and left, and how many
days each took (the current one counted to today), with the note written at each move."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from buurtdesk.gui.initiatives.detail import wording
from buurtdesk.gui.read_only_model import ReadOnlyRowsModel
from buurtdesk.services.initiatives import TimelineRow

STAGE, ENTERED, LEFT, DAYS = range(4)


class TimelineModel(ReadOnlyRowsModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[TimelineRow] = []
        self._headers = (
            QCoreApplication.translate("TimelineModel", "Stage"),
            QCoreApplication.translate("TimelineModel", "From"),
            QCoreApplication.translate("TimelineModel", "Until"),
            QCoreApplication.translate("TimelineModel", "Days"),
        )

    def set_rows(self, rows: Sequence[TimelineRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STAGE:
                if row.note:  # the note written at the move, on a line of its own
                    return f"{row.stage}\n{row.note}"
                return row.stage
            if column == ENTERED:
                return wording.day_of(row.entered_at)
            if column == LEFT:
                return (
                    wording.day_of(row.left_at)
                    if row.left_at
                    else QCoreApplication.translate("TimelineModel", "now")
                )
            return str(row.days)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            until = (
                wording.day_of(row.left_at)
                if row.left_at
                else QCoreApplication.translate("TimelineModel", "now")
            )
            return QCoreApplication.translate(
                "TimelineModel", "{stage}: {start} until {end}, {days}"
            ).format(
                stage=row.stage,
                start=wording.day_of(row.entered_at),
                end=until,
                days=wording.days(row.days),
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        return None

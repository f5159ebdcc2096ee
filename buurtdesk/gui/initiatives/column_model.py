"""One column of the board: the cards of one stage, as plain rows from ``initiatives.board``.

A card can be dragged out (its initiative id travels as MIME data) and dropped on another
column; the model does not move anything itself: it asks (``move_requested``) and the page
moves the initiative through the service, after the user added an optional note. The
column is then filled again from the database.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from buurtdesk.services.initiatives import CardRow

MIME_TYPE = "application/x-buurtdesk-initiative"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_CARD = CARD_ROLE
_ID = ID_ROLE

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def encode_ids(ids: Sequence[int]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
    return data


def decode_ids(data: QMimeData) -> list[int]:
    if not data.hasFormat(MIME_TYPE):
        return []
    text = bytes(data.data(MIME_TYPE).data()).decode("ascii", "replace")
    return [int(part) for part in text.split(",") if part.strip().isdigit()]


class ColumnModel(QAbstractListModel):
    """The cards of stage ``stage_id``, in the order the board gives them."""

    move_requested = Signal(int, int)  # initiative id, to stage id

    def __init__(self, stage_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self._rows: list[CardRow] = []
        self._rows_of: dict[int, int] = {}

    # ---------------------------------------------------------------- contents
    def set_rows(self, rows: Sequence[CardRow]) -> None:
        if list(rows) == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._rows_of = {row.initiative_id: number for number, row in enumerate(self._rows)}
        self.endResetModel()

    def rows(self) -> list[CardRow]:
        return list(self._rows)

    def card(self, row: int) -> CardRow:
        return self._rows[row]

    def row_of(self, initiative_id: int) -> int | None:
        return self._rows_of.get(initiative_id)

    def titles(self) -> list[str]:
        return [row.title for row in self._rows]

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY:
            return row.title
        if role == _CARD:
            return row
        if role == _ID:
            return row.initiative_id
        if role == _TOOLTIP:
            return row.stalled_reason or row.title
        if role == _ACCESSIBLE:
            parts = [row.title, row.initiators, row.themes, row.area, row.next_step]
            if row.stalled_reason:
                parts.append(row.stalled_reason)
            return ". ".join(part for part in parts if part)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # ---------------------------------------------------------------- drag and drop
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return encode_ids([self._rows[row].initiative_id for row in rows])

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        ids = decode_ids(data)
        return bool(ids) and any(i not in self._rows_of for i in ids)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        """Ask for the move; False, because nothing changes until the user confirms it
        (so the view the card came from removes nothing either)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        for initiative_id in decode_ids(data):
            if initiative_id not in self._rows_of:
                self.move_requested.emit(initiative_id, self.stage_id)
        return False

"""Likely duplicate pairs as a table model, and the pairs the user said are two people.

Rows are the plain ``DuplicatePair`` values ``find_duplicates`` or ``duplicates_of``
return: the score, and the pair in three lines (each person's name with the address or
phone that tells them apart, then the reasons). ``PAIR_ROLE`` hands a view's delegate
the pair itself, to draw the names in bold and the reasons muted.

"Geen dubbel" is remembered for this session only (``DismissedPairs``): there is no table
for it in the database yet, so the same pair is proposed again after a restart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

if TYPE_CHECKING:  # rapidfuzz loads with the search, not with the window
    from buurtdesk.services.duplicate_scoring import DuplicatePair

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_SHOWN_TEXT = frozenset({int(_DISPLAY), int(_TOOLTIP), int(_ACCESSIBLE)})
_HORIZONTAL = Qt.Orientation.Horizontal
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

COLUMN_COUNT = 2
SCORE, PAIR = range(COLUMN_COUNT)
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
PairKey = tuple[int, int]


def pair_key(first: int, second: int) -> PairKey:
    return (min(first, second), max(first, second))


class DismissedPairs(QObject):
    """Pairs marked "Geen dubbel" in this session; shared by the list and the hint."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: set[PairKey] = set()

    def add(self, first: int, second: int) -> None:
        self._keys.add(pair_key(first, second))
        self.changed.emit()

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def keep(self, pairs: Iterable[DuplicatePair]) -> list[DuplicatePair]:
        """``pairs`` without the dismissed ones."""
        return [p for p in pairs if pair_key(p.person_a_id, p.person_b_id) not in self._keys]


def person_line(name: str, detail: str) -> str:
    """ "Berg, Jan van der · Kerkweg 12, 6871 AB Renkum"."""
    return f"{name} · {detail}" if detail else name


class DuplicatePairsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[DuplicatePair] = []
        self._cells: list[tuple[str, str]] = []
        self._headers = (self.tr("Match"), self.tr("Likely the same person"))

    # ---------------------------------------------------------------- the pairs
    def set_pairs(self, pairs: Sequence[DuplicatePair]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self._cells = [self._row_cells(pair) for pair in self._pairs]
        self.endResetModel()

    def _row_cells(self, pair: DuplicatePair) -> tuple[str, str]:
        return (
            self.tr("{score}%").format(score=pair.score),
            "\n".join(
                (
                    person_line(pair.name_a, pair.detail_a),
                    person_line(pair.name_b, pair.detail_b),
                    ", ".join(pair.reasons),
                )
            ),
        )

    @property
    def pairs(self) -> list[DuplicatePair]:
        return list(self._pairs)

    def pair(self, row: int) -> DuplicatePair:
        return self._pairs[row]

    def row_of(self, first: int, second: int) -> int | None:
        key = pair_key(first, second)
        for row, pair in enumerate(self._pairs):
            if pair_key(pair.person_a_id, pair.person_b_id) == key:
                return row
        return None

    def remove_where(self, person_ids: set[int] | None = None, key: PairKey | None = None) -> None:
        """Take out the pairs with any of ``person_ids`` (merged away) or the pair ``key``."""
        row = len(self._pairs) - 1
        while row >= 0:
            pair = self._pairs[row]
            ids = {pair.person_a_id, pair.person_b_id}
            gone = bool(person_ids and ids & person_ids) or (
                key is not None and pair_key(pair.person_a_id, pair.person_b_id) == key
            )
            if gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._pairs[row]
                del self._cells[row]
                self.endRemoveRows()
            row -= 1

    # ---------------------------------------------------------------- Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in _SHOWN_TEXT:
            text = self._cells[index.row()][index.column()]
            if role == _ACCESSIBLE:
                return text.replace("\n", ", ")
            return text
        if role == PAIR_ROLE:
            return self._pairs[index.row()]
        if role == _ALIGNMENT:
            return _TOP_LEFT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < COLUMN_COUNT:
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

"""Table models over plain rows from a service: the row values and their cell texts cached,
a page at a time where a list can grow long (an organisation's members, a contact history).

A subclass says how a row reads (``cells``) and which id it stands for (``row_id``);
columns named in ``link_columns`` look like links (accent colour, underlined), for a view
that opens the person or organisation behind them on a click or Enter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

from buurtdesk.gui import style
from buurtdesk.gui.read_only_model import ReadOnlyRowsModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_SHOWN_TEXT = frozenset({int(_DISPLAY), int(_TOOLTIP), int(_ACCESSIBLE)})
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the plain row itself, for a delegate

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(ReadOnlyRowsModel):
    link_columns: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self.resetting = False
        self._rows: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._link_font = QFont()
        self._link_font.setUnderline(True)
        self._link_colour = QColor(style.ACCENT)

    # ---------------------------------------------------------------- for subclasses
    def set_headers(self, headers: Sequence[str]) -> None:
        """The column titles; set once, in the subclass's constructor (they are translated
        there, in its own context)."""
        self._headers = tuple(headers)

    def cells(self, row: Any) -> tuple[str, ...]:
        """The texts of one row, one per column."""
        raise NotImplementedError

    def row_id(self, row: Any) -> int:
        raise NotImplementedError

    def decoration(self, row: Any, column: int) -> QIcon | None:
        return None

    # ---------------------------------------------------------------- rows
    def set_rows(self, rows: Sequence[Any], *, then: Callable[[], None] | None = None) -> None:
        """Show ``rows`` instead of what was shown. ``then`` updates a subclass's own state
        inside the reset, so nobody asking during it sees new state beside old rows."""
        self.resetting = True  # no fetching more while the rows are being replaced
        self.beginResetModel()
        self._rows = list(rows)
        if then is not None:
            then()
        self._cells = [self.cells(row) for row in self._rows]
        self.endResetModel()
        self.resetting = False

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self._cells.extend(self.cells(row) for row in rows)
        self.endInsertRows()

    def replace_row(self, row: int, value: Any) -> None:
        self._rows[row] = value
        self._cells[row] = self.cells(value)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_value(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: int) -> int | None:
        for row, value in enumerate(self._rows):
            if self.row_id(value) == row_id:
                return row
        return None

    def texts(self, column: int) -> list[str]:
        """One column's texts, top to bottom, for tests and checks."""
        return [cells[column] for cells in self._cells]

    # ---------------------------------------------------------------- Qt model API
    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in _SHOWN_TEXT:
            return self._cells[row][column]
        if role == ROW_ID_ROLE:
            return self.row_id(self._rows[row])
        if role == ROW_VALUE_ROLE:
            return self._rows[row]
        if role == _DECORATION:
            return self.decoration(self._rows[row], column)
        if column in self.link_columns and self._cells[row][column]:
            if role == _FONT:
                return self._link_font
            if role == _FOREGROUND:
                return self._link_colour
        return None


class PagedRowsModel(RowsModel):
    """Rows fetched ``page_size`` at a time through ``fetch(offset, limit)``, further pages
    as the view scrolls (``canFetchMore``/``fetchMore``)."""

    def __init__(self, *, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._fetch: Callable[[int, int], Sequence[Any]] | None = None
        self._more = False

    def set_source(self, fetch: Callable[[int, int], Sequence[Any]] | None) -> None:
        """Show what ``fetch`` gives, from its first page; None shows nothing."""
        self._fetch = fetch
        self._load(0)

    def reload(self) -> None:
        """Fetch again after a change, keeping at least as many rows as were loaded."""
        self._load(len(self._rows))

    def _load(self, minimum_rows: int) -> None:
        rows: list[Any] = []
        more = self._fetch is not None
        while self._fetch is not None and more and (not rows or len(rows) < minimum_rows):
            page = self._fetch(len(rows), self._page_size)
            rows.extend(page)
            more = len(page) == self._page_size

        def settle() -> None:
            self._more = more

        self.set_rows(rows, then=settle)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more and not self.resetting

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        page = self._fetch(len(self._rows), self._page_size)
        self._more = len(page) == self._page_size
        self.append_rows(page)

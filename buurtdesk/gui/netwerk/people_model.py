"""The people list as a Qt table model: ids and a cache of plain rows, a page at a time.

Rows arrive through ``canFetchMore``/``fetchMore`` with keyset paging (the next page starts
after the last row's rank), so scrolling to row 5,000 never loads the rest of the table.
The first page of a new query is fetched at once: the list answers each keystroke. The
number of matches is counted separately, a moment after typing stops.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from buurtdesk.db.engine import Database
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.services import people_search
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.people_search import PeopleQuery, PersonRow

# Bound once: looking up Qt.ItemDataRole.DisplayRole on every data() call doubles paint time.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_SHOWN_TEXT = frozenset({int(_DISPLAY), int(_TOOLTIP)})  # views pass roles as plain ints
_HORIZONTAL = Qt.Orientation.Horizontal
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMN_COUNT = 7
NAME, ADDRESS, POSTCODE, TOWN, PHONE, EMAIL, ROLES = range(COLUMN_COUNT)
COUNT_DELAY_MS = 150  # count once typing pauses; the first page never waits
LOCATE_PAGE_LIMIT = 25  # pages fetched at most to bring one person into view

_Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    count_changed = Signal(int)  # matches, or COUNT_CAP + 1 for "more than"

    def __init__(
        self,
        *,
        db: Database,
        bus: ChangeBus,
        page_size: int = people_search.PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._query = PeopleQuery()
        self._rows: list[PersonRow] = []
        self._cells: list[tuple[str, ...]] = []
        self._row_of: dict[int, int] = {}
        self._more = False
        self._count: int | None = None
        self._headers = (
            self.tr("Name"),
            self.tr("Address"),
            self.tr("Postcode"),
            self.tr("Town"),
            self.tr("Phone"),
            self.tr("Email"),
            self.tr("Roles"),
        )
        self._role_names = {
            "bewoner": self.tr("resident"),
            "vrijwilliger": self.tr("volunteer"),
            "initiatiefnemer": self.tr("initiator"),
            "professional": self.tr("professional"),
        }
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._recount)
        bus.changed.connect(self._on_changed)
        self._load(self._query, minimum_rows=0)
        self._recount()

    # ---------------------------------------------------------------- the query
    @property
    def query(self) -> PeopleQuery:
        return self._query

    @property
    def count(self) -> int | None:
        """The number of matches, None while it is being counted."""
        return self._count

    def set_query(self, query: PeopleQuery, *, count_now: bool = False) -> None:
        """Show the first page for ``query`` now; count the matches shortly after."""
        if query == self._query:
            return
        self._load(query, minimum_rows=0)
        if count_now:
            self._recount()
        else:
            self._schedule_count()

    def refresh(self) -> None:
        """Fetch again what is loaded (after a change), keeping the same number of rows."""
        self._load(self._query, minimum_rows=len(self._rows))
        self._recount()

    def _load(self, query: PeopleQuery, *, minimum_rows: int) -> None:
        rows: list[PersonRow] = []
        more = True
        while more and (not rows or len(rows) < minimum_rows):
            after = rows[-1].rank if rows else None
            page = people_search.fetch_page(
                self._db, query, after_rank=after, limit=self._page_size
            )
            rows.extend(page)
            more = len(page) == self._page_size
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._cells = []
        self._row_of = {}
        self._append(rows)
        self._more = more
        self.endResetModel()

    def _schedule_count(self) -> None:
        if not self._more:  # everything is loaded: the count is known without asking
            self._count_timer.stop()
            self._set_count(len(self._rows))
            return
        self._count = None
        self._count_timer.start()

    def _recount(self) -> None:
        self._count_timer.stop()
        if not self._more:
            self._set_count(len(self._rows))
        else:
            self._set_count(people_search.count(self._db, self._query))

    def _set_count(self, value: int) -> None:
        self._count = value
        self.count_changed.emit(value)

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects(Entity.PERSON) or changes.affects(Entity.TAG):
            self.refresh()

    # ---------------------------------------------------------------- rows
    def _append(self, rows: Sequence[PersonRow]) -> None:
        role_names = self._role_names
        start = len(self._rows)
        for offset, row in enumerate(rows):
            self._row_of[row.person_id] = start + offset
            self._cells.append(
                (
                    row.list_name,
                    row.address,
                    row.postcode,
                    row.woonplaats,
                    row.telefoon,
                    row.email,
                    ", ".join(role_names.get(r, r) for r in row.roles),
                )
            )
        self._rows.extend(rows)

    def row_of(self, person_id: int) -> int | None:
        """The row showing ``person_id`` among the loaded rows."""
        return self._row_of.get(person_id)

    def person_id(self, row: int) -> int:
        return self._rows[row].person_id

    def locate(self, person_id: int) -> int | None:
        """The row of ``person_id``, fetching a bounded number of further pages to find it.

        None when the person does not match the query (or lies far beyond what is loaded).
        """
        pages = 0
        while person_id not in self._row_of and self._more and pages < LOCATE_PAGE_LIMIT:
            self.fetchMore(QModelIndex())
            pages += 1
        return self._row_of.get(person_id)

    # ---------------------------------------------------------------- Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in _SHOWN_TEXT:
            return self._cells[index.row()][index.column()]
        if role == PERSON_ID_ROLE:
            return self._rows[index.row()].person_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < COLUMN_COUNT:
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or not self._more:
            return
        after = self._rows[-1].rank if self._rows else None
        page = people_search.fetch_page(
            self._db, self._query, after_rank=after, limit=self._page_size
        )
        self._more = len(page) == self._page_size
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._append(page)
            self.endInsertRows()

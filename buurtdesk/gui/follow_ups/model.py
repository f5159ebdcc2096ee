"""The open follow-ups as a table model: by due date, overdue first, a page at a time.

The first column is a tick box. Ticking asks the page to mark the follow-up done
(``toggle_requested``); a follow-up ticked here stays in the list, struck through, until
the list is opened again, so a tick by mistake is undone by unticking it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QIcon

from buurtdesk.db.engine import Database
from buurtdesk.gui import formatting, icons
from buurtdesk.gui.netwerk.tabs.rows_model import RowsModel
from buurtdesk.gui.netwerk.tabs.wording import follow_up_when
from buurtdesk.services import contacts
from buurtdesk.services.contacts import FollowUpRow

COLUMN_COUNT = 5
DONE, WHEN, WHAT, ABOUT, MOMENT = range(COLUMN_COUNT)
_CHECK = Qt.ItemDataRole.CheckStateRole
_FONT = Qt.ItemDataRole.FontRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
_Index = QModelIndex | QPersistentModelIndex


def _order(row: FollowUpRow) -> tuple[bool, date, int]:
    """The service's order: by due date, those without a date last, then oldest first."""
    return (row.due is None, row.due or date.max, row.contact_moment_id)


class FollowUpsModel(RowsModel):
    toggle_requested = Signal(int, bool)  # contact moment id, done
    link_columns = frozenset({ABOUT})

    def __init__(
        self,
        *,
        db: Database,
        today: Callable[[], date],
        page_size: int = contacts.PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.set_headers(
            (
                self.tr("Done"),
                self.tr("When"),
                self.tr("Follow-up"),
                self.tr("About"),
                self.tr("Contact moment"),
            )
        )
        self._db = db
        self._today = today
        self._page_size = page_size
        self._only_overdue = False
        self._open_loaded = 0  # rows taken from the service (the offset of the next page)
        self._more = False
        self._done: dict[int, FollowUpRow] = {}  # ticked off here, still shown
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    # ---------------------------------------------------------------- loading
    @property
    def only_overdue(self) -> bool:
        return self._only_overdue

    def start(self, *, only_overdue: bool) -> None:
        """Show the list afresh: from the first page, nothing kept from before."""
        self._only_overdue = only_overdue
        self._load(0, keep_done=False)

    def reload(self) -> None:
        """Read again after a change, keeping as many rows and the rows ticked here."""
        self._load(self._open_loaded)

    def _page(self, offset: int) -> tuple[list[FollowUpRow], bool]:
        """A page from ``offset`` and whether more may follow."""
        rows = contacts.open_follow_ups(
            self._db, today=self._today(), limit=self._page_size, offset=offset
        )
        more = len(rows) == self._page_size
        if self._only_overdue:
            overdue = [row for row in rows if row.overdue]
            if len(overdue) < len(rows):  # overdue ones come first: the rest are not
                more = False
            return overdue, more
        return rows, more

    def _load(self, minimum_rows: int, *, keep_done: bool = True) -> None:
        rows: list[FollowUpRow] = []
        more = True
        while more and (not rows or len(rows) < minimum_rows):
            page, more = self._page(len(rows))
            rows.extend(page)
        open_ids = {row.contact_moment_id for row in rows}
        kept_before = self._done if keep_done else {}
        done = {i: row for i, row in kept_before.items() if i not in open_ids}
        last = _order(rows[-1]) if rows and more else None
        kept = [row for row in done.values() if last is None or _order(row) <= last]

        def settle() -> None:
            self._open_loaded = len(rows)
            self._more = more
            self._done = done

        self.set_rows(sorted([*rows, *kept], key=_order), then=settle)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more and not self.resetting

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        page, more = self._page(self._open_loaded)
        self._more = more
        self._open_loaded += len(page)
        self.append_rows(page)

    # ---------------------------------------------------------------- done or not
    def is_done(self, row: int) -> bool:
        return self.follow_up(row).contact_moment_id in self._done

    def set_done(self, contact_moment_id: int, done: bool) -> None:
        """Show a follow-up as ticked off (kept in the list) or open again."""
        row = self.row_of(contact_moment_id)
        if row is None:
            return
        value = self.follow_up(row)
        if done:
            self._done[contact_moment_id] = value
        else:
            self._done.pop(contact_moment_id, None)
        self.replace_row(row, value)

    def follow_up(self, row: int) -> FollowUpRow:
        value = self.row_value(row)
        assert isinstance(value, FollowUpRow)
        return value

    # ---------------------------------------------------------------- cells
    def cells(self, row: Any) -> tuple[str, ...]:
        assert isinstance(row, FollowUpRow)
        done = row.contact_moment_id in self._done
        moment = formatting.short_date(row.occurred_on)
        if row.summary_preview:
            moment = f"{moment}: {row.summary_preview}"
        return (
            "",
            follow_up_when(row.due, self._today(), done=done),
            " ".join(row.follow_up.split()),
            row.about,
            moment,
        )

    def row_id(self, row: Any) -> int:
        assert isinstance(row, FollowUpRow)
        return row.contact_moment_id

    def decoration(self, row: Any, column: int) -> QIcon | None:
        if column != WHEN:
            return None
        assert isinstance(row, FollowUpRow)
        if row.contact_moment_id in self._done:
            return icons.icon("check", "accent")
        if row.overdue:
            return icons.icon("circle-alert", "error")
        return icons.icon("calendar-clock", "muted")

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if index.isValid() and index.column() == DONE:
            done = self.is_done(index.row())
            if role == _CHECK:
                return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
            if role == _ACCESSIBLE:
                return self.tr("done") if done else self.tr("open")
        if role == _FONT and index.isValid() and index.column() == WHAT:
            return self._struck if self.is_done(index.row()) else None
        return super().data(index, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        result = super().flags(index)
        if index.isValid() and index.column() == DONE:
            result |= Qt.ItemFlag.ItemIsUserCheckable
        return result

    def setData(self, index: _Index, value: Any, role: int = _CHECK) -> bool:
        """A tick is a request: the page calls the service, then ``set_done`` shows it."""
        if not index.isValid() or index.column() != DONE or role != _CHECK:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.toggle_requested.emit(self.follow_up(index.row()).contact_moment_id, checked)
        return True

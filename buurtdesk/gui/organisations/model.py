"""The organisations list as a table model: plain rows from the service, a page at a time,
refetched for each keystroke of the search (organisations are few: thousands at most)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal

from buurtdesk.db.engine import Database
from buurtdesk.gui import formatting
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.netwerk.tabs.rows_model import PagedRowsModel
from buurtdesk.gui.organisations.kinds import kind_text
from buurtdesk.services import organisations
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.organisations import OrganisationQuery, OrganisationRow

COLUMN_COUNT = 6
NAME, KIND, ADDRESS, TOWN, PHONE, MEMBERS = range(COLUMN_COUNT)


class OrganisationsModel(PagedRowsModel):
    count_changed = Signal(int)

    def __init__(
        self,
        *,
        db: Database,
        bus: ChangeBus,
        page_size: int = organisations.PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(page_size=page_size, parent=parent)
        self.set_headers(
            (
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Address"),
                self.tr("Town"),
                self.tr("Phone"),
                self.tr("People"),
            )
        )
        self._db = db
        self._query = OrganisationQuery()
        self._count = 0
        bus.changed.connect(self._on_changed)
        self._show(self._query)

    @property
    def query(self) -> OrganisationQuery:
        return self._query

    @property
    def count(self) -> int:
        return self._count

    def set_query(self, query: OrganisationQuery) -> None:
        if query != self._query:
            self._show(query)

    def _show(self, query: OrganisationQuery) -> None:
        self._query = query
        db = self._db
        self.set_source(
            lambda offset, limit: organisations.search_organisations(
                db, query, limit=limit, offset=offset
            )
        )
        self._recount()

    def refresh(self) -> None:
        self.reload()
        self._recount()

    def _recount(self) -> None:
        self._count = organisations.count_organisations(self._db, self._query)
        self.count_changed.emit(self._count)

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects(Entity.ORGANISATION) or changes.affects(Entity.MEMBERSHIP):
            self.refresh()

    def cells(self, row: Any) -> tuple[str, ...]:
        assert isinstance(row, OrganisationRow)
        town = " ".join(part for part in (row.postcode, row.woonplaats) if part)
        return (
            row.name,
            kind_text(row.kind),
            row.address,
            town,
            row.telefoon,
            formatting.number(row.member_count) if row.member_count else "",
        )

    def row_id(self, row: Any) -> int:
        assert isinstance(row, OrganisationRow)
        return row.organisation_id

    def organisation_id(self, row: int) -> int:
        return self.row_id(self.row_value(row))

    def locate(self, organisation_id: int) -> int | None:
        """The row of ``organisation_id``, loading further pages to find it."""
        while (row := self.row_of(organisation_id)) is None and self._more:
            self.fetchMore(QModelIndex())
        return row

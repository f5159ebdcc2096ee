"""The organisations list: search as you type, a kind filter, the count, and the table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.db.engine import Database
from buurtdesk.gui import actions, formatting, icons
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.master_detail import RecordList, SearchField
from buurtdesk.gui.netwerk.tabs.views import RowsTable
from buurtdesk.gui.organisations.kinds import kinds
from buurtdesk.gui.organisations.model import OrganisationsModel
from buurtdesk.gui.widgets import EmptyState, button, label
from buurtdesk.services.organisations import OrganisationQuery


class OrganisationList(RecordList):
    table: RowsTable
    column_chars = (28, 18, 22, 20, 14, 8)

    current_organisation_changed = Signal(object)  # int | None
    new_organisation_requested = Signal()

    def __init__(self, *, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OrganisationsModel(db=db, bus=bus, parent=self)

        self.search = SearchField()
        self.search.setObjectName("organisationSearch")
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icons.icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.setAccessibleName(self.tr("Kind of organisation"))
        self.kind.addItem(self.tr("All kinds"), None)
        for value, text in kinds():
            self.kind.addItem(text, value)
        self.new_button = button(self.tr("New organisation"), "plus")
        self.new_button.setObjectName("newOrganisationButton")
        self.new_button.setToolTip(
            self.tr("New organisation ({shortcut})").format(
                shortcut=actions.shortcut_text(actions.NEW)
            )
        )
        self.new_button.clicked.connect(self.new_organisation_requested)
        self.count_label = label("", "muted")
        self.count_label.setObjectName("organisationCount")
        self.count_label.setAccessibleName(self.tr("Number of organisations"))

        self.table = RowsTable(self.model)
        self.table.setObjectName("organisationsTable")
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.setTabKeyNavigation(False)
        self.table.row_activated.connect(lambda _row: self.open_requested.emit())

        self.empty = EmptyState("building-2")
        self.empty.setObjectName("organisationsEmpty")
        self.empty.action_clicked.connect(self.new_organisation_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        # Two short rows, as the people list has: room to type beside the panel.
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._query_changed)
        self.kind.currentIndexChanged.connect(self._query_changed)
        self.model.count_changed.connect(self._show_count)
        self._follow_selection(self.model)
        self._show_count(self.model.count)
        self._update_empty_state()
        self._size_columns()

    # ---------------------------------------------------------------- query
    def current_query(self) -> OrganisationQuery:
        return OrganisationQuery(text=self.search.text(), kind=self.kind.currentData())

    def _query_changed(self) -> None:
        self.model.set_query(self.current_query())

    def show_everything(self) -> None:
        self.search.clear()
        self.kind.setCurrentIndex(0)

    # ---------------------------------------------------------------- count, empty state
    def _show_count(self, value: int) -> None:
        if value == 1:
            text = self.tr("1 organisation")
        else:
            text = self.tr("{count} organisations").format(count=formatting.number(value))
        self.count_label.setText(text)
        self.count_label.setVisible(value > 0)

    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
            return
        if self.current_query() == OrganisationQuery():
            self.empty.set_content(
                self.tr("No organisations yet."),
                self.tr("Add the first organisation."),
                self.tr("Add an organisation"),
                "plus",
            )
        else:
            self.empty.set_content(
                self.tr("No organisation found."),
                self.tr("Try a shorter search or another kind."),
            )
        self.stack.setCurrentWidget(self.empty)

    # ---------------------------------------------------------------- selection
    def _record_at(self, row: int) -> int:
        return self.model.organisation_id(row)

    def _current_record_changed(self, record_id: int | None) -> None:
        self.current_organisation_changed.emit(record_id)

    current_organisation = RecordList.current_record
    select_organisation = RecordList.select_record

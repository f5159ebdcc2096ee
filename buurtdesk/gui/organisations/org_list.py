"""The organisations list: search as you type, a kind filter, the count, and the table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
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
from buurtdesk.gui.netwerk.tabs.views import RowsTable
from buurtdesk.gui.organisations.kinds import kinds
from buurtdesk.gui.organisations.model import NAME, OrganisationsModel
from buurtdesk.gui.widgets import EmptyState, button, label
from buurtdesk.services.organisations import OrganisationQuery

# Relative column widths, in average character widths, so they follow the font size.
_COLUMN_CHARS = (28, 18, 22, 20, 14, 8)


class _SearchField(QLineEdit):
    """A search line where Down or Enter moves on to the results; Escape empties it."""

    to_results = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_results.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class OrganisationList(QWidget):
    current_organisation_changed = Signal(object)  # int | None
    new_organisation_requested = Signal()
    open_requested = Signal()

    def __init__(self, *, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OrganisationsModel(db=db, bus=bus, parent=self)
        self.last_row = 0
        self._kept: int | None = None
        self._restoring = False

        self.search = _SearchField()
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
        self.search.to_results.connect(self._go_to_results)
        self.kind.currentIndexChanged.connect(self._query_changed)
        self.model.count_changed.connect(self._show_count)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._update_empty_state)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self._show_count(self.model.count)
        self._update_empty_state()
        self._size_columns()

    # ---------------------------------------------------------------- query
    def current_query(self) -> OrganisationQuery:
        return OrganisationQuery(text=self.search.text(), kind=self.kind.currentData())

    def _query_changed(self) -> None:
        self.model.set_query(self.current_query())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _go_to_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.select_row(0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

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
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        if current.isValid():
            self.last_row = current.row()
        chosen = self.model.organisation_id(current.row()) if current.isValid() else None
        self.current_organisation_changed.emit(chosen)

    def _remember_current(self) -> None:
        self._kept = self.current_organisation()

    def _restore_current(self) -> None:
        """Keep the same organisation selected when the list is read again, quietly."""
        row = self.model.row_of(self._kept) if self._kept is not None else None
        self._kept = None
        if row is None:
            return
        self._restoring = True
        try:
            self.select_row(row)
        finally:
            self._restoring = False

    def current_organisation(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.organisation_id(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_organisation(self, organisation_id: int | None) -> bool:
        row = self.model.locate(organisation_id) if organisation_id is not None else None
        if row is None:
            self.clear_selection()
            return False
        self.select_row(row)
        return True

    def clear_selection(self) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)

    # ---------------------------------------------------------------- layout
    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.horizontalHeader().font())
        bold.setBold(True)
        header_metrics = QFontMetrics(bold)
        for column, chars in enumerate(_COLUMN_CHARS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                chars * metrics.averageCharWidth(), header_metrics.horizontalAdvance(title) + 28
            )
            self.table.setColumnWidth(column, width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()

"""The people list: search as you type, a role filter, the count, and the table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.db.engine import Database
from buurtdesk.gui import actions, formatting, icons
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.master_detail import RecordList, SearchField
from buurtdesk.gui.netwerk.filters import AreaFilter, TagFilter, has_choices
from buurtdesk.gui.netwerk.people_model import PeopleModel
from buurtdesk.gui.widgets import EmptyState, button, label
from buurtdesk.services.people_search import COUNT_CAP, PeopleQuery


class PeopleTable(QTableView):
    """The table; Enter on a row opens the editor."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class PeopleList(RecordList):
    table: PeopleTable
    column_chars = (24, 22, 11, 14, 14, 26, 22)
    current_person_changed = Signal(object)  # int | None
    new_person_requested = Signal()

    def __init__(self, *, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleModel(db=db, bus=bus, parent=self)

        self.search = SearchField()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(
            self.tr("Search by name, street, postcode, phone, email or skill")
        )
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icons.icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition
        )

        self.role = QComboBox()
        self.role.setObjectName("roleFilter")
        self.role.setAccessibleName(self.tr("Show"))
        self.tag_filter = TagFilter(db=db, bus=bus)
        self.tag_filter.setVisible(has_choices(self.tag_filter))
        self.area_filter = AreaFilter(db=db, bus=bus)
        self.area_filter.setVisible(has_choices(self.area_filter))
        for text, key in (
            (self.tr("Everyone"), None),
            (self.tr("Residents"), "bewoner"),
            (self.tr("Volunteers"), "vrijwilliger"),
            (self.tr("Initiators"), "initiatiefnemer"),
            (self.tr("Professionals"), "professional"),
        ):
            self.role.addItem(text, key)

        self.new_button = button(self.tr("New person"), "user-plus")
        self.new_button.setObjectName("newPersonButton")
        self.new_button.setToolTip(
            self.tr("New person ({shortcut})").format(shortcut=actions.shortcut_text(actions.NEW))
        )
        self.new_button.clicked.connect(self.new_person_requested)

        self.count_label = label("", "muted")
        self.count_label.setObjectName("peopleCount")
        self.count_label.setAccessibleName(self.tr("Number of people"))

        self.table = PeopleTable()
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_requested.emit())
        self.table.open_requested.connect(self.open_requested)

        self.empty = EmptyState("users")
        self.empty.setObjectName("peopleEmpty")
        self.empty.action_clicked.connect(self.new_person_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        # Two short rows rather than one long one: the list stays usable beside the person
        # panel on a 1366-pixel screen, also with large text.
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.role)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.area_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._query_changed)
        self.role.currentIndexChanged.connect(self._query_changed)
        self.tag_filter.choice_changed.connect(self._query_changed)
        bus.changed.connect(self._reveal_filters)
        self.area_filter.choice_changed.connect(self._query_changed)
        self.model.count_changed.connect(self._show_count)
        self._follow_selection(self.model)
        self._show_count(self.model.count)
        self._update_empty_state()
        self._size_columns()

    # ---------------------------------------------------------------- query
    def current_query(self) -> PeopleQuery:
        wijk_id, buurt_id = self.area_filter.area()
        return PeopleQuery(
            text=self.search.text(),
            role=self.role.currentData(),
            tag_id=self.tag_filter.tag_id(),
            wijk_id=wijk_id,
            buurt_id=buurt_id,
        )

    def show_everything(self) -> None:
        self.search.clear()
        self.role.setCurrentIndex(0)

    def _reveal_filters(self) -> None:
        """A filter without choices stays hidden until the first skill or area exists."""
        for combo in (self.tag_filter, self.area_filter):
            if combo.isHidden():
                combo.ensure_filled()
                combo.setVisible(has_choices(combo))

    def _query_changed(self) -> None:
        self.model.set_query(self.current_query())

    # ---------------------------------------------------------------- count, empty state
    def _show_count(self, value: int | None) -> None:
        if value is None:
            return
        text = ""
        if value > COUNT_CAP:
            text = self.tr("more than {count} people").format(count=formatting.number(COUNT_CAP))
        elif value == 1:
            text = self.tr("1 person")
        else:
            text = self.tr("{count} people").format(count=formatting.number(value))
        self.count_label.setText(text)
        self.count_label.setVisible(value > 0)  # the empty state says it in words

    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
            return
        query = self.current_query()
        if query == PeopleQuery():
            self.empty.set_content(
                self.tr("Nobody in the network yet."),
                self.tr("Add the first person."),
                self.tr("Add a person"),
                "user-plus",
            )
        else:
            self.empty.set_content(
                self.tr("Nobody found."),
                self.tr("Try a shorter search or fewer filters."),
            )
        self.stack.setCurrentWidget(self.empty)

    # ---------------------------------------------------------------- selection
    def _record_at(self, row: int) -> int:
        return self.model.person_id(row)

    def _current_record_changed(self, record_id: int | None) -> None:
        self.current_person_changed.emit(record_id)

    current_person = RecordList.current_record
    select_person = RecordList.select_record

    # ---------------------------------------------------------------- layout
    def _size_columns(self) -> None:
        super()._size_columns()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)

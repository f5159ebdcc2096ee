"""The people list: search as you type, a role filter, the count, and the table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
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
from buurtdesk.gui.netwerk.filters import AreaFilter, TagFilter, has_choices
from buurtdesk.gui.netwerk.people_model import NAME, PeopleModel
from buurtdesk.gui.widgets import EmptyState, button, label
from buurtdesk.services.people_search import COUNT_CAP, PeopleQuery

# Relative column widths, in average character widths, so they follow the font size.
_COLUMN_CHARS = (24, 22, 11, 14, 14, 26, 22)


class _SearchField(QLineEdit):
    """A search line where Down or Enter moves on to the results."""

    to_results = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_results.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class PeopleTable(QTableView):
    """The table; Enter on a row opens the editor."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class PeopleList(QWidget):
    current_person_changed = Signal(object)  # int | None
    new_person_requested = Signal()
    open_requested = Signal()

    def __init__(self, *, db: Database, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleModel(db=db, bus=bus, parent=self)
        self.last_row = 0
        self._kept_person: int | None = None
        self._restoring = False

        self.search = _SearchField()
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
        self.search.to_results.connect(self._go_to_results)
        self.role.currentIndexChanged.connect(self._query_changed)
        self.tag_filter.choice_changed.connect(self._query_changed)
        bus.changed.connect(self._reveal_filters)
        self.area_filter.choice_changed.connect(self._query_changed)
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
    def current_query(self) -> PeopleQuery:
        wijk_id, buurt_id = self.area_filter.area()
        return PeopleQuery(
            text=self.search.text(),
            role=self.role.currentData(),
            tag_id=self.tag_filter.tag_id(),
            wijk_id=wijk_id,
            buurt_id=buurt_id,
        )

    def _reveal_filters(self) -> None:
        """A filter without choices stays hidden until the first skill or area exists."""
        for combo in (self.tag_filter, self.area_filter):
            if combo.isHidden():
                combo.ensure_filled()
                combo.setVisible(has_choices(combo))

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
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        if current.isValid():
            self.last_row = current.row()
        person = self.model.person_id(current.row()) if current.isValid() else None
        self.current_person_changed.emit(person)

    def _remember_current(self) -> None:
        self._kept_person = self.current_person()

    def _restore_current(self) -> None:
        """Keep the same person selected when the list is fetched again, without telling
        anyone: nothing changed for the user."""
        row = self.model.row_of(self._kept_person) if self._kept_person is not None else None
        self._kept_person = None
        if row is None:
            return
        self._restoring = True
        try:
            self.select_row(row)
        finally:
            self._restoring = False

    def current_person(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.person_id(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_person(self, person_id: int | None) -> bool:
        """Select ``person_id`` (loading further pages if needed); False if not in the list."""
        row = self.model.locate(person_id) if person_id is not None else None
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
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        header_metrics = QFontMetrics(bold)
        for column, chars in enumerate(_COLUMN_CHARS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                chars * metrics.averageCharWidth(), header_metrics.horizontalAdvance(title) + 28
            )
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()

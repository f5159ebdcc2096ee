"""What the people and organisations parts share: a list of records beside an editor.

The list keeps its current row across a refresh and moves from the search to the results;
the sizes of its columns follow the font. The page keeps list and editor in step, asking
about unsaved changes before moving on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QSplitter, QTableView, QVBoxLayout, QWidget

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.parts import PartPage
from buurtdesk.gui.record_editor import Mode, RecordEditor

# Both lists select and scroll to a record's name, their first column.
_NAME_COLUMN = 0


class SearchField(QLineEdit):
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


class RecordRows(Protocol):
    """The lookups a record list needs from its model, besides being a table model."""

    def row_of(self, record_id: int, /) -> int | None: ...

    def locate(self, record_id: int, /) -> int | None: ...


class RecordList(QWidget):
    """A searchable list of records (people, organisations) in ``table``.

    A subclass makes ``search`` and ``table``, then calls :meth:`_follow_selection`; it says
    which record a row shows and tells its own signal about a new current record.
    """

    open_requested = Signal()

    search: SearchField
    table: QTableView
    # Relative column widths, in average character widths, so they follow the font size.
    column_chars: Sequence[int] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_row = 0
        self._kept: int | None = None
        self._restoring = False
        self._records: RecordRows | None = None

    # ---------------------------------------------------------------- for subclasses
    def _record_at(self, row: int) -> int:
        raise NotImplementedError

    def _current_record_changed(self, record_id: int | None) -> None:
        raise NotImplementedError

    def _update_empty_state(self) -> None:
        raise NotImplementedError

    def show_everything(self) -> None:
        """Clear the search and the filters."""
        raise NotImplementedError

    def _follow_selection(self, records: RecordRows) -> None:
        self._records = records
        model = self.table.model()
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        model.modelReset.connect(self._update_empty_state)
        model.rowsInserted.connect(self._update_empty_state)
        self.search.to_results.connect(self._go_to_results)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

    def _lookup(self) -> RecordRows:
        assert self._records is not None, "_follow_selection was not called"
        return self._records

    # ---------------------------------------------------------------- search
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _go_to_results(self) -> None:
        if self.table.model().rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.select_row(0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    # ---------------------------------------------------------------- selection
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        if current.isValid():
            self.last_row = current.row()
        self._current_record_changed(self._record_at(current.row()) if current.isValid() else None)

    def _remember_current(self) -> None:
        self._kept = self.current_record()

    def _restore_current(self) -> None:
        """Keep the same record selected when the list is fetched again, without telling
        anyone: nothing changed for the user."""
        row = self._lookup().row_of(self._kept) if self._kept is not None else None
        self._kept = None
        if row is None:
            return
        self._restoring = True
        try:
            self.select_row(row)
        finally:
            self._restoring = False

    def current_record(self) -> int | None:
        index = self.table.currentIndex()
        return self._record_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.table.model().index(row, _NAME_COLUMN)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_record(self, record_id: int | None) -> bool:
        """Select ``record_id`` (loading further pages if needed); False if not in the list."""
        row = self._lookup().locate(record_id) if record_id is not None else None
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
        model = self.table.model()
        for column, chars in enumerate(self.column_chars):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                chars * metrics.averageCharWidth(), header_metrics.horizontalAdvance(title) + 28
            )
            self.table.setColumnWidth(column, width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()


class MasterDetailPage(PartPage):
    """A record list beside its editor in a splitter, kept in step with each other.

    A subclass makes ``records`` and ``editor``, hands them to ``__init__`` and puts
    ``splitter`` in its layout; ``part_id`` is the part it shows itself as.
    """

    part_id: ClassVar[str]
    # Where the splitter's state is kept in the settings.
    splitter_key: ClassVar[str]

    def __init__(
        self,
        context: AppContext,
        records: RecordList,
        editor: RecordEditor,
        *,
        stretch: tuple[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._syncing = False
        self._sized = False
        self._moving_to: int | None = None
        self.records = records
        self.editor = editor

        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(16, 14, 8, 12)
        list_layout.addWidget(records)
        editor_panel = QWidget()
        editor_panel.setObjectName("panel")
        editor_layout = QVBoxLayout(editor_panel)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_panel)
        self.splitter.addWidget(editor_panel)
        self.splitter.setStretchFactor(0, stretch[0])
        self.splitter.setStretchFactor(1, stretch[1])

        records.open_requested.connect(editor.focus_form)
        editor.saved.connect(self._saved)
        editor.deleted.connect(self._deleted)
        editor.new_cancelled.connect(self._new_cancelled)

    # ---------------------------------------------------------------- PartPage
    def _save(self) -> None:
        self.editor.save()

    def may_leave(self) -> bool:
        return self.editor.resolve_unsaved()

    def first_paint_widget(self) -> QWidget:
        return self.records.table.viewport()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.splitter_key, self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(self.splitter_key)
        if isinstance(state, QByteArray) and self.splitter.restoreState(state):
            self._sized = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._size_panels()

    def _size_panels(self) -> None:
        raise NotImplementedError

    # ---------------------------------------------------------------- flows
    def _show_part(self) -> None:
        self._context.navigator.show_part(self.part_id)

    def new_record(self) -> None:
        if self.editor.mode is not Mode.NONE and not self.editor.resolve_unsaved():
            return
        self._show_part()
        self._select_in_list(None)
        self.editor.start_new()

    def find_record(self) -> None:
        self._show_part()
        self.records.focus_search()

    def open_record(self, record_id: int) -> None:
        """Show ``record_id`` (asked for from another part, e.g. a follow-up on Vandaag)."""
        if record_id != self.editor.record_id and not self.editor.resolve_unsaved():
            return
        self._show_part()
        if not self.records.select_record(record_id):
            # Not in the current search: show everything so the record can be found.
            self.records.show_everything()
            self._select_in_list(record_id)
        if self.editor.record_id != record_id:
            self.editor.show_record(record_id)

    def _list_moved(self, record_id: int | None) -> None:
        if self._syncing or record_id == self.editor.record_id:
            return
        if record_id is None:
            if self.editor.mode is Mode.EXISTING and not self.editor.is_dirty():
                self.editor.clear()
            return
        self._moving_to = record_id
        try:
            stay = not self.editor.resolve_unsaved()  # may save, which refreshes the list
        finally:
            self._moving_to = None
        if stay:
            self._select_in_list(self.editor.record_id)
            return
        self.editor.show_record(record_id)
        if self.records.current_record() != record_id:
            self._select_in_list(record_id)

    def _select_in_list(self, record_id: int | None) -> None:
        self._syncing = True
        try:
            if record_id is None:
                self.records.clear_selection()
            else:
                self.records.select_record(record_id)
        finally:
            self._syncing = False

    def _saved(self, record_id: int) -> None:
        # Saved on the way to another record (the unsaved-changes question): keep going there.
        self._select_in_list(self._moving_to if self._moving_to is not None else record_id)

    def _deleted(self, _record_id: int) -> None:
        """Move on to the record that took the deleted one's place in the list."""
        rows = self.records.table.model().rowCount()
        if rows:
            self.records.select_row(min(self.records.last_row, rows - 1))
        else:
            self._select_in_list(None)

    def _new_cancelled(self) -> None:
        current = self.records.current_record()
        if current is not None:
            self.editor.show_record(current)

"""The Netwerk page: the people list beside the person panel (master–detail)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from buurtdesk.gui import actions
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.duplicates_model import DismissedPairs
from buurtdesk.gui.netwerk.people_list import PeopleList
from buurtdesk.gui.netwerk.person_editor import Mode, PersonEditor
from buurtdesk.gui.parts import PartPage

if TYPE_CHECKING:
    from buurtdesk.gui.netwerk.duplicates_view import DuplicatesView
    from buurtdesk.services.duplicate_scoring import DuplicatePair


class NetwerkPage(PartPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("netwerkPage")
        self._context = context
        self._syncing = False
        self._sized = False
        self._moving_to: int | None = None
        self.people = PeopleList(db=context.db, bus=context.bus)
        self.editor = PersonEditor(context)

        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(16, 14, 8, 12)
        list_layout.addWidget(self.people)
        editor_panel = QWidget()
        editor_panel.setObjectName("panel")
        editor_layout = QVBoxLayout(editor_panel)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("netwerkSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_panel)
        self.splitter.addWidget(editor_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # The people beside the person panel, or the likely duplicates (made when first
        # asked for): one view at a time.
        self.views = QStackedWidget()
        self.views.addWidget(self.splitter)
        self.dismissed_pairs = DismissedPairs(self)
        self._duplicates: DuplicatesView | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.addWidget(self.views)

        self.people.current_person_changed.connect(self._list_moved)
        self.people.new_person_requested.connect(self.new_person)
        self.people.open_requested.connect(self.editor.focus_form)
        self.editor.new_person_requested.connect(self.new_person)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(self._deleted)
        self.editor.new_cancelled.connect(self._new_cancelled)
        context.navigator.person_requested.connect(self.open_person)
        context.navigator.new_person_requested.connect(self.new_person)
        context.navigator.find_person_requested.connect(self.find_person)
        self.editor.duplicate_hint.set_dismissed(self.dismissed_pairs)
        self.editor.duplicate_hint.compare_requested.connect(self.compare_duplicates)

    # ---------------------------------------------------------------- PartPage
    def action_handlers(self) -> Mapping[str, Callable[[], None]]:
        return {
            actions.NEW: self.new_person,
            actions.FIND: self.find_person,
            actions.SAVE: self._save,
            actions.FIND_DUPLICATES: self.find_duplicates,
        }

    def _save(self) -> None:
        self.editor.save()

    def may_leave(self) -> bool:
        return self.editor.resolve_unsaved()

    def first_paint_widget(self) -> QWidget:
        return self.people.table.viewport()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("netwerk/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("netwerk/splitter")
        if isinstance(state, QByteArray) and self.splitter.restoreState(state):
            self._sized = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._size_panels()

    def _size_panels(self) -> None:
        """The person panel gets the room its form needs, the list the rest."""
        total = self.splitter.width()
        roomy = min(int(total * 0.42), self.fontMetrics().averageCharWidth() * 72)
        editor = max(self.editor.minimumSizeHint().width() + 24, roomy)
        self.splitter.setSizes([max(total - editor, 0), editor])

    # ---------------------------------------------------------------- duplicates
    def duplicates_view(self) -> DuplicatesView:
        if self._duplicates is None:
            from buurtdesk.gui.netwerk.duplicates_view import DuplicatesView

            view = DuplicatesView(self._context, self.dismissed_pairs)
            view.back_requested.connect(self.show_people)
            view.person_requested.connect(self.open_person)
            self.views.addWidget(view)
            self._duplicates = view
        return self._duplicates

    def find_duplicates(self) -> None:
        """ "Dubbelen zoeken": the likely duplicate pairs of the whole network."""
        if not self.editor.resolve_unsaved():
            return
        self._context.navigator.show_part("netwerk")
        view = self.duplicates_view()
        self.views.setCurrentWidget(view)
        view.open_search()

    def compare_duplicates(self, pairs: Sequence[DuplicatePair]) -> None:
        """The person panel's "Lijkt op: …" link: that person's pairs, to merge."""
        if not self.editor.resolve_unsaved():
            return
        view = self.duplicates_view()
        self.views.setCurrentWidget(view)
        view.show_pairs(pairs, person_id=self.editor.person_id)

    def show_people(self) -> None:
        if self.views.currentWidget() is not self.splitter:
            self.views.setCurrentWidget(self.splitter)
            self.people.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- flows
    def new_person(self) -> None:
        if self.editor.mode is not Mode.NONE and not self.editor.resolve_unsaved():
            return
        self._context.navigator.show_part("netwerk")
        self.show_people()
        self._select_in_list(None)
        self.editor.start_new()

    def find_person(self) -> None:
        self._context.navigator.show_part("netwerk")
        self.show_people()
        self.people.focus_search()

    def open_person(self, person_id: int) -> None:
        """Show ``person_id`` (asked for from another part, e.g. a follow-up on Vandaag)."""
        if person_id != self.editor.person_id and not self.editor.resolve_unsaved():
            return
        self._context.navigator.show_part("netwerk")
        self.show_people()
        if not self.people.select_person(person_id):
            # Not in the current search: show everyone so the person can be found.
            self.people.search.clear()
            self.people.role.setCurrentIndex(0)
            self._select_in_list(person_id)
        if self.editor.person_id != person_id:
            self.editor.show_person(person_id)

    def _list_moved(self, person_id: int | None) -> None:
        if self._syncing or person_id == self.editor.person_id:
            return
        if person_id is None:
            if self.editor.mode is Mode.EXISTING and not self.editor.is_dirty():
                self.editor.clear()
            return
        self._moving_to = person_id
        try:
            stay = not self.editor.resolve_unsaved()  # may save, which refreshes the list
        finally:
            self._moving_to = None
        if stay:
            self._select_in_list(self.editor.person_id)
            return
        self.editor.show_person(person_id)
        if self.people.current_person() != person_id:
            self._select_in_list(person_id)

    def _select_in_list(self, person_id: int | None) -> None:
        self._syncing = True
        try:
            if person_id is None:
                self.people.clear_selection()
            else:
                self.people.select_person(person_id)
        finally:
            self._syncing = False

    def _saved(self, person_id: int) -> None:
        # Saved on the way to someone else (the unsaved-changes question): keep going there.
        self._select_in_list(self._moving_to if self._moving_to is not None else person_id)

    def _deleted(self, _person_id: int) -> None:
        """Move on to the person that took the deleted one's place in the list."""
        rows = self.people.model.rowCount()
        if rows:
            self.people.select_row(min(self.people.last_row, rows - 1))
        else:
            self._select_in_list(None)

    def _new_cancelled(self) -> None:
        current = self.people.current_person()
        if current is not None:
            self.editor.show_person(current)

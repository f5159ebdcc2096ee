"""The Netwerk page: the people list beside the person panel (master–detail)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from buurtdesk.gui import actions
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.master_detail import MasterDetailPage
from buurtdesk.gui.netwerk.duplicates_model import DismissedPairs
from buurtdesk.gui.netwerk.people_list import PeopleList
from buurtdesk.gui.netwerk.person_editor import PersonEditor

if TYPE_CHECKING:
    from buurtdesk.gui.netwerk.duplicates_view import DuplicatesView
    from buurtdesk.services.duplicate_scoring import DuplicatePair


class NetwerkPage(MasterDetailPage):
    part_id = "netwerk"
    splitter_key = "netwerk/splitter"
    editor: PersonEditor

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        people = PeopleList(db=context.db, bus=context.bus)
        super().__init__(context, people, PersonEditor(context), stretch=(3, 2), parent=parent)
        self.people = people
        self.setObjectName("netwerkPage")
        self.splitter.setObjectName("netwerkSplitter")
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
        self.editor.new_person_requested.connect(self.new_person)
        context.navigator.person_requested.connect(self.open_person)
        context.navigator.new_person_requested.connect(self.new_person)
        context.navigator.find_person_requested.connect(self.find_person)
        self.editor.duplicate_hint.set_dismissed(self.dismissed_pairs)
        self.editor.duplicate_hint.compare_requested.connect(self.compare_duplicates)

    new_person = MasterDetailPage.new_record
    find_person = MasterDetailPage.find_record
    open_person = MasterDetailPage.open_record

    # ---------------------------------------------------------------- PartPage
    def action_handlers(self) -> Mapping[str, Callable[[], None]]:
        return {
            actions.NEW: self.new_person,
            actions.FIND: self.find_person,
            actions.SAVE: self._save,
            actions.FIND_DUPLICATES: self.find_duplicates,
        }

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
        self._context.navigator.show_part(self.part_id)
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
    def _show_part(self) -> None:
        super()._show_part()
        self.show_people()

"""The Organisaties page: the organisations list beside the organisation panel."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from buurtdesk.gui import actions
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.organisations.editor import Mode, OrganisationEditor
from buurtdesk.gui.organisations.navigation import PART_ID, requests
from buurtdesk.gui.organisations.org_list import OrganisationList
from buurtdesk.gui.parts import PartPage


class OrganisationsPage(PartPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationsPage")
        self._context = context
        self._syncing = False
        self._sized = False
        self._moving_to: int | None = None
        self.organisations = OrganisationList(db=context.db, bus=context.bus)
        self.editor = OrganisationEditor(context)

        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(16, 14, 8, 12)
        list_layout.addWidget(self.organisations)
        editor_panel = QWidget()
        editor_panel.setObjectName("panel")
        editor_layout = QVBoxLayout(editor_panel)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("organisationsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_panel)
        self.splitter.addWidget(editor_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.addWidget(self.splitter)

        self.organisations.current_organisation_changed.connect(self._list_moved)
        self.organisations.new_organisation_requested.connect(self.new_organisation)
        self.organisations.open_requested.connect(self.editor.focus_form)
        self.organisations.table.delete_requested.connect(lambda _row: self.editor.delete())
        self.editor.new_organisation_requested.connect(self.new_organisation)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(self._deleted)
        self.editor.new_cancelled.connect(self._new_cancelled)
        asked = requests(context.navigator)
        asked.organisation_requested.connect(self.open_organisation)
        asked.new_organisation_requested.connect(self.new_organisation)

    # ---------------------------------------------------------------- PartPage
    def action_handlers(self) -> Mapping[str, Callable[[], None]]:
        return {
            actions.NEW: self.new_organisation,
            actions.FIND: self.find_organisation,
            actions.SAVE: self._save,
        }

    def _save(self) -> None:
        self.editor.save()

    def may_leave(self) -> bool:
        return self.editor.resolve_unsaved()

    def first_paint_widget(self) -> QWidget:
        return self.organisations.table.viewport()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("organisaties/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("organisaties/splitter")
        if isinstance(state, QByteArray) and self.splitter.restoreState(state):
            self._sized = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = self.splitter.width()
            editor = max(self.editor.minimumSizeHint().width() + 24, int(total * 0.5))
            self.splitter.setSizes([max(total - editor, 0), editor])

    # ---------------------------------------------------------------- flows
    def new_organisation(self) -> None:
        if self.editor.mode is not Mode.NONE and not self.editor.resolve_unsaved():
            return
        self._context.navigator.show_part(PART_ID)
        self._select_in_list(None)
        self.editor.start_new()

    def find_organisation(self) -> None:
        self._context.navigator.show_part(PART_ID)
        self.organisations.focus_search()

    def open_organisation(self, organisation_id: int) -> None:
        """Show ``organisation_id`` (asked for from elsewhere, e.g. a membership)."""
        if organisation_id != self.editor.organisation_id and not self.editor.resolve_unsaved():
            return
        self._context.navigator.show_part(PART_ID)
        if not self.organisations.select_organisation(organisation_id):
            self.organisations.show_everything()
            self._select_in_list(organisation_id)
        if self.editor.organisation_id != organisation_id:
            self.editor.show_organisation(organisation_id)

    def _list_moved(self, organisation_id: int | None) -> None:
        if self._syncing or organisation_id == self.editor.organisation_id:
            return
        if organisation_id is None:
            if self.editor.mode is Mode.EXISTING and not self.editor.is_dirty():
                self.editor.clear()
            return
        self._moving_to = organisation_id
        try:
            stay = not self.editor.resolve_unsaved()
        finally:
            self._moving_to = None
        if stay:
            self._select_in_list(self.editor.organisation_id)
            return
        self.editor.show_organisation(organisation_id)
        if self.organisations.current_organisation() != organisation_id:
            self._select_in_list(organisation_id)

    def _select_in_list(self, organisation_id: int | None) -> None:
        self._syncing = True
        try:
            if organisation_id is None:
                self.organisations.clear_selection()
            else:
                self.organisations.select_organisation(organisation_id)
        finally:
            self._syncing = False

    def _saved(self, organisation_id: int) -> None:
        self._select_in_list(self._moving_to if self._moving_to is not None else organisation_id)

    def _deleted(self, _organisation_id: int) -> None:
        rows = self.organisations.model.rowCount()
        if rows:
            self.organisations.select_row(min(self.organisations.last_row, rows - 1))
        else:
            self._select_in_list(None)

    def _new_cancelled(self) -> None:
        current = self.organisations.current_organisation()
        if current is not None:
            self.editor.show_organisation(current)

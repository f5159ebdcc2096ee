"""The Organisaties page: the organisations list beside the organisation panel."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QHBoxLayout, QWidget

from buurtdesk.gui import actions
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.master_detail import MasterDetailPage
from buurtdesk.gui.organisations.editor import OrganisationEditor
from buurtdesk.gui.organisations.navigation import PART_ID, requests
from buurtdesk.gui.organisations.org_list import OrganisationList


class OrganisationsPage(MasterDetailPage):
    part_id = PART_ID
    splitter_key = "organisaties/splitter"
    editor: OrganisationEditor

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        organisations = OrganisationList(db=context.db, bus=context.bus)
        super().__init__(
            context, organisations, OrganisationEditor(context), stretch=(1, 1), parent=parent
        )
        self.organisations = organisations
        self.setObjectName("organisationsPage")
        self.splitter.setObjectName("organisationsSplitter")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.addWidget(self.splitter)

        self.organisations.current_organisation_changed.connect(self._list_moved)
        self.organisations.new_organisation_requested.connect(self.new_organisation)
        self.organisations.table.delete_requested.connect(lambda _row: self.editor.delete())
        self.editor.new_organisation_requested.connect(self.new_organisation)
        asked = requests(context.navigator)
        asked.organisation_requested.connect(self.open_organisation)
        asked.new_organisation_requested.connect(self.new_organisation)

    new_organisation = MasterDetailPage.new_record
    find_organisation = MasterDetailPage.find_record
    open_organisation = MasterDetailPage.open_record

    # ---------------------------------------------------------------- PartPage
    def action_handlers(self) -> Mapping[str, Callable[[], None]]:
        return {
            actions.NEW: self.new_organisation,
            actions.FIND: self.find_organisation,
            actions.SAVE: self._save,
        }

    def _size_panels(self) -> None:
        total = self.splitter.width()
        editor = max(self.editor.minimumSizeHint().width() + 24, int(total * 0.5))
        self.splitter.setSizes([max(total - editor, 0), editor])

"""The organisation panel beside the list: view, add, change and remove one organisation
inline, with its members and its contact moments in tabs.

Saving calls the organisations service; when it refuses, each message appears under its own
field with the typing left as it was. Deleting asks once and says what goes with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QTabWidget,
    QWidget,
)

from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.gui import formatting, icons
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.calls import SAVED, call, text
from buurtdesk.gui.netwerk.tabs.contact_moments import ORGANISATION, ContactMomentsPanel
from buurtdesk.gui.netwerk.tabs.memberships import MembershipsPanel, Side
from buurtdesk.gui.organisations.form import OrganisationForm
from buurtdesk.gui.record_editor import Mode, RecordEditor
from buurtdesk.gui.widgets import EmptyState
from buurtdesk.services import areas, organisations
from buurtdesk.services.changes import Changes, Entity


class OrganisationEditor(RecordEditor):
    new_organisation_requested = Signal()
    entity = Entity.ORGANISATION

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("organisationEditor")
        self._name = ""
        self._original = OrganisationInput()
        self._member_count = 0

        self.placeholder = EmptyState("building-2")
        self.placeholder.set_content(
            self.tr("Choose an organisation in the list to see its details."),
            self.tr("Or add a new organisation."),
            self.tr("New organisation"),
            "plus",
        )
        self.placeholder.action_clicked.connect(self.new_organisation_requested)

        self._make_header("organisation")

        self.form = OrganisationForm()
        scroll = self._scrolling(self.form)
        self.members = MembershipsPanel(context, Side.ORGANISATION)
        self.contacts = ContactMomentsPanel(context, ORGANISATION)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("organisationTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, icons.icon("building-2"), self.tr("Details"))
        self.tabs.addTab(self.members, icons.icon("users"), self.tr("Members"))
        self.tabs.addTab(self.contacts, icons.icon("messages-square"), self.tr("Contact moments"))

        buttons = self._make_buttons("organisationSave", "organisationCancel", "organisationDelete")

        self._lay_out(self.placeholder, self.tabs, buttons, last_field=self.form.notes_edit)
        self.form.changed.connect(self._changed)
        self.form.submitted.connect(self.save)
        self._show_mode()

    # ---------------------------------------------------------------- state
    @property
    def organisation_id(self) -> int | None:
        return self._record_id

    def is_dirty(self) -> bool:
        return self._mode is not Mode.NONE and self.form.value() != self._original

    def display_name(self) -> str:
        return self._name or self.tr("the new organisation")

    # ---------------------------------------------------------------- showing
    def show_organisation(self, organisation_id: int) -> bool:
        detail = self._fetched(
            lambda: organisations.get_organisation(self._context.db, organisation_id)
        )
        if detail is None:
            return False
        self._mode = Mode.EXISTING
        self._record_id = organisation_id
        self._name = detail.name
        self._fill(detail.data, self._buurt_text(detail.buurt_id))
        self._member_count = detail.member_count
        self._show_mode()
        return True

    def _buurt_text(self, buurt_id: int | None) -> str:
        if buurt_id is None:
            return self.tr("Found from the address once it lies in a known buurt.")
        for buurt in areas.list_buurten(self._context.db):
            if buurt.buurt_id == buurt_id:
                return buurt.name
        return ""

    def start_new(self) -> None:
        self._mode = Mode.NEW
        self._record_id = None
        self._name = ""
        self._fill(OrganisationInput(), self._buurt_text(None))
        self._show_mode()
        self.tabs.setCurrentIndex(0)
        self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self._mode = Mode.NONE
        self._record_id = None
        self._name = ""
        self._fill(OrganisationInput(), "")
        self._show_mode()

    def focus_form(self) -> None:
        if self._mode is not Mode.NONE:
            self.tabs.setCurrentIndex(0)
            self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, data: OrganisationInput, buurt: str) -> None:
        self.form.fill(data, buurt)
        self._original = self.form.value()
        self.banner.hide()
        self._changed()

    def _show_mode(self) -> None:
        self._show_page(self.tr("New organisation"), self._name)
        existing = self._record_id
        self.members.set_owner(existing)
        self.contacts.set_owner(existing)
        for tab in (self.members, self.contacts):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), existing is not None)
        self._changed()

    def _changed(self) -> None:
        count = self._member_count
        self._show_unsaved(
            self.tr("Fill in at least the name."),
            self.tr("{count} people linked").format(count=formatting.number(count))
            if count != 1
            else self.tr("1 person linked"),
        )

    # ---------------------------------------------------------------- actions
    def save(self) -> bool:
        if self._mode is Mode.NONE:
            return True
        if self._mode is Mode.EXISTING and not self.is_dirty():
            self.form.errors.clear()
            self._context.show_status(self.tr("No changes to save."))
            return True
        data = self.form.value()
        db = self._context.db
        organisation_id = self._record_id
        self.banner.hide()

        def refused(messages: dict[str, str]) -> None:
            self.tabs.setCurrentIndex(0)
            self.form.errors.show(messages)

        result = call(
            lambda: (
                organisations.create_organisation(db, data)
                if organisation_id is None
                else organisations.update_organisation(db, organisation_id, data)
            ),
            refused=refused,
            failed=self._show_banner,
        )
        if result is None:
            return False
        self.show_organisation(result.organisation_id)
        self._publish(result.changes)
        self._context.show_status(text(SAVED))
        self.saved.emit(result.organisation_id)
        return True

    def _restore_original(self) -> None:
        self._fill(self._original, self.form.buurt.text())

    def show_record(self, record_id: int) -> bool:
        return self.show_organisation(record_id)

    def delete(self) -> None:
        organisation_id = self._record_id
        if self._mode is not Mode.EXISTING or organisation_id is None:
            return
        name = self._name
        try:
            summary = organisations.organisation_links(self._context.db, organisation_id).summary()
        except NotFound:
            summary = ""
        question = self.tr("Delete {name}?").format(name=name)
        if summary:
            detail = self.tr(
                "Linked to it: {summary}. The memberships go with it; contact moments, "
                "initiatives and activities stay, without {name}. This cannot be undone."
            ).format(summary=summary, name=name)
        else:
            detail = self.tr("Nothing else is linked to it. This cannot be undone.")
        if not self._context.prompts.confirm_delete(self, question, detail):
            return
        try:
            changes = organisations.delete_organisation(self._context.db, organisation_id)
        except NotFound:
            changes = Changes.of(Entity.ORGANISATION, organisation_id)
        self._after_delete(organisation_id, name, changes)

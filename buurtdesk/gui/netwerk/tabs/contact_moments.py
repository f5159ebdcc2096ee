"""Contact moments of a person or an organisation: the history, newest first, and the form
to add or change one in the same place (the list comes back after saving or Escape).

From the list: tick a follow-up off (or open it again), change a moment, delete it after
one question that names it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QStackedWidget, QWidget

from buurtdesk.domain.errors import NotFound
from buurtdesk.gui import formatting, icons
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.gui.netwerk.person_tabs import PersonTab, register_person_tab
from buurtdesk.gui.netwerk.tabs.calls import SAVED, call, text
from buurtdesk.gui.netwerk.tabs.channels import channel_text
from buurtdesk.gui.netwerk.tabs.contact_form import ContactMomentForm, Draft, Owner
from buurtdesk.gui.netwerk.tabs.contact_list import ContactMomentDelegate, ContactMomentsModel
from buurtdesk.gui.netwerk.tabs.panel import TabPanel
from buurtdesk.services import contacts, organisations, people
from buurtdesk.services.changes import Entity
from buurtdesk.services.contacts import ContactMomentRow

PERSON = "person"
ORGANISATION = "organisation"


class ContactHistory(TabPanel):
    """The list half: buttons above the moments."""

    entities = (Entity.CONTACT_MOMENT, Entity.PERSON, Entity.ORGANISATION)

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        model = ContactMomentsModel(today=lambda: context.now().date())
        super().__init__(context, model, parent)
        self.kind = kind
        self.moments = model
        self.setObjectName("contactHistory")
        self.table.setAccessibleName(self.tr("Contact moments, newest first"))
        self.table.horizontalHeader().hide()
        self.table.set_column_widths({}, stretch=0)
        self.table.setAlternatingRowColors(False)
        self.table.setItemDelegate(ContactMomentDelegate(model, self.table))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollMode(self.table.ScrollMode.ScrollPerPixel)

        self.add_button = self.add_toolbar_button(
            self.tr("Add"), "plus", self.tr("Add a contact moment")
        )
        self.done_button = self.add_toolbar_button(
            self.tr("Done"), "check", self.tr("Tick the follow-up off")
        )
        self.done_button.setObjectName("followUpDoneButton")
        self.edit_button = self.add_toolbar_button(
            self.tr("Change"), "pencil", self.tr("Change the contact moment (Enter)")
        )
        self.delete_button = self.add_remove_button(self.tr("Delete the contact moment… (Del)"))
        self.done_button.clicked.connect(self.toggle_done)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.delete_requested.connect(lambda _row: self.delete_selected())
        self.update_buttons()

    # ---------------------------------------------------------------- TabPanel
    def fetch_rows(self, owner_id: int) -> None:
        db = self.context.db
        self.moments.owner = (self.kind, owner_id)
        if self.kind == PERSON:
            self.moments.set_source(
                lambda offset, limit: contacts.contact_moments_of_person(
                    db, owner_id, limit=limit, offset=offset
                )
            )
        else:
            self.moments.set_source(
                lambda offset, limit: contacts.contact_moments_of_organisation(
                    db, owner_id, limit=limit, offset=offset
                )
            )

    def empty_text(self) -> str:
        return self.tr(
            "No contact moments yet. Write down a talk, a call or a home visit, and what "
            "has to happen next."
        )

    def update_buttons(self) -> None:
        row = self.selected_row()
        moment = self.moments.moment(row) if row is not None else None
        self.add_button.setEnabled(self.owner_id is not None)
        self.edit_button.setEnabled(moment is not None)
        self.delete_button.setEnabled(moment is not None)
        has_follow_up = moment is not None and bool(moment.follow_up)
        self.done_button.setEnabled(has_follow_up)
        reopen = moment is not None and moment.follow_up_done
        self.done_button.setText(self.tr("Open again") if reopen else self.tr("Done"))
        self.done_button.setIcon(icons.icon("undo-2" if reopen else "check"))
        tip = (
            self.tr("The follow-up is not done after all")
            if reopen
            else self.tr("Tick the follow-up off")
        )
        self.done_button.setToolTip(tip)
        self.done_button.setAccessibleName(tip)

    def save_form(self) -> None:
        """No inline form here: the moment form takes the panel's place."""

    def selected_moment(self) -> ContactMomentRow | None:
        row = self.selected_row()
        return self.moments.moment(row) if row is not None else None

    # ---------------------------------------------------------------- actions
    def toggle_done(self) -> None:
        moment = self.selected_moment()
        if moment is None or not moment.follow_up:
            return
        done = not moment.follow_up_done
        changes = call(
            lambda: contacts.set_follow_up_done(self.context.db, moment.contact_moment_id, done),
            refused=lambda messages: self.context.show_status(" ".join(messages.values())),
            failed=self.context.show_status,
        )
        if changes is None:
            self.reload()
            return
        self.context.bus.publish(changes)
        self.context.show_status(
            self.tr("Follow-up marked as done.") if done else self.tr("Follow-up open again.")
        )

    def delete_selected(self) -> None:
        moment = self.selected_moment()
        if moment is None:
            return
        question = self.tr("Delete the contact moment of {date} ({channel})?").format(
            date=formatting.short_date(moment.occurred_on), channel=channel_text(moment.channel)
        )
        detail = (
            self.tr("Its report and its follow-up go with it. This cannot be undone.")
            if moment.follow_up
            else self.tr("Its report goes with it. This cannot be undone.")
        )
        self.remove_after_asking(
            question,
            detail,
            lambda: contacts.delete_contact_moment(self.context.db, moment.contact_moment_id),
            self.tr("Contact moment deleted."),
        )


class ContactMomentsPanel(QStackedWidget):
    """The history, or in its place the form to add or change a moment."""

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactMomentsPanel")
        self._context = context
        self._kind = kind
        self._drafts: dict[int, Draft] = {}  # by owner id
        self.history = ContactHistory(context, kind)
        self.form = ContactMomentForm(context)
        self.addWidget(self.history)
        self.addWidget(self.form)
        self.history.add_button.clicked.connect(self.start_adding)
        self.history.edit_button.clicked.connect(self.start_changing)
        self.history.table.row_activated.connect(lambda _row: self.start_changing())
        self.form.saved.connect(self._saved)
        self.form.closed.connect(self._back_to_list)

    @property
    def owner_id(self) -> int | None:
        return self.history.owner_id

    def set_owner(self, owner_id: int | None) -> None:
        if owner_id == self.history.owner_id:
            self.history.set_owner(owner_id)  # the same one again: read its moments anew
            return
        if self.currentWidget() is self.form:
            draft = self.form.draft()
            if draft is not None:
                self._drafts[draft.owner.id] = draft
                self._context.show_status(
                    self.tr(
                        "The contact moment for {name} is not saved yet; it is kept and comes "
                        "back when you open {name} again."
                    ).format(name=draft.owner.name)
                )
            self.form.cancel()
        self.history.set_owner(owner_id)
        draft = self._drafts.pop(owner_id, None) if owner_id is not None else None
        if draft is not None:
            self.setCurrentWidget(self.form)
            self.form.restore(draft)

    def form_is_open(self) -> bool:
        return self.currentWidget() is self.form

    def _owner(self) -> Owner | None:
        owner_id = self.history.owner_id
        if owner_id is None:
            return None
        try:
            if self._kind == PERSON:
                name = people.get_person(self._context.db, owner_id).full_name
            else:
                name = organisations.get_organisation(self._context.db, owner_id).name
        except NotFound as error:
            self._context.show_status(str(error))
            return None
        return Owner(self._kind, owner_id, name)

    def start_adding(self) -> None:
        owner = self._owner()
        if owner is None:
            return
        self.setCurrentWidget(self.form)
        self.form.start_new(owner)

    def start_changing(self) -> None:
        moment = self.history.selected_moment()
        owner = self._owner()
        if moment is None or owner is None:
            return
        self.setCurrentWidget(self.form)
        if not self.form.start_edit(owner, moment.contact_moment_id):
            self._back_to_list()

    def _saved(self, contact_moment_id: int) -> None:
        self.setCurrentWidget(self.history)
        self.history.reload()
        self.history.select_id(contact_moment_id)
        self.history.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._context.show_status(text(SAVED))

    def _back_to_list(self) -> None:
        self.setCurrentWidget(self.history)
        self.history.table.setFocus(Qt.FocusReason.OtherFocusReason)


@register_person_tab(order=30, icon="messages-square")
class ContactMomentsTab(PersonTab):
    title = QT_TRANSLATE_NOOP("PersonTabs", "Contact moments")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.panel = ContactMomentsPanel(context, PERSON)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def set_person(self, person_id: int | None) -> None:
        self.panel.set_owner(person_id)

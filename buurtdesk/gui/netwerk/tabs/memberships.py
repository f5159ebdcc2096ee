"""Memberships: where a person works, volunteers or is a member, with function and period.

One panel serves both sides: in the person panel it lists the person's organisations (the
"Lidmaatschappen" tab), in the organisation panel the organisation's people ("Leden").
Adding picks the other side by typing; changing keeps both sides and edits the function
and the period; removing asks once, naming both.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.gui.netwerk.person_tabs import PersonTab, register_person_tab
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.netwerk.tabs.forms import FormErrors, OptionalDate
from buurtdesk.gui.netwerk.tabs.panel import TabPanel
from buurtdesk.gui.netwerk.tabs.rows_model import PagedRowsModel
from buurtdesk.gui.netwerk.tabs.wording import natural_name, period
from buurtdesk.gui.organisations.navigation import open_organisation
from buurtdesk.gui.pickers import EntityPicker, OrganisationPicker, PersonPicker
from buurtdesk.gui.widgets import label
from buurtdesk.services import memberships
from buurtdesk.services.changes import Entity
from buurtdesk.services.memberships import MembershipRow

NAME, FUNCTION, PERIOD = range(3)


class Side(enum.Enum):
    PERSON = "person"  # the owner is a person: rows name organisations
    ORGANISATION = "organisation"  # the owner is an organisation: rows name people


class MembershipsModel(PagedRowsModel):
    link_columns = frozenset({NAME})

    def __init__(
        self,
        side: Side,
        *,
        today: Callable[[], date],
        page_size: int = memberships.PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(page_size=page_size, parent=parent)
        name = self.tr("Organisation") if side is Side.PERSON else self.tr("Name")
        self.set_headers((name, self.tr("Function"), self.tr("Period")))
        self._side = side
        self._today = today

    def cells(self, row: Any) -> tuple[str, ...]:
        assert isinstance(row, MembershipRow)
        name = row.organisation_name if self._side is Side.PERSON else row.person_name
        return (name, row.function, period(row.since, row.until, self._today()))

    def row_id(self, row: Any) -> int:
        assert isinstance(row, MembershipRow)
        return row.membership_id

    def membership(self, row: int) -> MembershipRow:
        value = self.row_value(row)
        assert isinstance(value, MembershipRow)
        return value


class MembershipsPanel(TabPanel):
    entities = (Entity.MEMBERSHIP, Entity.ORGANISATION, Entity.PERSON)

    def __init__(self, context: AppContext, side: Side, parent: QWidget | None = None) -> None:
        model = MembershipsModel(side, today=lambda: context.now().date())
        super().__init__(context, model, parent)
        self.side = side
        self.memberships = model
        self._editing: MembershipRow | None = None
        person_side = side is Side.PERSON
        self.setObjectName("membershipsPanel" if person_side else "membersPanel")
        self.table.setAccessibleName(
            self.tr("Memberships of this person") if person_side else self.tr("Members")
        )
        self.table.set_column_widths({FUNCTION: 18, PERIOD: 20}, stretch=NAME)

        self.add_button = self.add_toolbar_button(
            self.tr("Add"),
            "plus",
            self.tr("Add a membership") if person_side else self.tr("Add a member"),
        )
        self.open_button = self.add_toolbar_button(
            self.tr("Open"),
            "building-2" if person_side else "user-round",
            self.tr("Open the organisation") if person_side else self.tr("Open the person"),
        )
        self.edit_button = self.add_toolbar_button(
            self.tr("Change"), "pencil", self.tr("Change the function or period (Enter)")
        )
        self.remove_button = self.add_remove_button(self.tr("Remove the membership… (Del)"))

        # The form: who (picked when adding, fixed when changing), function, period.
        self.picker: EntityPicker = (
            OrganisationPicker(context.db) if person_side else PersonPicker(context.db)
        )
        self.fixed_name = label("")
        self.fixed_name.setObjectName("membershipOther")
        other_row = QWidget()
        other_row.setObjectName("membershipOtherRow")
        other_layout = QHBoxLayout(other_row)
        other_layout.setContentsMargins(0, 0, 0, 0)
        other_layout.addWidget(self.picker, 1)
        other_layout.addWidget(self.fixed_name, 1)
        self.function_edit = QLineEdit()
        self.function_edit.setObjectName("functionEdit")
        self.function_edit.setAccessibleName(self.tr("Function"))
        self.function_edit.setPlaceholderText(self.tr("for example volunteer, treasurer"))
        today = context.now().date()
        self.since = OptionalDate(self.tr("set a date"), today)
        self.since.setObjectName("sinceRow")
        self.since.set_accessible_names(self.tr("Fill in a start date"), self.tr("Start date"))
        self.until = OptionalDate(self.tr("set a date"), today)
        self.until.setObjectName("untilRow")
        self.until.set_accessible_names(self.tr("Fill in an end date"), self.tr("End date"))
        self.other_label = self.tr("Organisation") if person_side else self.tr("Person")
        self.form.addRow(self.other_label, other_row)
        self.form.addRow(self.tr("Function"), self.function_edit)
        self.form.addRow(self.tr("From"), self.since)
        self.form.addRow(self.tr("Until"), self.until)
        self.errors = FormErrors(
            self.form,
            {
                "other": other_row,
                "function": self.function_edit,
                "since": self.since,
                "until": self.until,
            },
            {
                "other": self.picker,
                "since": self.since.edit,
                "until": self.until.edit,
            },
            fallback="other",
        )

        self.add_button.clicked.connect(self.start_adding)
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(self.start_changing)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.row_activated.connect(lambda _row: self.start_changing())
        self.table.link_activated.connect(lambda _row, _column: self.open_selected())
        self.table.delete_requested.connect(lambda _row: self.remove_selected())
        self.function_edit.returnPressed.connect(self.save_form)
        self.picker.returnPressed.connect(self._picker_enter)
        self.update_buttons()

    # ---------------------------------------------------------------- TabPanel
    def fetch_rows(self, owner_id: int) -> None:
        db = self.context.db
        if self.side is Side.PERSON:
            self.memberships.set_source(
                lambda offset, _limit: (
                    memberships.memberships_of_person(db, owner_id) if offset == 0 else []
                )
            )
        else:
            self.memberships.set_source(
                lambda offset, limit: memberships.members_of_organisation(
                    db, owner_id, limit=limit, offset=offset
                )
            )

    def empty_text(self) -> str:
        if self.side is Side.PERSON:
            return self.tr(
                "Not with any organisation yet. Add where this person works, volunteers "
                "or is a member."
            )
        return self.tr("No people at this organisation yet. Add the first member.")

    def update_buttons(self) -> None:
        selected = self.selected_row() is not None
        for widget in (self.open_button, self.edit_button, self.remove_button):
            widget.setEnabled(selected)
        self.add_button.setEnabled(self.owner_id is not None)

    def form_inputs(self) -> list[QWidget]:
        return [
            self.picker,
            self.function_edit,
            self.since.check,
            self.since.edit,
            self.until.check,
            self.until.edit,
            self.save_button,
            self.cancel_button,
        ]

    # ---------------------------------------------------------------- adding, changing
    def start_adding(self) -> None:
        if self.owner_id is None:
            return
        self._editing = None
        self._fill("", None, None)
        self.picker.set_choice(None)
        self.picker.show()
        self.fixed_name.hide()
        title = self.tr("New membership") if self.side is Side.PERSON else self.tr("New member")
        self.open_form(title, self.tr("Add"), self.picker, adding=True)

    def start_changing(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        membership = self.memberships.membership(row)
        self._editing = membership
        self._fill(membership.function, membership.since, membership.until)
        self.picker.hide()
        self.fixed_name.setText(self._other_name(membership))
        self.fixed_name.show()
        self.open_form(
            self.tr("Change membership"), self.tr("Save change"), self.function_edit, adding=False
        )
        self.function_edit.selectAll()

    def _fill(self, function: str, since: date | None, until: date | None) -> None:
        today = self.context.now().date()
        self.errors.clear()
        self.function_edit.setText(function)
        self.since.set_value(since, today)
        self.until.set_value(until, today)

    def _picker_enter(self) -> None:
        if self.picker.chosen_id is not None:
            self.function_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def save_form(self) -> None:
        if self.owner_id is None:
            return
        self.errors.clear()
        self.problem.hide()
        db = self.context.db
        function = self.function_edit.text()
        since, until = self.since.value(), self.until.value()
        editing = self._editing
        if editing is None:
            other = self.picker.chosen_id
            if other is None:
                self.errors.show({"other": self._pick_first()})
                return
            person_id, organisation_id = (
                (self.owner_id, other) if self.side is Side.PERSON else (other, self.owner_id)
            )
            result = call(
                lambda: memberships.add_membership(
                    db,
                    person_id=person_id,
                    organisation_id=organisation_id,
                    function=function,
                    since=since,
                    until=until,
                ),
                refused=self.errors.show,
                failed=self.show_problem,
            )
        else:
            result = call(
                lambda: memberships.update_membership(
                    db, editing.membership_id, function=function, since=since, until=until
                ),
                refused=self.errors.show,
                failed=self.show_problem,
            )
        if result is not None:
            self.saved(result.changes, result.membership_id)

    def _pick_first(self) -> str:
        if self.side is Side.PERSON:
            return self.tr("Choose an organisation from the list: type part of its name.")
        return self.tr("Choose a person from the list: type part of their name.")

    # ---------------------------------------------------------------- open, remove
    def _other_name(self, membership: MembershipRow) -> str:
        if self.side is Side.PERSON:
            return membership.organisation_name
        return natural_name(membership.person_name)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        membership = self.memberships.membership(row)
        if self.side is Side.PERSON:
            open_organisation(self.context.navigator, membership.organisation_id)
        else:
            self.context.navigator.open_person(membership.person_id)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        membership = self.memberships.membership(row)
        person = natural_name(membership.person_name)
        organisation = membership.organisation_name
        what = (
            self.tr("{person} at {organisation} as {function}")
            if membership.function
            else self.tr("{person} at {organisation}")
        ).format(person=person, organisation=organisation, function=membership.function)
        question = self.tr("Remove the membership of {what}?").format(what=what)
        detail = self.tr("Only this membership goes; {person} and {organisation} stay.").format(
            person=person, organisation=organisation
        )
        self.remove_after_asking(
            question,
            detail,
            lambda: memberships.remove_membership(self.context.db, membership.membership_id),
            self.tr("Membership removed."),
        )


@register_person_tab(order=10, icon="building-2")
class MembershipsTab(PersonTab):
    title = QT_TRANSLATE_NOOP("PersonTabs", "Memberships")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.panel = MembershipsPanel(context, Side.PERSON)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def set_person(self, person_id: int | None) -> None:
        self.panel.set_owner(person_id)

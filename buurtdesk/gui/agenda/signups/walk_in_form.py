"""Adding a walk-in (inloper): a name and a phone number or e-mail address, an address if
they like, how many they are, their consents, and whether they are inside now. What is
wrong stands beside its field and the typing stays; after saving the form is empty for
the next one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from buurtdesk.gui.agenda.signups.inline_form import let_errors_wrap
from buurtdesk.gui.agenda.signups.signup_form import SignUpForm
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.forms import FormErrors
from buurtdesk.gui.widgets import label
from buurtdesk.services import signups
from buurtdesk.services.signups_types import SignUpResult, WalkInInput


def _row(*widgets: QWidget) -> QWidget:
    """Several fields on one line of the form; the text fields share the width."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    if not any(isinstance(widget, QLineEdit) for widget in widgets):
        layout.addStretch(1)
    return row


def _line(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


class WalkInForm(SignUpForm):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Add a walk-in"), self.tr("Add walk-in"), parent)
        self.setObjectName("walkInForm")
        self.name = _line("walkInName", self.tr("Name"), self.tr("first and last name"))
        self.phone = _line("walkInPhone", self.tr("Phone"), self.tr("for example 06 12345678"))
        self.email = _line("walkInEmail", self.tr("E-mail"))
        self.address = _line("walkInAddress", self.tr("Address"), self.tr("optional"))
        self.inside = QCheckBox(self.tr("inside now"))
        self.inside.setToolTip(self.tr("Check them in straight away"))
        self.inside.setObjectName("walkInInside")
        self.inside.setChecked(True)
        # Phone and e-mail share a line: one of the two is enough.
        reach = _row(self.phone, label(self.tr("or e-mail")), self.email)
        persons = _row(self.party, self.inside)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Phone"), reach)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Persons"), persons)
        self.form.addRow(self.tr("Consent"), self.consents)
        self.errors = FormErrors(
            self.form,
            {
                "name": self.name,
                "phone": reach,
                "email": reach,
                "address": self.address,
                "party_size": persons,
            },
            {"phone": self.phone, "email": self.email, "party_size": self.party},
            fallback="name",
        )
        let_errors_wrap(self.errors, ("name", "phone", "address", "party_size"))
        self.set_inputs(
            [
                self.name,
                self.phone,
                self.email,
                self.address,
                self.party,
                self.inside,
                self.consents.contact,
                self.consents.photos,
            ]
        )

    def first_field(self) -> QWidget:
        return self.name

    def _clear_fields(self) -> None:
        for edit in (self.name, self.phone, self.email, self.address):
            edit.clear()
        self.inside.setChecked(True)

    def value(self) -> WalkInInput:
        return WalkInInput(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            party_size=self.party.value(),
            consent_contact=self.consents.contact.isChecked(),
            consent_photos=self.consents.photos.isChecked(),
        )

    def _sign_up(self, occurrence_id: int) -> Callable[[], SignUpResult] | None:
        data = self.value()
        inside = self.inside.isChecked()
        return lambda: signups.register_walk_in(
            self.context.db, occurrence_id, data, check_in=inside
        )

"""Signing up someone from the network: pick the person, how many they bring, and what
they consent to. The form stays open and empty for the next person; a refusal (already
signed up) stands beside the picker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from buurtdesk.gui.agenda.signups.inline_form import let_errors_wrap
from buurtdesk.gui.agenda.signups.signup_form import SignUpForm
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.forms import FormErrors
from buurtdesk.gui.pickers import PersonPicker
from buurtdesk.services import signups
from buurtdesk.services.signups_types import SignUpResult


class RegisterForm(SignUpForm):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Sign up someone from the network"),
            self.tr("Sign up"),
            parent,
        )
        self.setObjectName("registerForm")
        self.picker = PersonPicker(context.db)
        self.form.addRow(self.tr("Person"), self.picker)
        self.form.addRow(self.tr("Persons"), self.party)
        self.form.addRow(self.tr("Consent"), self.consents)
        self.errors = FormErrors(
            self.form,
            {"person": self.picker, "party_size": self.party},
            fallback="person",
        )
        let_errors_wrap(self.errors, ("person", "party_size"))
        self.set_inputs([self.picker, self.party, self.consents.contact, self.consents.photos])

    def first_field(self) -> QWidget:
        return self.picker

    def _clear_fields(self) -> None:
        self.picker.set_choice(None)

    def _sign_up(self, occurrence_id: int) -> Callable[[], SignUpResult] | None:
        person_id = self.picker.chosen_id
        if person_id is None:
            self.errors.show(
                {"person": self.tr("Choose a person from the list: type part of their name.")}
            )
            return None
        party_size = self.party.value()
        contact = self.consents.contact.isChecked()
        photos = self.consents.photos.isChecked()
        return lambda: signups.register_person(
            self.context.db,
            occurrence_id,
            person_id,
            party_size=party_size,
            consent_contact=contact,
            consent_photos=photos,
        )

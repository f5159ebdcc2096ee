"""Signing up someone from the network: pick the person, how many they bring, and what
they consent to. The form stays open and empty for the next person; a refusal (already
signed up) stands beside the picker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSizePolicy, QSpinBox, QWidget

from buurtdesk.gui.agenda.signups.calls import call
from buurtdesk.gui.agenda.signups.inline_form import InlineForm, let_errors_wrap
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.forms import FormErrors
from buurtdesk.gui.pickers import PersonPicker
from buurtdesk.services import signups
from buurtdesk.services.signups_input import MAX_PARTY_SIZE


def party_size_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1, MAX_PARTY_SIZE)
    box.setAccessibleName(QCoreApplication.translate("Signups", "Number of persons"))
    box.setToolTip(
        QCoreApplication.translate("Signups", "How many persons come, this person included")
    )
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance("000") + 48)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


class Consents(QWidget):
    """The two consent ticks, side by side: contact, and photos and video."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = QCheckBox(self.tr("may be contacted"))
        self.contact.setAccessibleName(self.tr("Consent: may be contacted"))
        self.photos = QCheckBox(self.tr("photos and video"))
        self.photos.setAccessibleName(self.tr("Consent: photos and video"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.contact)
        layout.addWidget(self.photos)
        layout.addStretch(1)

    def clear(self) -> None:
        self.contact.setChecked(False)
        self.photos.setChecked(False)


class RegisterForm(InlineForm):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign up someone from the network"), self.tr("Sign up"), parent)
        self.setObjectName("registerForm")
        self.context = context
        self.occurrence_id: int | None = None
        self.picker = PersonPicker(context.db)
        self.party = party_size_box(self)
        self.consents = Consents()
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
        self.save_requested.connect(self.save)

    def start(self) -> None:
        self.clear()
        self.open_at(self.picker)

    def clear(self) -> None:
        self.errors.clear()
        self.picker.set_choice(None)
        self.party.setValue(1)
        self.consents.clear()

    def save(self) -> None:
        occurrence_id = self.occurrence_id
        if occurrence_id is None:
            return
        self.errors.clear()
        self.problem.hide()
        person_id = self.picker.chosen_id
        if person_id is None:
            self.errors.show(
                {"person": self.tr("Choose a person from the list: type part of their name.")}
            )
            return
        party_size = self.party.value()
        contact = self.consents.contact.isChecked()
        photos = self.consents.photos.isChecked()
        result = call(
            lambda: signups.register_person(
                self.context.db,
                occurrence_id,
                person_id,
                party_size=party_size,
                consent_contact=contact,
                consent_photos=photos,
            ),
            refused=self.errors.show,
            failed=self.show_problem,
        )
        if result is None:
            return
        self.clear()
        self.picker.setFocus()
        self.context.bus.publish(result.changes)
        self.context.show_status(result.message)

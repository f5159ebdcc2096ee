"""What signing up someone from the network and adding a walk-in share: the date it is for,
how many persons, the consent ticks, and saving: a refusal beside its field, a failure under
the form, else an empty form for the next one and the service's message in the status line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSizePolicy, QSpinBox, QWidget

from buurtdesk.gui.agenda.signups.calls import call
from buurtdesk.gui.agenda.signups.inline_form import InlineForm
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.forms import FormErrors
from buurtdesk.services.signups_input import MAX_PARTY_SIZE
from buurtdesk.services.signups_types import SignUpResult


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


class SignUpForm(InlineForm):
    """A subclass makes ``errors``, names its ``first_field`` and gives the call that
    signs up."""

    errors: FormErrors

    def __init__(
        self, context: AppContext, title: str, save_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, save_text, parent)
        self.context = context
        self.occurrence_id: int | None = None
        self.party = party_size_box(self)
        self.consents = Consents()
        self.save_requested.connect(self.save)

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def _clear_fields(self) -> None:
        """Empty the subclass's own fields."""
        raise NotImplementedError

    def _sign_up(self, occurrence_id: int) -> Callable[[], SignUpResult] | None:
        """The service call for what the form holds; None, with the reason beside its
        field, when there is nothing to call yet."""
        raise NotImplementedError

    def start(self) -> None:
        self.clear()
        self.open_at(self.first_field())

    def clear(self) -> None:
        self.errors.clear()
        self._clear_fields()
        self.party.setValue(1)
        self.consents.clear()

    def save(self) -> None:
        occurrence_id = self.occurrence_id
        if occurrence_id is None:
            return
        self.errors.clear()
        self.problem.hide()
        sign_up = self._sign_up(occurrence_id)
        if sign_up is None:
            return
        result = call(sign_up, refused=self.errors.show, failed=self.show_problem)
        if result is None:
            return
        self.clear()
        self.first_field().setFocus()
        self.context.bus.publish(result.changes)
        self.context.show_status(result.message)

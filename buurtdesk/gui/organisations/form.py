"""The organisation's details as a form: name, kind, address, phone, email, website, the
buurt (found from the address) and notes, with an error line under every row."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.domain.validation.phone import format_phone
from buurtdesk.gui.netwerk.tabs.forms import FormErrors, new_form
from buurtdesk.gui.organisations.kinds import kinds
from buurtdesk.gui.widgets import label


def _line(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def _pair(first: QWidget, second: QWidget, name: str, stretch: tuple[int, int]) -> QWidget:
    row = QWidget()
    row.setObjectName(name)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    layout.addWidget(first, stretch[0])
    layout.addWidget(second, stretch[1])
    return row


class OrganisationForm(QWidget):
    changed = Signal()
    submitted = Signal()  # Enter in a line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationForm")
        self.name_edit = _line("nameEdit", self.tr("Name"))
        self.kind = QComboBox()
        self.kind.setObjectName("kindEdit")
        self.kind.setAccessibleName(self.tr("Kind"))
        for value, text in kinds():
            self.kind.addItem(text, value)
        self.straat_edit = _line("straatEdit", self.tr("Street"), self.tr("Street"))
        self.huisnummer_edit = _line("huisnummerEdit", self.tr("House number"), self.tr("No."))
        self.postcode_edit = _line("postcodeEdit", self.tr("Postcode"), "1234 AB")
        self.woonplaats_edit = _line("woonplaatsEdit", self.tr("Town"), self.tr("Town"))
        self.telefoon_edit = _line("telefoonEdit", self.tr("Phone"))
        self.email_edit = _line("emailEdit", self.tr("Email"))
        self.website_edit = _line("websiteEdit", self.tr("Website"), "www.voorbeeld.nl")
        self.buurt = label("", "muted", wrap=True)
        self.buurt.setObjectName("buurtLabel")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        address_row = _pair(self.straat_edit, self.huisnummer_edit, "addressRow", (4, 1))
        place_row = _pair(self.postcode_edit, self.woonplaats_edit, "placeRow", (1, 2))

        form = new_form()
        self.form = form
        form.setContentsMargins(4, 12, 12, 12)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Address"), address_row)
        form.addRow(self.tr("Postcode, town"), place_row)
        form.addRow(self.tr("Phone"), self.telefoon_edit)
        form.addRow(self.tr("Email"), self.email_edit)
        form.addRow(self.tr("Website"), self.website_edit)
        form.addRow(self.tr("Buurt"), self.buurt)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.errors = FormErrors(
            form,
            {
                "name": self.name_edit,
                "kind": self.kind,
                "straat": address_row,
                "huisnummer": address_row,
                "postcode": place_row,
                "woonplaats": place_row,
                "telefoon": self.telefoon_edit,
                "email": self.email_edit,
                "website": self.website_edit,
                "notes": self.notes_edit,
            },
            {
                "straat": self.straat_edit,
                "huisnummer": self.huisnummer_edit,
                "postcode": self.postcode_edit,
                "woonplaats": self.woonplaats_edit,
            },
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        self.line_edits = [
            self.name_edit,
            self.straat_edit,
            self.huisnummer_edit,
            self.postcode_edit,
            self.woonplaats_edit,
            self.telefoon_edit,
            self.email_edit,
            self.website_edit,
        ]
        for edit in self.line_edits:
            edit.textChanged.connect(self.changed)
            edit.returnPressed.connect(self.submitted)
        self.kind.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.notes_edit.textChanged.connect(self.changed)

    def inputs(self) -> list[QWidget]:
        return [
            self.name_edit,
            self.kind,
            self.straat_edit,
            self.huisnummer_edit,
            self.postcode_edit,
            self.woonplaats_edit,
            self.telefoon_edit,
            self.email_edit,
            self.website_edit,
            self.notes_edit,
        ]

    def value(self) -> OrganisationInput:
        return OrganisationInput(
            name=self.name_edit.text(),
            kind=str(self.kind.currentData()),
            straat=self.straat_edit.text(),
            huisnummer=self.huisnummer_edit.text(),
            postcode=self.postcode_edit.text(),
            woonplaats=self.woonplaats_edit.text(),
            telefoon=self.telefoon_edit.text(),
            email=self.email_edit.text(),
            website=self.website_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def fill(self, data: OrganisationInput, buurt: str) -> None:
        """Show ``data`` without announcing changes (the caller fills, the user changes)."""
        self.blockSignals(True)
        try:
            for edit, value in (
                (self.name_edit, data.name),
                (self.straat_edit, data.straat),
                (self.huisnummer_edit, data.huisnummer),
                (self.postcode_edit, data.postcode),
                (self.woonplaats_edit, data.woonplaats),
                (self.telefoon_edit, format_phone(data.telefoon) if data.telefoon else ""),
                (self.email_edit, data.email),
                (self.website_edit, data.website),
            ):
                edit.setText(value)
                edit.setCursorPosition(0)
            self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
            self.notes_edit.setPlainText(data.notes)
            self.buurt.setText(buurt)
        finally:
            self.blockSignals(False)
        self.errors.clear()

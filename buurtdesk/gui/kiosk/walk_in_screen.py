"""Walk-in quick add: name, phone or e-mail, how many people, two consent ticks, and one
big "Aanmelden en binnen". Errors appear beside the field; what was typed stays."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import icons
from buurtdesk.gui.widgets import repolish
from buurtdesk.services.signups_types import WalkInInput

MAX_PARTY = 20
TWO_COLUMNS_FROM = 1100  # px: narrower, the form is one column
FIELD_MIN_WIDTH = 360  # px: a whole phone number in the kiosk's large type


class Consent(QWidget):
    """A big tick box with its text beside it; the text wraps, and tapping it ticks too."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setProperty("kind", "consent")  # the text beside it is the big target
        self.box.setAccessibleName(text)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.box.toggle()
        event.accept()


def _error_label() -> QLabel:
    result = QLabel()
    result.setProperty("role", "kiosk-error")
    result.setWordWrap(True)
    result.hide()
    return result


class WalkInScreen(QWidget):
    submitted = Signal(object)  # WalkInInput
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Not on the list? Sign up here"))
        heading.setProperty("role", "kiosk-heading")
        heading.setWordWrap(True)
        self.name = self._field(self.tr("Your name"), 200)
        self.phone = self._field(self.tr("Phone number"), 20)
        self.email = self._field(self.tr("E-mail address"), 254)
        self.party = 1
        self.minus = self._square("−", self.tr("One person fewer"))
        self.plus = self._square("+", self.tr("One person more"))
        self.party_label = QLabel()
        self.party_label.setProperty("role", "kiosk-heading")
        self.party_label.setMinimumWidth(90)
        self.party_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.minus.clicked.connect(lambda: self.set_party(self.party - 1))
        self.plus.clicked.connect(lambda: self.set_party(self.party + 1))
        contact = Consent(
            self.tr("You may call or e-mail me about other activities in the neighbourhood")
        )
        photos = Consent(
            self.tr("Photos with me in them may be used, for example in the newsletter")
        )
        self.consent_contact = contact.box
        self.consent_photos = photos.box
        self.errors = {
            "name": _error_label(),
            "phone": _error_label(),
            "email": _error_label(),
            "party_size": _error_label(),
        }
        self.general_error = _error_label()
        self.save = QPushButton(icons.icon("check", "white"), self.tr("Sign up and come in"))
        self.save.setProperty("kind", "primary")
        self.save.setAccessibleName(self.save.text())
        self.save.clicked.connect(self._submit)
        self.back = QPushButton(icons.icon("arrow-left"), self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back to the start"))
        self.back.clicked.connect(self.cancelled)
        for button in (self.save, self.back):
            button.setAutoDefault(False)
        self.set_party(1)

        fields = QGridLayout()  # the label beside its field, the error under it
        fields.setHorizontalSpacing(20)
        fields.setVerticalSpacing(8)
        fields.setColumnStretch(1, 1)
        self._row(fields, 0, self.tr("Name"), self.name, "name")
        self._row(fields, 2, self.tr("Phone"), self.phone, None)
        self._row(fields, 3, self.tr("or e-mail"), self.email, None)
        reach = QVBoxLayout()  # one message often concerns both: under the two of them
        reach.setSpacing(0)
        reach.addWidget(self.errors["phone"])
        reach.addWidget(self.errors["email"])
        fields.addLayout(reach, 4, 1)
        fields.setRowStretch(5, 1)
        party_row = QHBoxLayout()
        party_row.setSpacing(16)
        party_row.addWidget(self.minus)
        party_row.addWidget(self.party_label)
        party_row.addWidget(self.plus)
        party_row.addStretch(1)
        question = QLabel(self.tr("How many people?"))
        question.setWordWrap(True)
        question.setBuddy(self.plus)
        others = QVBoxLayout()  # how many, and the two consents
        others.setSpacing(8)
        others.addWidget(question)
        others.addLayout(party_row)
        others.addWidget(self.errors["party_size"])
        others.addSpacing(12)
        others.addWidget(contact)
        others.addWidget(photos)
        others.addStretch(1)
        # Side by side on a wide screen, under each other on a narrow one; the scroll area
        # is there for large text: no screen ever squeezes a field below its size.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(40)
        self.columns.addLayout(fields, 3)
        self.columns.addLayout(others, 2)
        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(48, 16, 48, 8)
        column.setSpacing(10)
        column.addWidget(heading)
        column.addWidget(self.general_error)
        column.addLayout(self.columns)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(form)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(48, 8, 48, 16)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= TWO_COLUMNS_FROM
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A field reached with Tab scrolls into view."""
        form = self.scroll_area.widget()
        if new is not None and form is not None and form.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new)

    def _field(self, accessible: str, length: int) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(accessible)
        field.setMaxLength(length)
        field.setMinimumWidth(FIELD_MIN_WIDTH)
        field.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        return field

    def _square(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("kind", "step")
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _row(
        self,
        grid: QGridLayout,
        row: int,
        text: str,
        field: QWidget,
        key: str | None,
    ) -> None:
        """A label and its field, and under the field the place for its error."""
        label = QLabel(text)
        label.setBuddy(field)
        grid.addWidget(label, row, 0)
        grid.addWidget(field, row, 1)
        if key is not None:
            grid.addWidget(self.errors[key], row + 1, 1)

    def set_party(self, size: int) -> None:
        self.party = max(1, min(MAX_PARTY, size))
        self.party_label.setText(str(self.party))
        self.party_label.setAccessibleName(
            self.tr("{count} people").format(count=self.party)
            if self.party > 1
            else self.tr("1 person")
        )
        self.minus.setEnabled(self.party > 1)
        self.plus.setEnabled(self.party < MAX_PARTY)

    def value(self) -> WalkInInput:
        return WalkInInput(
            name=self.name.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            party_size=self.party,
            consent_contact=self.consent_contact.isChecked(),
            consent_photos=self.consent_photos.isChecked(),
        )

    def _submit(self) -> None:
        self.submitted.emit(self.value())

    def show_errors(self, by_field: dict[str, str]) -> None:
        """Each message beside its field (a field the form does not have: at the top)."""
        self.clear_errors()
        general = [text for key, text in by_field.items() if key not in self.errors]
        for key, label in self.errors.items():
            text = by_field.get(key, "")
            label.setText(text)
            label.setAccessibleName(text)
            label.setVisible(bool(text))
        fields = {"name": self.name, "phone": self.phone, "email": self.email}
        for key, field in fields.items():
            field.setProperty("invalid", key in by_field)
            repolish(field)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.setAccessibleName(self.general_error.text())
            self.general_error.show()
        for key, field in fields.items():
            if key in by_field:
                field.setFocus()
                self.scroll_area.ensureWidgetVisible(self.errors[key])
                break

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()
        for field in (self.name, self.phone, self.email):
            field.setProperty("invalid", False)
            repolish(field)

    def reset(self) -> None:
        """Empty form for the next person."""
        for field in (self.name, self.phone, self.email):
            field.clear()
        self.consent_contact.setChecked(False)
        self.consent_photos.setChecked(False)
        self.set_party(1)
        self.clear_errors()
        self.name.setFocus()

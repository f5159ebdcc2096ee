"""The person panel beside the list: view, add, change and remove one person inline.

The form comes from ``ui/person_form.ui``. Saving calls the people service; when it
refuses, each message appears under its own field (icon and red text) and that field gets
focus, with the typing left exactly as it was. "Saved" is shown only after the commit.
"""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from buurtdesk.domain.errors import BuurtdeskError, NotFound, ValidationErrors
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.validation.phone import format_phone
from buurtdesk.gui import icons
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.forms.person_form_ui import Ui_PersonForm
from buurtdesk.gui.netwerk.duplicates_hint import DuplicateHint
from buurtdesk.gui.netwerk.person_tabs import PersonTab, person_tabs
from buurtdesk.gui.record_editor import Mode, RecordEditor
from buurtdesk.gui.widgets import EmptyState, FieldError, repolish
from buurtdesk.services import people
from buurtdesk.services.changes import Changes, Entity

log = logging.getLogger(__name__)

# Validation field -> the form row (its field widget) whose error line shows the message,
# in the order of the form: the first wrong field gets focus.
_ERROR_ROWS = {
    "voornaam": "voornaamEdit",
    "tussenvoegsel": "tussenvoegselRow",
    "achternaam": "achternaamEdit",
    "straat": "addressRow",
    "huisnummer": "addressRow",
    "postcode": "placeRow",
    "woonplaats": "placeRow",
    "telefoon": "telefoonEdit",
    "email": "emailEdit",
    "birth_year": "geboortejaarRow",
    "skills": "skillsEdit",
    "interests": "interestsEdit",
    "notes": "notesEdit",
}
# Validation field -> the input that gets focus and the error mark.
_INPUTS = {
    "voornaam": "voornaamEdit",
    "tussenvoegsel": "tussenvoegselEdit",
    "achternaam": "achternaamEdit",
    "straat": "straatEdit",
    "huisnummer": "huisnummerEdit",
    "postcode": "postcodeEdit",
    "woonplaats": "woonplaatsEdit",
    "telefoon": "telefoonEdit",
    "email": "emailEdit",
    "birth_year": "geboortejaarEdit",
    "skills": "skillsEdit",
    "interests": "interestsEdit",
    "notes": "notesEdit",
}


def split_tags(text: str) -> tuple[str, ...]:
    """ "koken, fietsen repareren;  schaken" -> ("koken", "fietsen repareren", "schaken")."""
    parts = (part.strip() for part in text.replace(";", ",").split(","))
    return tuple(part for part in parts if part)


class PersonEditor(RecordEditor):
    new_person_requested = Signal()
    entity = Entity.PERSON

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._full_name = ""
        self._original = PersonInput()
        self._loading = False

        self.form_widget = QWidget()
        self.ui = Ui_PersonForm()
        self.ui.setupUi(self.form_widget)  # type: ignore[no-untyped-call]  # generated
        self._line_edits = self.form_widget.findChildren(QLineEdit)
        self._checks = self.form_widget.findChildren(QCheckBox)
        self._field_errors = self._add_error_rows()
        self.ui.notesEdit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.placeholder = EmptyState("user-round")
        self.placeholder.setObjectName("personPlaceholder")
        self.placeholder.set_content(
            self.tr("Choose someone in the list to see their details."),
            self.tr("Or add someone new to the network."),
            self.tr("New person"),
            "user-plus",
        )
        self.placeholder.action_clicked.connect(self.new_person_requested)

        self._make_header("person")
        self.duplicate_hint = DuplicateHint(context)  # "Lijkt op: …", when someone does
        # The panel is kept at least as wide as the form needs (see _keep_form_width).
        self._scroll = self._scrolling(self.form_widget)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("personTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)  # one tab needs no tab bar
        self.tabs.addTab(self._scroll, icons.icon("user-round"), self.tr("Details"))
        self._extra_tabs: list[PersonTab] = []
        for spec in person_tabs():
            tab = spec.tab(context)
            title = QCoreApplication.translate("PersonTabs", spec.tab.title)
            self.tabs.addTab(tab, icons.icon(spec.icon), title)
            self._extra_tabs.append(tab)

        buttons = self._make_buttons("saveButton", "cancelButton", "deleteButton")

        self._editor_layout = self._lay_out(
            self.placeholder,
            self.tabs,
            buttons,
            last_field=self.ui.notesEdit,
            extras=(self.duplicate_hint,),
        )

        for edit in self._line_edits:
            edit.returnPressed.connect(self.save)
            edit.textChanged.connect(self._changed)
        for check in self._checks:
            check.toggled.connect(self._changed)
        self.ui.notesEdit.textChanged.connect(self._changed)
        self._show_mode()
        self._keep_form_width()

    def _keep_form_width(self) -> None:
        margins = self._editor_layout.contentsMargins()
        needed = (
            self.form_widget.minimumSizeHint().width()
            + self._scroll.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
            + 4
        )
        self.setMinimumWidth(needed)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_form_width()

    # ---------------------------------------------------------------- state
    @property
    def person_id(self) -> int | None:
        return self._record_id

    def form_input(self) -> PersonInput:
        ui = self.ui
        return PersonInput(
            voornaam=ui.voornaamEdit.text(),
            tussenvoegsel=ui.tussenvoegselEdit.text(),
            achternaam=ui.achternaamEdit.text(),
            straat=ui.straatEdit.text(),
            huisnummer=ui.huisnummerEdit.text(),
            postcode=ui.postcodeEdit.text(),
            woonplaats=ui.woonplaatsEdit.text(),
            telefoon=ui.telefoonEdit.text(),
            email=ui.emailEdit.text(),
            notes=ui.notesEdit.toPlainText(),
            birth_year=ui.geboortejaarEdit.text(),
            is_resident=ui.residentCheck.isChecked(),
            is_volunteer=ui.volunteerCheck.isChecked(),
            is_initiator=ui.initiatorCheck.isChecked(),
            is_professional=ui.professionalCheck.isChecked(),
            skills=split_tags(ui.skillsEdit.text()),
            interests=split_tags(ui.interestsEdit.text()),
        )

    def is_dirty(self) -> bool:
        return self._mode is not Mode.NONE and self.form_input() != self._original

    def _fill(self, data: PersonInput) -> None:
        self._loading = True
        try:
            ui = self.ui
            for edit, value in (
                (ui.voornaamEdit, data.voornaam),
                (ui.tussenvoegselEdit, data.tussenvoegsel),
                (ui.achternaamEdit, data.achternaam),
                (ui.straatEdit, data.straat),
                (ui.huisnummerEdit, data.huisnummer),
                (ui.postcodeEdit, data.postcode),
                (ui.woonplaatsEdit, data.woonplaats),
                (ui.telefoonEdit, format_phone(data.telefoon) if data.telefoon else ""),
                (ui.emailEdit, data.email),
                (ui.geboortejaarEdit, data.birth_year),
                (ui.skillsEdit, ", ".join(data.skills)),
                (ui.interestsEdit, ", ".join(data.interests)),
            ):
                edit.setText(value)
                edit.setCursorPosition(0)
            ui.notesEdit.setPlainText(data.notes)
            ui.residentCheck.setChecked(data.is_resident)
            ui.volunteerCheck.setChecked(data.is_volunteer)
            ui.initiatorCheck.setChecked(data.is_initiator)
            ui.professionalCheck.setChecked(data.is_professional)
        finally:
            self._loading = False
        self._original = self.form_input()
        self._clear_errors()
        self._changed()

    # ---------------------------------------------------------------- showing
    def show_person(self, person_id: int) -> bool:
        """Show a saved person; False (and nothing shown) when they no longer exist."""
        detail = self._fetched(lambda: people.get_person(self._context.db, person_id))
        if detail is None:
            return False
        self._mode = Mode.EXISTING
        self._record_id = person_id
        self._full_name = detail.full_name
        self._fill(detail.data)
        self._show_mode()
        return True

    def start_new(self) -> None:
        """An empty form for a new person, with the cursor in the first field."""
        self._mode = Mode.NEW
        self._record_id = None
        self._full_name = ""
        self._fill(PersonInput())
        self._show_mode()
        self.tabs.setCurrentIndex(0)
        self.ui.voornaamEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self._mode = Mode.NONE
        self._record_id = None
        self._full_name = ""
        self._fill(PersonInput())
        self._show_mode()

    def focus_form(self) -> None:
        if self._mode is not Mode.NONE:
            self.tabs.setCurrentIndex(0)
            self.ui.voornaamEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_mode(self) -> None:
        self._show_page(self.tr("New person"), self._full_name)
        self.duplicate_hint.set_person(self._record_id if self._mode is Mode.EXISTING else None)
        for tab in self._extra_tabs:
            tab.set_person(self._record_id)
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), self._record_id is not None)
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        self._show_unsaved(self.tr("Fill in at least the last name."))

    def display_name(self) -> str:
        return self._full_name or self.tr("the new person")

    # ---------------------------------------------------------------- actions
    def save(self) -> bool:
        """Save the form; True when saved (or nothing to save)."""
        if self._mode is Mode.NONE:
            return True
        if self._mode is Mode.EXISTING and not self.is_dirty():
            self._clear_errors()
            self._context.show_status(self.tr("No changes to save."))
            return True
        data = self.form_input()
        db = self._context.db
        try:
            if self._record_id is None:
                result = people.create_person(db, data)
            else:
                result = people.update_person(db, self._record_id, data)
        except ValidationErrors as errors:
            self._show_errors(errors.by_field())
            return False
        except BuurtdeskError as error:
            self._show_banner(str(error))
            return False
        except SQLAlchemyError:
            log.exception("saving a person failed")
            self._show_banner(
                self.tr(
                    "The database cannot be reached right now, so nothing was saved. "
                    "Your typing is still here; try again in a moment."
                )
            )
            return False
        self._mode = Mode.EXISTING
        self._record_id = result.person_id
        self.show_person(result.person_id)
        self._publish(result.changes)
        self._context.show_status(self.tr("Changes saved"))
        self.saved.emit(result.person_id)
        return True

    def _restore_original(self) -> None:
        self._fill(self._original)

    def show_record(self, record_id: int) -> bool:
        return self.show_person(record_id)

    def delete(self) -> None:
        if self._mode is not Mode.EXISTING or self._record_id is None:
            return
        name = self._full_name
        question = self.tr("Delete {name} and everything that belongs to this person?").format(
            name=name
        )
        detail = self.tr(
            "Their memberships, relationships and contact moments are removed too. "
            "This cannot be undone."
        )
        if not self._context.prompts.confirm_delete(self, question, detail):
            return
        person_id = self._record_id
        try:
            changes = people.delete_person(self._context.db, person_id)
        except NotFound:
            changes = Changes.of(Entity.PERSON, person_id)
        self._after_delete(person_id, name, changes)

    # ---------------------------------------------------------------- errors
    def _add_error_rows(self) -> dict[str, FieldError]:
        """An error line under every row of the form, hidden until it has a message."""
        form = self.ui.formLayout
        errors: dict[str, FieldError] = {}
        for row_name in dict.fromkeys(reversed(_ERROR_ROWS.values())):
            field = getattr(self.ui, row_name)
            row = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(field))[0]
            error = FieldError()
            error.setObjectName(f"{row_name}Error")
            form.insertRow(row + 1, "", error)
            form.setRowVisible(error, False)
            errors[row_name] = error
        return errors

    def field_error(self, field: str) -> str:
        """The message shown for a validation field ("postcode"), "" when none."""
        row = _ERROR_ROWS[field]
        error = self._field_errors[row]
        return error.text() if self.ui.formLayout.isRowVisible(error) else ""

    def _show_errors(self, messages: dict[str, str]) -> None:
        self._clear_errors()
        by_row: dict[str, list[str]] = {}
        unplaced: list[str] = []
        for field, message in messages.items():
            if field in _ERROR_ROWS:
                by_row.setdefault(_ERROR_ROWS[field], []).append(message)
                self._mark_invalid(getattr(self.ui, _INPUTS[field]), message)
            else:
                unplaced.append(message)
        for row_name, row_messages in by_row.items():
            error = self._field_errors[row_name]
            error.set_text("\n".join(row_messages))
            self.ui.formLayout.setRowVisible(error, True)
        if unplaced:
            self._show_banner("\n".join(unplaced))
        first = next((f for f in _INPUTS if f in messages), None)
        if first is not None:
            self.tabs.setCurrentIndex(0)
            widget: QWidget = getattr(self.ui, _INPUTS[first])
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.deselect()

    def _mark_invalid(self, widget: QWidget, message: str) -> None:
        widget.setProperty("invalid", True)
        widget.setAccessibleDescription(message)
        repolish(widget)

    def _clear_errors(self) -> None:
        self.banner.hide()
        for error in self._field_errors.values():
            if self.ui.formLayout.isRowVisible(error):
                self.ui.formLayout.setRowVisible(error, False)
        for field in _INPUTS.values():
            widget: QWidget = getattr(self.ui, field)
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.setAccessibleDescription("")
                repolish(widget)

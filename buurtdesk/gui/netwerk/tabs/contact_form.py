"""The contact moment form, inline in the panel: when, how, what was said, who else was
there, and what has to happen next (the vervolgactie) by when.

The person or organisation whose panel it is always takes part; more people and
organisations are added by typing their name. The form keeps the typing when the service
refuses it and shows each message under its own field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import NotFound
from buurtdesk.gui import icons
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.netwerk.tabs.channels import channels
from buurtdesk.gui.netwerk.tabs.forms import (
    EscapeCancels,
    FormErrors,
    OptionalDate,
    date_edit,
    from_qdate,
    new_form,
    to_qdate,
)
from buurtdesk.gui.netwerk.tabs.views import FORM_STYLE
from buurtdesk.gui.netwerk.tabs.wording import natural_name
from buurtdesk.gui.pickers import EntityPicker, OrganisationPicker, PersonPicker
from buurtdesk.gui.widgets import FieldError, button, label
from buurtdesk.services import contacts
from buurtdesk.services.changes import Changes
from buurtdesk.services.contacts import ContactMomentInput, NameRef

FOLLOW_UP_DAYS = 7  # a new follow-up date starts a week ahead


@dataclass(frozen=True)
class Owner:
    """Whose panel the form is in: ("person" | "organisation", id, name)."""

    kind: str
    id: int
    name: str


@dataclass(frozen=True)
class Draft:
    """A contact moment being written when its person or organisation was left: kept, so
    going back there brings it back instead of losing the typing."""

    owner: Owner
    editing: int | None
    initiative_id: int | None
    title: str
    data: ContactMomentInput
    people: tuple[NameRef, ...]
    organisations: tuple[NameRef, ...]
    initiative: str


class LinkedNames(QWidget):
    """The people (or organisations) a moment is with: one line each with a remove button,
    and a picker to add one more."""

    changed = Signal()

    def __init__(self, picker: EntityPicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = picker
        self._fixed: NameRef | None = None
        self._items: list[NameRef] = []
        self._remove_buttons: list[QWidget] = []
        self._lines = QVBoxLayout()
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._lines.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._lines)
        layout.addWidget(picker)
        picker.chosen.connect(self._picked)

    def set_names(self, fixed: NameRef | None, names: list[NameRef]) -> None:
        self._fixed = fixed
        self._items = [n for n in names if fixed is None or n.id != fixed.id]
        self.picker.set_excluded({fixed.id} if fixed else set())
        self.picker.set_choice(None)
        self._redraw()

    def ids(self) -> tuple[int, ...]:
        fixed = (self._fixed.id,) if self._fixed else ()
        return fixed + tuple(n.id for n in self._items)

    def names(self) -> list[str]:
        return [n.name for n in self._items]

    def remove_buttons(self) -> list[QWidget]:
        return list(self._remove_buttons)

    def refs(self) -> list[NameRef]:
        """The added names (not the fixed one), to keep a draft by."""
        return list(self._items)

    def _picked(self, choice_id: object) -> None:
        if not isinstance(choice_id, int):
            return
        if choice_id not in self.ids():
            self._items.append(NameRef(choice_id, natural_name(self.picker.chosen_name)))
            self._redraw()
            self.changed.emit()
        self.picker.set_choice(None)

    def _remove(self, ref: NameRef) -> None:
        self._items = [n for n in self._items if n.id != ref.id]
        self._redraw()
        self.changed.emit()
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def _redraw(self) -> None:
        while self._lines.count():
            item = self._lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._remove_buttons = []
        if self._fixed is not None:
            self._lines.addWidget(label(self._fixed.name))
        for ref in self._items:
            line = QWidget()
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            row.addWidget(label(ref.name))
            remove = button("")
            remove.setIcon(icons.icon("x"))
            remove.setAccessibleName(self.tr("Remove {name}").format(name=ref.name))
            remove.setToolTip(self.tr("Remove {name}").format(name=ref.name))
            remove.setProperty("kind", "link")
            remove.clicked.connect(lambda _checked=False, ref=ref: self._remove(ref))
            row.addWidget(remove)
            row.addStretch(1)
            self._remove_buttons.append(remove)
            self._lines.addWidget(line)


class ContactMomentForm(QWidget):
    saved = Signal(int)  # contact moment id
    closed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactMomentForm")
        self._context = context
        self._owner: Owner | None = None
        self._editing: int | None = None
        self._initiative_id: int | None = None
        self._original: ContactMomentInput | None = None
        today = context.now().date()

        self.title = label("", "subheading")
        self.title.setObjectName("contactFormTitle")
        self.date_edit = date_edit(today)
        self.date_edit.setObjectName("contactDate")
        self.date_edit.setAccessibleName(self.tr("Date"))
        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_edit)
        date_layout.addStretch(1)
        self.channel = QComboBox()
        self.channel.setObjectName("contactChannel")
        self.channel.setAccessibleName(self.tr("How"))
        for value, text in channels():
            self.channel.addItem(text, value)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("contactSummary")
        self.summary.setAccessibleName(self.tr("Report"))
        self.summary.setPlaceholderText(self.tr("What was talked about, what was agreed"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.people = LinkedNames(PersonPicker(context.db))
        self.people.setObjectName("contactPeople")
        self.people.picker.describe(
            self.tr("Add a person: type a name…"), self.tr("Add a person to this contact moment")
        )
        self.organisations = LinkedNames(OrganisationPicker(context.db))
        self.organisations.setObjectName("contactOrganisations")
        self.organisations.picker.describe(
            self.tr("Add an organisation: type its name…"),
            self.tr("Add an organisation to this contact moment"),
        )
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("followUpEdit")
        self.follow_up.setAccessibleName(self.tr("Follow-up"))
        self.follow_up.setPlaceholderText(self.tr("What still has to happen? Empty if nothing"))
        self.due = OptionalDate(self.tr("set a date"), today + timedelta(days=FOLLOW_UP_DAYS))
        self.due.setObjectName("followUpDue")
        self.due.set_accessible_names(
            self.tr("Give the follow-up a date"), self.tr("Follow-up date")
        )
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due)
        due_layout.addStretch(1)
        self.initiative = label("", "muted", wrap=True)

        form = new_form()
        self.form = form
        form.addRow(self.tr("Date"), date_row)
        form.addRow(self.tr("How"), self.channel)
        form.addRow(self.tr("Report"), self.summary)
        form.addRow(self.tr("With"), self.people)
        form.addRow(self.tr("Organisations"), self.organisations)
        form.addRow(self.tr("Follow-up"), self.follow_up)
        form.addRow(self.tr("Due"), due_row)
        form.addRow("", self.initiative)
        self.errors = FormErrors(
            form,
            {
                "occurred_on": date_row,
                "channel": self.channel,
                "summary": self.summary,
                "person_ids": self.people,
                "follow_up": self.follow_up,
                "follow_up_due": due_row,
            },
            {
                "occurred_on": self.date_edit,
                "person_ids": self.people.picker,
                "follow_up_due": self.due.edit,
            },
        )
        self.problem = FieldError()
        self.problem.hide()

        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 8, 0)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(fields)

        self.save_button = button(self.tr("Save contact moment"), "save", kind="primary")
        self.save_button.setObjectName("contactSave")
        self.save_button.setToolTip(self.tr("Save the contact moment (Enter)"))
        self.cancel_button = button(self.tr("Cancel"), "undo-2")
        self.cancel_button.setToolTip(self.tr("Back to the list without saving (Esc)"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        # A framed box, as the other inline forms: its buttons are its own, apart from the
        # panel's buttons for the person (or organisation) underneath.
        box = QWidget()
        box.setObjectName("inlineForm")
        box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(14, 10, 14, 12)
        box_layout.setSpacing(8)
        box_layout.addWidget(self.title)
        box_layout.addWidget(scroll, 1)
        box_layout.addWidget(self.problem)
        box_layout.addLayout(buttons)
        self.setStyleSheet(FORM_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 10, 2, 4)
        layout.addWidget(box)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.follow_up.returnPressed.connect(self.save)
        self.people.changed.connect(self._order_tabs)
        self.organisations.changed.connect(self._order_tabs)
        escape = EscapeCancels(self.cancel, self)
        escape.watch(
            [
                self.date_edit,
                self.channel,
                self.summary,
                self.people.picker,
                self.organisations.picker,
                self.follow_up,
                self.due.check,
                self.due.edit,
                self.save_button,
                self.cancel_button,
            ]
        )

    # ---------------------------------------------------------------- starting
    def start_new(self, owner: Owner) -> None:
        today = self._context.now().date()
        self._owner = owner
        self._editing = None
        self._initiative_id = None
        self.title.setText(self.tr("New contact moment"))
        self._fill(ContactMomentInput(occurred_on=today), [], [], "")
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_edit(self, owner: Owner, contact_moment_id: int) -> bool:
        """Open a saved moment; False (and a status line) when it is gone meanwhile."""
        try:
            detail = contacts.get_contact_moment(self._context.db, contact_moment_id)
        except NotFound as error:
            self._context.show_status(str(error))
            return False
        self._owner = owner
        self._editing = contact_moment_id
        self._initiative_id = detail.data.initiative_id
        self.title.setText(self.tr("Change contact moment"))
        self._fill(
            detail.data, list(detail.people), list(detail.organisations), detail.initiative_title
        )
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _fill(
        self,
        data: ContactMomentInput,
        people: list[NameRef],
        organisations: list[NameRef],
        initiative: str,
    ) -> None:
        owner = self._owner
        assert owner is not None
        today = self._context.now().date()
        self.errors.clear()
        self.problem.hide()
        self.date_edit.setDate(to_qdate(data.occurred_on or today))
        self.channel.setCurrentIndex(max(self.channel.findData(data.channel), 0))
        self.summary.setPlainText(data.summary)
        me = NameRef(owner.id, owner.name)
        self.people.set_names(me if owner.kind == "person" else None, people)
        self.organisations.set_names(me if owner.kind == "organisation" else None, organisations)
        self.follow_up.setText(data.follow_up)
        self.due.set_value(data.follow_up_due, today + timedelta(days=FOLLOW_UP_DAYS))
        self.initiative.setText(
            self.tr("Part of the initiative “{title}”.").format(title=initiative)
            if initiative
            else ""
        )
        self.initiative.setVisible(bool(initiative))
        self._original = self.form_input()
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes down the form, through the names just added, to the buttons."""
        chain: list[QWidget] = [
            self.date_edit,
            self.channel,
            self.summary,
            *self.people.remove_buttons(),
            self.people.picker,
            *self.organisations.remove_buttons(),
            self.organisations.picker,
            self.follow_up,
            self.due.check,
            self.due.edit,
            self.save_button,
            self.cancel_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def draft(self) -> Draft | None:
        """What is being written, when anything differs from what was opened."""
        if self._owner is None or not self.is_dirty():
            return None
        return Draft(
            owner=self._owner,
            editing=self._editing,
            initiative_id=self._initiative_id,
            title=self.title.text(),
            data=self.form_input(),
            people=tuple(self.people.refs()),
            organisations=tuple(self.organisations.refs()),
            initiative=self.initiative.text(),
        )

    def restore(self, draft: Draft) -> None:
        """Open the form again as it was left (``draft``); it still counts as unsaved."""
        self._owner = draft.owner
        self._editing = draft.editing
        self._initiative_id = draft.initiative_id
        self.title.setText(draft.title)
        self._fill(draft.data, list(draft.people), list(draft.organisations), "")
        self.initiative.setText(draft.initiative)
        self.initiative.setVisible(bool(draft.initiative))
        self._original = None  # unsaved: leaving again keeps it again
        self.summary.moveCursor(QTextCursor.MoveOperation.End)  # carry on where it stopped
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- state
    @property
    def editing(self) -> int | None:
        return self._editing

    def form_input(self) -> ContactMomentInput:
        return ContactMomentInput(
            occurred_on=from_qdate(self.date_edit.date()),
            channel=str(self.channel.currentData()),
            summary=self.summary.toPlainText(),
            person_ids=self.people.ids(),
            organisation_ids=self.organisations.ids(),
            initiative_id=self._initiative_id,
            follow_up=self.follow_up.text(),
            follow_up_due=self.due.value(),
        )

    def is_dirty(self) -> bool:
        if self._owner is None:
            return False
        return self._original is None or self.form_input() != self._original

    # ---------------------------------------------------------------- saving
    def save(self) -> bool:
        if self._owner is None:
            return False
        self.errors.clear()
        self.problem.hide()
        data = self.form_input()
        db = self._context.db
        today = self._context.now().date()
        editing = self._editing
        if editing is None:
            result = call(
                lambda: contacts.record_contact_moment(db, data, today=today),
                refused=self.errors.show,
                failed=self._show_problem,
            )
        else:
            result = call(
                lambda: contacts.update_contact_moment(db, editing, data, today=today),
                refused=self.errors.show,
                failed=self._show_problem,
            )
        if result is None:
            return False
        self._owner = None  # nothing left to keep
        self._publish(result.changes)
        self.saved.emit(result.contact_moment_id)
        return True

    def _publish(self, changes: Changes) -> None:
        self._context.bus.publish(changes)

    def _show_problem(self, message: str) -> None:
        self.problem.set_text(message)
        self.problem.show()

    def cancel(self) -> None:
        """Back to the list; what was typed is dropped."""
        self._owner = None
        self.closed.emit()

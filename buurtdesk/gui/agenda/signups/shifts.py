"""The volunteers of one date: who does what and for how many hours. Add a shift in the
inline form (person, task, hours as "2,5"), change one with Enter, remove one after a
question; the hours add up under the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from buurtdesk.gui import icons
from buurtdesk.gui.agenda.signups.calls import call, joined
from buurtdesk.gui.agenda.signups.inline_form import InlineForm, let_errors_wrap
from buurtdesk.gui.agenda.signups.notices import Question
from buurtdesk.gui.agenda.signups.section import Section
from buurtdesk.gui.agenda.signups.shift_models import HOURS, TASK, VOLUNTEER, ShiftsModel
from buurtdesk.gui.agenda.signups.wording import hours_text
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.forms import FormErrors
from buurtdesk.gui.netwerk.tabs.views import RowsTable
from buurtdesk.gui.pickers import Choice, PersonPicker
from buurtdesk.gui.widgets import button, label
from buurtdesk.services import shifts
from buurtdesk.services.changes import Entity
from buurtdesk.services.shifts import ShiftRow


class ShiftsSection(Section):
    entities = (Entity.SHIFT, Entity.PERSON)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("shiftsSection")
        self._editing: ShiftRow | None = None
        self.add_button = button(self.tr("Add"), "plus")
        self.add_button.setToolTip(self.tr("Add a volunteer's shift"))
        self.edit_button = button(self.tr("Change"), "pencil")
        self.edit_button.setToolTip(self.tr("Change the task or hours (Enter)"))
        self.remove_button = button("", "trash-2", kind="destructive")
        self.remove_button.setIcon(icons.icon("trash-2", "error"))
        self.remove_button.setToolTip(self.tr("Remove the selected shift… (Del)"))
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        for widget in (self.add_button, self.edit_button):
            toolbar.addWidget(widget)
        toolbar.addStretch(1)
        toolbar.addWidget(self.remove_button)
        for widget in (self.add_button, self.edit_button, self.remove_button):
            widget.setAccessibleName(widget.toolTip())

        self.question = Question()
        self.form = InlineForm(self.tr("New shift"), self.tr("Add"))
        self.picker = PersonPicker(context.db)
        self.task = QLineEdit()
        self.task.setObjectName("shiftTask")
        self.task.setAccessibleName(self.tr("Task"))
        self.task.setPlaceholderText(self.tr("for example coffee, reception, cleaning up"))
        self.hours = QLineEdit()
        self.hours.setObjectName("shiftHours")
        self.hours.setAccessibleName(self.tr("Hours"))
        self.hours.setPlaceholderText(self.tr("for example 2,5"))
        self.hours.setMaximumWidth(self.hours.fontMetrics().averageCharWidth() * 16)
        self.form.form.addRow(self.tr("Volunteer"), self.picker)
        self.form.form.addRow(self.tr("Task"), self.task)
        self.form.form.addRow(self.tr("Hours"), self.hours)
        self.errors = FormErrors(
            self.form.form,
            {"person": self.picker, "task": self.task, "hours": self.hours},
            fallback="person",
        )
        let_errors_wrap(self.errors, ("person", "task", "hours"))
        self.form.set_inputs([self.picker, self.task, self.hours])

        self.model = ShiftsModel(self)
        self.table = RowsTable(self.model)
        self.table.setAccessibleName(self.tr("Volunteer shifts on this date"))
        self.table.set_column_widths({TASK: 24, HOURS: 10}, stretch=VOLUNTEER)
        self.total = label("", "muted")
        self.total.setObjectName("shiftsTotal")
        self.empty = label(
            self.tr("No volunteers on this date yet. Add who helps, with their task and hours."),
            "muted",
            wrap=True,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 10, 2, 4)
        layout.setSpacing(8)
        layout.addLayout(toolbar)
        layout.addWidget(self.question)
        layout.addWidget(self.form)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.total)

        self.add_button.clicked.connect(self.start_adding)
        self.edit_button.clicked.connect(self.start_changing)
        self.remove_button.clicked.connect(self.ask_remove)
        self.table.row_activated.connect(lambda _row: self.start_changing())
        self.table.delete_requested.connect(lambda _row: self.ask_remove())
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        self.form.save_requested.connect(self.save)
        self._update_buttons()

    # ---------------------------------------------------------------- Section
    def reload(self) -> None:
        kept = self._selected()
        shown = self.shown
        rows = [] if shown is None else shifts.shifts_for(self.context.db, shown.occurrence_id)
        self.model.set_rows(rows)
        if kept is not None:
            row = self.model.row_of(kept.shift_id)
            if row is not None:
                self.table.select_row(row)
        self.stack.setCurrentIndex(0 if rows else 1)
        self.total.setText(
            self.tr("Together {hours} hours").format(hours=hours_text(self.model.total()))
            if rows
            else ""
        )
        self._update_buttons()

    def leave(self) -> None:
        self.form.close_form()
        self.question.dismiss()

    def _selected(self) -> ShiftRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        if not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.shift(index.row())

    def _update_buttons(self) -> None:
        selected = self._selected() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.add_button.setEnabled(self.shown is not None)

    # ---------------------------------------------------------------- the form
    def start_adding(self) -> None:
        self._editing = None
        self.errors.clear()
        self.picker.set_choice(None)
        self.picker.setEnabled(True)
        self.task.clear()
        self.hours.clear()
        self.form.title.setText(self.tr("New shift"))
        self.form.save_button.setText(self.tr("Add"))
        self.form.open_at(self.picker)

    def start_changing(self) -> None:
        shift = self._selected()
        if shift is None:
            return
        self._editing = shift
        self.errors.clear()
        self.picker.set_choice(Choice(shift.person_id, shift.name))
        self.task.setText(shift.task)
        self.hours.setText(hours_text(shift.hours))
        self.form.title.setText(self.tr("Change shift"))
        self.form.save_button.setText(self.tr("Save change"))
        self.form.open_at(self.task)
        self.task.selectAll()

    def save(self) -> None:
        shown = self.shown
        if shown is None:
            return
        self.errors.clear()
        person_id = self.picker.chosen_id
        if person_id is None:
            self.errors.show(
                {"person": self.tr("Choose a volunteer from the list: type part of their name.")}
            )
            return
        task, hours, db = self.task.text(), self.hours.text(), self.context.db
        editing = self._editing
        if editing is None:
            saved = call(
                lambda: shifts.add_shift(db, shown.occurrence_id, person_id, task, hours),
                refused=self.errors.show,
                failed=self.form.show_problem,
            )
        else:
            saved = call(
                lambda: shifts.update_shift(db, editing.shift_id, person_id, task, hours),
                refused=self.errors.show,
                failed=self.form.show_problem,
            )
        if saved is None:
            return
        self.form.close_form()
        self.context.bus.publish(saved.changes)
        row = self.model.row_of(saved.id)
        if row is not None:
            self.table.select_row(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.context.show_status(
            self.tr("Shift added.") if editing is None else self.tr("Shift changed.")
        )

    # ---------------------------------------------------------------- removing
    def ask_remove(self) -> None:
        shift = self._selected()
        if shift is None:
            return
        what = f"{shift.name}, {shift.task}" if shift.task else shift.name
        self.question.ask(
            self.tr("Remove the shift of {what} ({hours} hours)?").format(
                what=what, hours=hours_text(shift.hours)
            ),
            self.tr("Yes, remove"),
            lambda: self.remove(shift.shift_id),
        )

    def remove(self, shift_id: int) -> None:
        changes = call(
            lambda: shifts.delete_shift(self.context.db, shift_id),
            refused=lambda messages: self.context.show_status(joined(messages)),
            failed=self.context.show_status,
        )
        if changes is None:
            return
        self.context.bus.publish(changes)
        self.context.show_status(self.tr("Shift removed."))

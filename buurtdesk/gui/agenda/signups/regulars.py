"""The regulars (vaste deelnemers) of a recurring activity: on the door list of every date
without signing up. Add them by typing a name, remove one after a question, and see who
was not seen for three weeks, with a phone number to call."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from buurtdesk.gui import formatting, icons
from buurtdesk.gui.agenda.signups.calls import call, joined
from buurtdesk.gui.agenda.signups.notices import Question
from buurtdesk.gui.agenda.signups.section import Section
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.rows_model import RowsModel
from buurtdesk.gui.netwerk.tabs.views import RowsTable
from buurtdesk.gui.pickers import PersonPicker
from buurtdesk.gui.widgets import FieldError, button, label
from buurtdesk.services import regulars
from buurtdesk.services.changes import Entity
from buurtdesk.services.regulars import RegularRow

NOT_SEEN_WEEKS = 3
NAME, PHONE, LAST_SEEN = range(3)


class RegularsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers((self.tr("Name"), self.tr("Phone"), self.tr("Last seen")))

    def cells(self, row: Any) -> tuple[str, ...]:
        assert isinstance(row, RegularRow)
        seen = formatting.short_date(row.last_seen) if row.last_seen else self.tr("not yet")
        return (row.name, row.phone, seen)

    def row_id(self, row: Any) -> int:
        assert isinstance(row, RegularRow)
        return row.person_id

    def regular(self, row: int) -> RegularRow:
        value = self.row_value(row)
        assert isinstance(value, RegularRow)
        return value


def _table(model: RegularsModel, name: str) -> RowsTable:
    table = RowsTable(model)
    table.setAccessibleName(name)
    table.set_column_widths({PHONE: 15, LAST_SEEN: 19}, stretch=NAME)
    return table


class RegularsSection(Section):
    entities = (Entity.REGULAR, Entity.ATTENDANCE, Entity.SIGNUP, Entity.PERSON)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("regularsSection")
        intro = label(
            self.tr(
                "Regulars come to every date. They are on the door list already, so checking "
                "them in takes one click."
            ),
            "muted",
            wrap=True,
        )
        self.picker = PersonPicker(context.db)
        self.picker.describe(self.tr("Type a name to add a regular…"), self.tr("Add a regular"))
        self.add_button = button(self.tr("Add"), "plus")
        self.add_button.setToolTip(self.tr("Add the chosen person as a regular (Enter)"))
        self.add_button.setAccessibleName(self.add_button.toolTip())
        self.remove_button = button("", "trash-2", kind="destructive")
        self.remove_button.setIcon(icons.icon("trash-2", "error"))
        self.remove_button.setToolTip(self.tr("Remove the selected regular… (Del)"))
        self.remove_button.setAccessibleName(self.remove_button.toolTip())
        adding = QHBoxLayout()
        adding.setSpacing(8)
        adding.addWidget(self.picker, 1)
        adding.addWidget(self.add_button)
        adding.addSpacing(16)
        adding.addWidget(self.remove_button)
        self.problem = FieldError()
        self.problem.hide()
        self.question = Question()

        self.model = RegularsModel(self)
        self.table = _table(self.model, self.tr("Regulars"))
        self.not_seen_model = RegularsModel(self)
        self.not_seen = _table(self.not_seen_model, self.tr("Regulars not seen for 3 weeks"))
        self.not_seen_title = label(self.tr("Not seen for 3 weeks"), "subheading")
        self.not_seen_hint = label("", "muted", wrap=True)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(8)
        content_layout.addWidget(intro)
        content_layout.addLayout(adding)
        content_layout.addWidget(self.problem)
        content_layout.addWidget(self.question)
        content_layout.addWidget(self.table, 3)
        content_layout.addSpacing(6)
        content_layout.addWidget(self.not_seen_title)
        content_layout.addWidget(self.not_seen_hint)
        content_layout.addWidget(self.not_seen, 2)
        self.one_off = label(
            self.tr(
                "This activity does not repeat, so it has no regulars. Sign people up for "
                "this date on the Sign-ups tab."
            ),
            "muted",
            wrap=True,
        )
        self.one_off.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.one_off)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 10, 2, 4)
        layout.addWidget(self.stack)

        self.add_button.clicked.connect(self.add)
        self.picker.returnPressed.connect(self._picker_enter)
        self.remove_button.clicked.connect(self.ask_remove)
        self.table.delete_requested.connect(lambda _row: self.ask_remove())
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        self.picker.chosen.connect(lambda _id: self._update_buttons())
        self._update_buttons()

    # ---------------------------------------------------------------- Section
    def reload(self) -> None:
        shown = self.shown
        if shown is None or not shown.recurring:
            self.model.set_rows([])
            self.not_seen_model.set_rows([])
            self.stack.setCurrentIndex(1 if shown is not None else 0)
            self._update_buttons()
            return
        self.stack.setCurrentIndex(0)
        db, activity_id = self.context.db, shown.activity_id
        today = self.context.now().date()
        self.model.set_rows(regulars.list_regulars(db, activity_id))
        self.not_seen_model.set_rows(
            regulars.regulars_not_seen(db, activity_id, today, weeks=NOT_SEEN_WEEKS)
        )
        if not self.model.rowCount():
            hint = self.tr("No regulars yet. Add the people who come every time.")
        elif self.not_seen_model.rowCount():
            hint = self.tr("Give them a call to ask how they are.")
        else:
            hint = self.tr("Every regular was here in the last 3 weeks.")
        self.not_seen_hint.setText(hint)
        self.not_seen.setVisible(self.not_seen_model.rowCount() > 0)
        self.picker.set_excluded({row.person_id for row in self.model.rows()})
        self._update_buttons()

    def leave(self) -> None:
        self.question.dismiss()
        self.problem.hide()
        self.picker.set_choice(None)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.picker.chosen_id is not None)
        self.remove_button.setEnabled(self._selected() is not None)

    def _selected(self) -> RegularRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        if not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.regular(index.row())

    # ---------------------------------------------------------------- adding, removing
    def _picker_enter(self) -> None:
        if self.picker.chosen_id is not None:
            self.add()

    def add(self) -> None:
        shown, person_id = self.shown, self.picker.chosen_id
        self.problem.hide()
        if shown is None:
            return
        if person_id is None:
            self._refused(self.tr("Choose a person from the list: type part of their name."))
            return
        changes = call(
            lambda: regulars.add_regular(self.context.db, shown.activity_id, person_id),
            refused=lambda messages: self._refused(joined(messages)),
            failed=self._refused,
        )
        if changes is None:
            return
        name = self.picker.chosen_name
        self.picker.set_choice(None)
        self.context.bus.publish(changes)
        self.context.show_status(self.tr("{name} is now a regular.").format(name=name))

    def _refused(self, message: str) -> None:
        self.problem.set_text(message)
        self.problem.show()
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_remove(self) -> None:
        regular = self._selected()
        if regular is None:
            return
        self.question.ask(
            self.tr("Remove {name} as a regular? Their sign-ups stay.").format(name=regular.name),
            self.tr("Yes, remove"),
            lambda: self.remove(regular),
        )

    def remove(self, regular: RegularRow) -> None:
        shown = self.shown
        if shown is None:
            return
        changes = call(
            lambda: regulars.remove_regular(self.context.db, shown.activity_id, regular.person_id),
            refused=lambda messages: self.context.show_status(joined(messages)),
            failed=self.context.show_status,
        )
        if changes is None:
            return
        self.context.bus.publish(changes)
        self.context.show_status(
            self.tr("{name} is no longer a regular.").format(name=regular.name)
        )

"""Relationships: who this person knows, each tie worded from their side ("mentor van",
then "Piet Jansen" as a link that opens Piet). Adding picks the kind and the other person;
removing asks once, naming the tie."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.i18n import QT_TRANSLATE_NOOP
from buurtdesk.gui.netwerk.person_tabs import PersonTab, register_person_tab
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.netwerk.tabs.forms import FormErrors
from buurtdesk.gui.netwerk.tabs.panel import TabPanel
from buurtdesk.gui.netwerk.tabs.rows_model import RowsModel
from buurtdesk.gui.netwerk.tabs.wording import natural_name
from buurtdesk.gui.pickers import PersonPicker
from buurtdesk.services import relationships
from buurtdesk.services.changes import Entity
from buurtdesk.services.relationships import RelationshipChoice, RelationshipRow

KIND, PERSON, NOTE = range(3)


class RelationshipsModel(RowsModel):
    link_columns = frozenset({PERSON})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers((self.tr("Relationship"), self.tr("Person"), self.tr("Note")))

    def cells(self, row: Any) -> tuple[str, ...]:
        assert isinstance(row, RelationshipRow)
        return (row.label, natural_name(row.other_name), row.note)

    def row_id(self, row: Any) -> int:
        assert isinstance(row, RelationshipRow)
        return row.relationship_id

    def relationship(self, row: int) -> RelationshipRow:
        value = self.row_value(row)
        assert isinstance(value, RelationshipRow)
        return value

    def sentence(self, row: int) -> str:
        """ "mentor van Piet Jansen": the tie as this person's panel reads it."""
        cells = self.cells(self.relationship(row))
        return f"{cells[KIND]} {cells[PERSON]}"


class RelationshipsPanel(TabPanel):
    entities = (Entity.RELATIONSHIP, Entity.PERSON)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model = RelationshipsModel()
        super().__init__(context, model, parent)
        self.relationships = model
        self.setObjectName("relationshipsPanel")
        self.table.setAccessibleName(self.tr("Relationships of this person"))
        self.table.set_column_widths({KIND: 18, NOTE: 20}, stretch=PERSON)
        self.add_button = self.add_toolbar_button(
            self.tr("Add"), "plus", self.tr("Add a relationship")
        )
        self.open_button = self.add_toolbar_button(
            self.tr("Open"), "user-round", self.tr("Open the other person (Enter)")
        )
        self.remove_button = self.add_remove_button(self.tr("Remove the relationship… (Del)"))

        self.kind = QComboBox()
        self.kind.setObjectName("relationshipKind")
        self.kind.setAccessibleName(self.tr("Kind of relationship"))
        self.picker = PersonPicker(context.db)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("relationshipNote")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("optional, for example since the street party"))
        self.form.addRow(self.tr("Relationship"), self.kind)
        self.form.addRow(self.tr("Person"), self.picker)
        self.form.addRow(self.tr("Note"), self.note_edit)
        self.errors = FormErrors(
            self.form,
            {"kind_id": self.kind, "other_person_id": self.picker, "note": self.note_edit},
            fallback="other_person_id",
        )

        self.add_button.clicked.connect(self.start_adding)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.row_activated.connect(lambda _row: self.open_selected())
        self.table.link_activated.connect(lambda _row, _column: self.open_selected())
        self.table.delete_requested.connect(lambda _row: self.remove_selected())
        self.note_edit.returnPressed.connect(self.save_form)
        self.picker.returnPressed.connect(self._picker_enter)
        self.update_buttons()

    # ---------------------------------------------------------------- TabPanel
    def fetch_rows(self, owner_id: int) -> None:
        self.relationships.set_rows(
            relationships.relationships_of_person(self.context.db, owner_id)
        )

    def empty_text(self) -> str:
        return self.tr(
            "No relationships yet. Add who this person knows: neighbours, family, "
            "a mentor, someone they care for."
        )

    def update_buttons(self) -> None:
        selected = self.selected_row() is not None
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.add_button.setEnabled(self.owner_id is not None)

    def form_inputs(self) -> list[QWidget]:
        return [self.kind, self.picker, self.note_edit, self.save_button, self.cancel_button]

    # ---------------------------------------------------------------- adding
    def start_adding(self) -> None:
        if self.owner_id is None:
            return
        self._fill_kinds()
        self.errors.clear()
        self.picker.set_excluded({self.owner_id})
        self.picker.set_choice(None)
        self.note_edit.clear()
        self.open_form(self.tr("New relationship"), self.tr("Add"), self.kind, adding=True)

    def _fill_kinds(self) -> None:
        chosen = self.kind.currentData()
        self.kind.clear()
        for choice in relationships.relationship_choices(self.context.db):
            self.kind.addItem(choice.label, choice)
        index = self.kind.findData(chosen) if chosen is not None else -1
        self.kind.setCurrentIndex(max(index, 0))

    def _picker_enter(self) -> None:
        if self.picker.chosen_id is not None:
            self.note_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def save_form(self) -> None:
        owner = self.owner_id
        if owner is None:
            return
        self.errors.clear()
        self.problem.hide()
        choice = self.kind.currentData()
        other = self.picker.chosen_id
        if not isinstance(choice, RelationshipChoice):
            self.errors.show({"kind_id": self.tr("Choose the kind of relationship.")})
            return
        if other is None:
            self.errors.show(
                {
                    "other_person_id": self.tr(
                        "Choose a person from the list: type part of their name."
                    )
                }
            )
            return
        note = self.note_edit.text()
        result = call(
            lambda: relationships.add_relationship(
                self.context.db,
                person_id=owner,
                other_person_id=other,
                kind_id=choice.kind_id,
                reverse=choice.reverse,
                note=note,
            ),
            refused=self.errors.show,
            failed=self.show_problem,
        )
        if result is not None:
            self.saved(result.changes, result.relationship_id)

    # ---------------------------------------------------------------- open, remove
    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.context.navigator.open_person(self.relationships.relationship(row).other_person_id)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        relationship = self.relationships.relationship(row)
        question = self.tr("Remove the relationship “{tie}”?").format(
            tie=self.relationships.sentence(row)
        )
        detail = self.tr("Only the relationship goes; both people stay in the network.")
        self.remove_after_asking(
            question,
            detail,
            lambda: relationships.remove_relationship(
                self.context.db, relationship.relationship_id
            ),
            self.tr("Relationship removed."),
        )


@register_person_tab(order=20, icon="heart-handshake")
class RelationshipsTab(PersonTab):
    title = QT_TRANSLATE_NOOP("PersonTabs", "Relationships")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.panel = RelationshipsPanel(context)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def set_person(self, person_id: int | None) -> None:
        self.panel.set_owner(person_id)

"""Who organises an activity: people and organisations from the network, chosen by typing
(the shared pickers), each shown with a button to take it off again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.db.engine import Database
from buurtdesk.gui import icons
from buurtdesk.gui.pickers import OrganisationPicker, PersonPicker
from buurtdesk.gui.widgets import button

PERSON, ORGANISATION = "person", "organisation"
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id)

Named = tuple[tuple[int, str], ...]


class OrganisersEditor(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisersEditor")
        self.chosen = QListWidget()
        self.chosen.setObjectName("organisersList")
        self.chosen.setAccessibleName(self.tr("Organisers"))
        self.person_picker = PersonPicker(db)
        self.person_picker.setObjectName("organiserPersonPicker")
        self.person_picker.describe(self.tr("Add a person…"), self.tr("Add an organising person"))
        self.organisation_picker = OrganisationPicker(db)
        self.organisation_picker.setObjectName("organiserOrganisationPicker")
        self.organisation_picker.describe(
            self.tr("Add an organisation…"), self.tr("Add an organising organisation")
        )
        self.remove_button: QPushButton = button(self.tr("Remove"), "x")
        self.remove_button.setObjectName("removeOrganiser")
        self.remove_button.setAccessibleName(self.tr("Remove the chosen organiser"))
        self.remove_button.clicked.connect(self._remove_current)
        self.person_picker.chosen.connect(lambda _id: self._take(PERSON, self.person_picker))
        self.organisation_picker.chosen.connect(
            lambda _id: self._take(ORGANISATION, self.organisation_picker)
        )
        pickers = QVBoxLayout()
        pickers.setSpacing(6)
        pickers.addWidget(self.person_picker, 1)
        pickers.addWidget(self.organisation_picker, 1)
        list_row = QHBoxLayout()
        list_row.setSpacing(8)
        list_row.addWidget(self.chosen, 1)
        list_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(list_row)
        layout.addLayout(pickers)
        self._fit()

    def focus_order(self) -> list[QWidget]:
        """Its parts in the order Tab visits them: the list as shown, then the pickers."""
        return [self.chosen, self.remove_button, self.person_picker, self.organisation_picker]

    def _fit(self) -> None:
        rows = max(1, min(self.chosen.count(), 4))
        self.chosen.setFixedHeight(rows * (self.fontMetrics().height() + 10) + 6)
        self.chosen.setVisible(self.chosen.count() > 0)
        self.remove_button.setVisible(self.chosen.count() > 0)

    def _add(self, kind: str, item_id: int, name: str) -> None:
        for row in range(self.chosen.count()):
            if self.chosen.item(row).data(_KEY_ROLE) == (kind, item_id):
                return
        item = QListWidgetItem(icons.icon("user-round" if kind == PERSON else "building-2"), name)
        item.setData(_KEY_ROLE, (kind, item_id))
        self.chosen.addItem(item)

    def _take(self, kind: str, picker: PersonPicker | OrganisationPicker) -> None:
        if picker.chosen_id is None:
            return
        self._add(kind, picker.chosen_id, picker.chosen_name)
        picker.set_choice(None)
        self._fit()
        self.changed.emit()

    def _remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row < 0 and self.chosen.count():
            row = self.chosen.count() - 1
        if row >= 0:
            self.chosen.takeItem(row)
            self._fit()
            self.changed.emit()

    # ---------------------------------------------------------------- values
    def _ids(self, kind: str) -> tuple[int, ...]:
        keys = (self.chosen.item(row).data(_KEY_ROLE) for row in range(self.chosen.count()))
        return tuple(int(key[1]) for key in keys if key[0] == kind)

    def person_ids(self) -> tuple[int, ...]:
        return self._ids(PERSON)

    def organisation_ids(self) -> tuple[int, ...]:
        return self._ids(ORGANISATION)

    def set_value(self, people: Named, organisations: Named) -> None:
        self.chosen.clear()
        for person_id, name in people:
            self._add(PERSON, person_id, name)
        for organisation_id, name in organisations:
            self._add(ORGANISATION, organisation_id, name)
        for picker in (self.person_picker, self.organisation_picker):
            picker.set_choice(None)
        self._fit()

"""Locaties en ruimtes: the places activities happen, and their rooms with capacity and
accessibility notes. A list of places with their rooms beside one small form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.calls import SAVED, call, text
from buurtdesk.gui.netwerk.tabs.forms import FormErrors, new_form
from buurtdesk.gui.widgets import FieldError, button, label
from buurtdesk.services import locations
from buurtdesk.services.changes import Changes
from buurtdesk.services.locations import LocationInput, RoomInput

_KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # ("location" | "room", id)
LOCATION_FIELDS = ("name", "straat", "huisnummer", "postcode", "woonplaats")
ROOM_FIELDS = ("name", "capacity")


def _line(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


def _notes(name: str, accessible: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class RoomsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomsDialog")
        self.setWindowTitle(self.tr("Locations and rooms"))
        self._context = context
        self._editing: tuple[str, int | None, int | None] = ("location", None, None)

        self.tree = QTreeWidget()
        self.tree.setObjectName("roomsTree")
        self.tree.setAccessibleName(self.tr("Locations and their rooms"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Capacity")])
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.new_location = button(self.tr("New location"), "map-pin")
        self.new_room = button(self.tr("New room"), "plus")
        self.new_location.clicked.connect(lambda: self._start("location", None))
        self.new_room.clicked.connect(self._start_room)

        self.heading = label("", "subheading")
        self.banner = FieldError()
        self.banner.hide()
        self.fields: dict[str, QLineEdit] = {
            "name": _line("placeName", self.tr("Name")),
            "straat": _line("placeStreet", self.tr("Street")),
            "huisnummer": _line("placeNumber", self.tr("House number")),
            "postcode": _line("placePostcode", self.tr("Postcode")),
            "woonplaats": _line("placeTown", self.tr("Town")),
            "capacity": _line("roomCapacity", self.tr("Capacity")),
        }
        self.notes = _notes("placeNotes", self.tr("Notes"))
        self.form = new_form()
        labels = {
            "name": self.tr("Name"),
            "straat": self.tr("Street"),
            "huisnummer": self.tr("House number"),
            "postcode": self.tr("Postcode"),
            "woonplaats": self.tr("Town"),
            "capacity": self.tr("Capacity"),
        }
        for field, edit in self.fields.items():
            self.form.addRow(labels[field], edit)
            edit.returnPressed.connect(self.save)
        self.notes_label = label(self.tr("Notes"))
        self.form.addRow(self.notes_label, self.notes)
        self.errors = FormErrors(
            self.form, {**self.fields, "notes": self.notes, "accessibility": self.notes}
        )
        self.save_button = button(self.tr("Save"), "save", kind="primary")
        self.save_button.setObjectName("roomsSave")
        self.save_button.clicked.connect(self.save)
        self.delete_button = button(self.tr("Delete…"), "trash-2", kind="destructive")
        self.delete_button.clicked.connect(self.delete)

        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_location)
        adding.addWidget(self.new_room)
        left.addLayout(adding)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.banner)
        right.addLayout(self.form)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        right.addLayout(row)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 30)
        self._reload()
        self._start("location", None)

    # ---------------------------------------------------------------- list
    def _reload(self, select: tuple[str, int] | None = None) -> None:
        db = self._context.db
        self.tree.clear()
        by_location: dict[int, QTreeWidgetItem] = {}
        for place in locations.list_locations(db):
            item = QTreeWidgetItem([place.name, ""])
            item.setData(0, _KEY_ROLE, ("location", place.location_id))
            self.tree.addTopLevelItem(item)
            by_location[place.location_id] = item
        for room in locations.list_rooms(db):
            capacity = "" if room.capacity is None else str(room.capacity)
            child = QTreeWidgetItem([room.name, capacity])
            child.setData(0, _KEY_ROLE, ("room", room.room_id))
            by_location[room.location_id].addChild(child)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        if select is not None:
            for item in self._items():
                if item.data(0, _KEY_ROLE) == select:
                    self.tree.setCurrentItem(item)

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for top in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(top)
            if item is None:
                continue
            found.append(item)
            for n in range(item.childCount()):
                child = item.child(n)
                if child is not None:
                    found.append(child)
        return found

    def _location_of_current(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        parent = item.parent()
        return int((parent or item).data(0, _KEY_ROLE)[1])

    # ---------------------------------------------------------------- form
    def _show_current(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        kind, item_id = item.data(0, _KEY_ROLE)
        self._start(kind, int(item_id))

    def _start_room(self) -> None:
        location_id = self._location_of_current()
        if location_id is None:
            self.banner.set_text(self.tr("Choose or add a location first."))
            self.banner.show()
            return
        self._start("room", None, location_id)

    def _start(self, kind: str, item_id: int | None, location_id: int | None = None) -> None:
        db = self._context.db
        self._editing = (kind, item_id, location_id)
        self.banner.hide()
        self.errors.clear()
        is_room = kind == "room"
        for field, edit in self.fields.items():
            shown = field in (ROOM_FIELDS if is_room else LOCATION_FIELDS)
            self.form.setRowVisible(edit, shown)
            edit.clear()
        self.notes_label.setText(self.tr("Accessibility") if is_room else self.tr("Notes"))
        self.notes.clear()
        if is_room:
            data = locations.get_room(db, item_id) if item_id else RoomInput()
            self.fields["name"].setText(data.name)
            self.fields["capacity"].setText(data.capacity)
            self.notes.setPlainText(data.accessibility)
            self.heading.setText(data.name if item_id else self.tr("New room"))
        else:
            place = locations.get_location(db, item_id) if item_id else LocationInput()
            for field in LOCATION_FIELDS:
                self.fields[field].setText(getattr(place, field))
            self.notes.setPlainText(place.notes)
            self.heading.setText(place.name if item_id else self.tr("New location"))
        self.delete_button.setVisible(item_id is not None)

    def save(self) -> None:
        kind, item_id, location_id = self._editing
        db = self._context.db
        values = {field: edit.text() for field, edit in self.fields.items()}
        notes = self.notes.toPlainText()
        action: Callable[[], locations.Saved]
        if kind == "room":
            room = RoomInput(values["name"], values["capacity"], notes)
            if item_id is None:
                assert location_id is not None
                action = lambda: locations.create_room(db, location_id, room)  # noqa: E731
            else:
                action = lambda: locations.update_room(db, item_id, room)  # noqa: E731
        else:
            place = LocationInput(**{f: values[f] for f in LOCATION_FIELDS}, notes=notes)
            if item_id is None:
                action = lambda: locations.create_location(db, place)  # noqa: E731
            else:
                action = lambda: locations.update_location(db, item_id, place)  # noqa: E731
        saved = call(action, refused=self.errors.show, failed=self._failed)
        if saved is None:
            return
        self._context.bus.publish(saved.changes)
        self._context.show_status(text(SAVED))
        self._reload((kind, saved.id))

    def _failed(self, message: str) -> None:
        self.banner.set_text(message)
        self.banner.show()

    def delete(self) -> None:
        kind, item_id, _location = self._editing
        if item_id is None:
            return
        name = self.fields["name"].text()
        question = self.tr("Delete {name}?").format(name=name)
        if not self._context.prompts.confirm_delete(
            self, question, self.tr("This cannot be undone.")
        ):
            return
        db = self._context.db
        remove: Callable[[], Changes] = (
            (lambda: locations.delete_room(db, item_id))
            if kind == "room"
            else (lambda: locations.delete_location(db, item_id))
        )
        changes = call(remove, refused=self.errors.show, failed=self._failed)
        if changes is None:
            return
        self._context.bus.publish(changes)
        self._context.show_status(self.tr("{name} has been deleted.").format(name=name))
        self._reload()
        self._start("location", None)

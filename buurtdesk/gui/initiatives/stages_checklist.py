"""The checklist of the chosen stage: the local rules an initiative ticks off before it
moves on ("Aanvraag minstens vier weken vooraf ingediend"). Add, edit in place, reorder,
delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.initiatives.stages_shared import (
    MOVE_DOWN,
    MOVE_UP,
    ROOMY_ROWS,
    ListKeys,
    list_with_tools,
)
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.widgets import FieldError, button, label
from buurtdesk.services import stages
from buurtdesk.services.changes import Changes
from buurtdesk.services.stages import ChecklistItemRow, StageRow

T = TypeVar("T")
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecklistPanel(QWidget):
    """Right half of "Fasen en checklists"; ``done`` carries a sentence for the status."""

    done = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stage: StageRow | None = None
        self._items: list[ChecklistItemRow] = []
        self._loading = False

        self.heading = label("", "subheading")
        self.hint = label(
            self.tr("Points to tick off before an initiative moves on from this stage."),
            "muted",
            wrap=True,
        )
        self.list = QListWidget()
        self.list.setObjectName("checklistList")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)  # long rules wrap within the list, never scroll sideways
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet(ROOMY_ROWS)
        self.list.currentItemChanged.connect(lambda _c, _p: self._current_changed())
        self.list.itemChanged.connect(self._edited)
        self.list.itemDoubleClicked.connect(self.list.editItem)
        keys = ListKeys(self.list)
        keys.move_requested.connect(self.shift)
        keys.rename_requested.connect(self.start_edit)
        keys.delete_requested.connect(self.delete)
        self.empty = label(
            self.tr(
                "No points yet. Type the first one below, for example “Three initiators "
                "from different households”."
            ),
            "muted",
            wrap=True,
        )
        self.error = FieldError()
        self.error.setObjectName("checklistError")
        self.error.hide()

        self.edit_button = button(self.tr("Edit"), "pencil")
        self.edit_button.setToolTip(self.tr("Change the text of the point (F2)"))
        self.edit_button.clicked.connect(self.start_edit)
        self.up_button = button(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("One place up ({keys})").format(keys=MOVE_UP))
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button = button(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("One place down ({keys})").format(keys=MOVE_DOWN))
        self.down_button.clicked.connect(lambda: self.shift(1))
        self.delete_button = button(self.tr("Delete…"), "trash-2", kind="destructive")
        self.delete_button.setToolTip(self.tr("Delete the point (Delete)"))
        self.delete_button.clicked.connect(self.delete)
        self.new_text = QLineEdit()
        self.new_text.setObjectName("newChecklistText")
        self.new_text.setPlaceholderText(self.tr("A new point for the checklist"))
        self.new_text.setAccessibleName(self.tr("A new point for the checklist"))
        self.new_text.returnPressed.connect(self.add)
        self.add_button = button(self.tr("Add point"), "plus")
        self.add_button.clicked.connect(self.add)

        tools = list_with_tools(
            self.list, (self.edit_button, self.up_button, self.down_button), self.delete_button
        )
        adding = QHBoxLayout()
        adding.addWidget(self.new_text, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(tools, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addLayout(adding)
        self.show_stage(None)

    # ---------------------------------------------------------------- reading
    def show_stage(self, stage: StageRow | None) -> None:
        if stage is None or self._stage is None or stage.stage_id != self._stage.stage_id:
            self.error.hide()
        self._stage = stage
        if stage is None:
            self.heading.setText(self.tr("Checklist"))
        else:
            self.heading.setText(self.tr("Checklist for {stage}").format(stage=stage.name))
        self.list.setAccessibleName(self.heading.text())
        for widget in (self.new_text, self.add_button):
            widget.setEnabled(stage is not None)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_item_id()
        stage = self._stage
        self._items = stages.checklist_items(self._context.db, stage.stage_id) if stage else []
        self._loading = True
        try:
            self.list.clear()
            for row in self._items:
                item = QListWidgetItem(row.text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setData(_ID_ROLE, row.item_id)
                self.list.addItem(item)
        finally:
            self._loading = False
        ids = [row.item_id for row in self._items]
        if keep in ids:
            self.list.setCurrentRow(ids.index(keep))
        elif ids:
            self.list.setCurrentRow(0)
        self.empty.setVisible(stage is not None and not ids)
        self._current_changed()

    def texts(self) -> list[str]:
        return [row.text for row in self._items]

    def current_row(self) -> ChecklistItemRow | None:
        index = self.list.currentRow()
        return self._items[index] if 0 <= index < len(self._items) else None

    def current_item_id(self) -> int | None:
        row = self.current_row()
        return row.item_id if row is not None else None

    def _current_changed(self) -> None:
        index = self.list.currentRow()
        chosen = 0 <= index < len(self._items)
        for widget in (self.edit_button, self.delete_button):
            widget.setEnabled(chosen)
        self.up_button.setEnabled(chosen and index > 0)
        self.down_button.setEnabled(chosen and index < len(self._items) - 1)

    # ---------------------------------------------------------------- changing
    def _run(self, action: Callable[[], T]) -> T | None:
        self.error.hide()
        return call(action, refused=lambda e: self._say(" ".join(e.values())), failed=self._say)

    def _say(self, message: str) -> None:
        self.error.set_text(message)
        self.error.show()

    def _publish(self, changes: Changes, sentence: str) -> None:
        self._context.bus.publish(changes)
        self.done.emit(sentence)

    def add(self) -> None:
        stage = self._stage
        if stage is None:
            return
        text = self.new_text.text()
        db = self._context.db
        saved = self._run(lambda: stages.add_checklist_item(db, stage.stage_id, text))
        if saved is None:
            self.new_text.setFocus()
            return
        self.new_text.clear()
        self.reload(saved.item_id)
        self._publish(
            saved.changes,
            self.tr("Point added to the checklist of {stage}.").format(stage=stage.name),
        )

    def start_edit(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        item_id = item.data(_ID_ROLE)
        row = next((r for r in self._items if r.item_id == item_id), None)
        if row is None or item.text() == row.text:
            return
        text = item.text()
        changes = self._run(lambda: stages.update_checklist_item(self._context.db, item_id, text))
        if changes is not None:
            stage_id = row.stage_id
            self._items = stages.checklist_items(self._context.db, stage_id)
            row = next((r for r in self._items if r.item_id == item_id), row)
            self._publish(changes, self.tr("Checklist point changed."))
        self._loading = True  # the stored text back in place (cleaned, or the old one)
        try:
            item.setText(row.text)
        finally:
            self._loading = False

    def shift(self, step: int) -> None:
        row = self.current_row()
        if row is None:
            return
        position = self._items.index(row) + step
        if not 0 <= position < len(self._items):
            return
        db = self._context.db
        changes = self._run(lambda: stages.move_checklist_item(db, row.item_id, position))
        if changes is None:
            return
        self.reload(row.item_id)
        self.list.setFocus()
        self._publish(changes, self.tr("Checklist point moved."))

    def delete(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not self._context.prompts.confirm_delete(
            self,
            self.tr("Delete the point “{text}”?").format(text=row.text),
            self.tr("The ticks initiatives gave this point go with it."),
        ):
            return
        index = self._items.index(row)
        changes = self._run(lambda: stages.delete_checklist_item(self._context.db, row.item_id))
        if changes is None:
            self.reload()
            return
        self.reload()
        if self._items:
            self.list.setCurrentRow(min(index, len(self._items) - 1))
        self._publish(changes, self.tr("Checklist point deleted."))

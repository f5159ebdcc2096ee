"""The stages of the board in their order, each with its number of initiatives: add one
after the chosen stage, rename it in place, move it, mark it closed, remove it (its
initiatives moving to a stage the coordinator picks)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import formatting
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.initiatives.stages_move import ask_move_target
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
from buurtdesk.services.stages import StageRow

T = TypeVar("T")
NAME, COUNT, KIND = range(3)
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StagesPanel(QWidget):
    """Left half of "Fasen en checklists". ``stage_chosen`` carries the chosen stage (or
    None); ``done`` one sentence for the status line after each change."""

    stage_chosen = Signal(object)
    done = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[StageRow] = []
        self._loading = False

        self.heading = label(self.tr("Stages"), "subheading")
        self.hint = label(
            self.tr("The board shows the stages from left to right in this order."),
            "muted",
            wrap=True,
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("stagesTree")
        self.tree.setAccessibleName(self.tr("Stages of the board"))
        self.tree.setHeaderLabels([self.tr("Stage"), self.tr("Number"), self.tr("Kind")])
        self.tree.setRootIsDecorated(False)
        self.tree.setStyleSheet(ROOMY_ROWS)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._current_changed())
        self.tree.itemChanged.connect(self._edited)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.tree.editItem(item, NAME))
        keys = ListKeys(self.tree)
        keys.move_requested.connect(self.shift)
        keys.rename_requested.connect(self.start_rename)
        keys.delete_requested.connect(self.delete)

        self.error = FieldError()
        self.error.setObjectName("stagesError")
        self.error.hide()
        self.rename_button = button(self.tr("Rename"), "pencil")
        self.rename_button.setToolTip(self.tr("Rename the stage (F2)"))
        self.rename_button.clicked.connect(self.start_rename)
        self.up_button = button(self.tr("Move up"))
        self.up_button.setToolTip(
            self.tr("One place to the left on the board ({keys})").format(keys=MOVE_UP)
        )
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button = button(self.tr("Move down"))
        self.down_button.setToolTip(
            self.tr("One place to the right on the board ({keys})").format(keys=MOVE_DOWN)
        )
        self.down_button.clicked.connect(lambda: self.shift(1))
        self.delete_button = button(self.tr("Delete…"), "trash-2", kind="destructive")
        self.delete_button.setToolTip(self.tr("Delete the stage (Delete)"))
        self.delete_button.clicked.connect(self.delete)
        self.closed = QCheckBox(self.tr("Closed stage: initiatives here have ended"))
        self.closed.setObjectName("stageClosed")
        self.closed.clicked.connect(self.set_closed)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newStageName")
        self.new_name.setPlaceholderText(self.tr("Name of a new stage"))
        self.new_name.setAccessibleName(self.tr("Name of a new stage"))
        self.new_name.returnPressed.connect(self.add)
        self.add_button = button(self.tr("Add stage"), "plus")
        self.add_button.setToolTip(self.tr("Add the stage after the chosen one"))
        self.add_button.clicked.connect(self.add)

        tools = list_with_tools(
            self.tree, (self.rename_button, self.up_button, self.down_button), self.delete_button
        )
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(tools, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.closed)
        layout.addLayout(adding)

    # ---------------------------------------------------------------- reading
    def reload(self, select: int | None = None) -> None:
        """Fetch the stages again; ``select`` (else the chosen one) stays chosen."""
        keep = select if select is not None else self.current_stage_id()
        self._rows = stages.list_stages(self._context.db)
        self._loading = True
        try:
            self.tree.clear()
            for row in self._rows:
                item = QTreeWidgetItem(["", "", ""])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setData(NAME, _ID_ROLE, row.stage_id)
                item.setTextAlignment(
                    COUNT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                self._fill(item, row)
                self.tree.addTopLevelItem(item)
        finally:
            self._loading = False
        self._fit_columns()
        ids = [row.stage_id for row in self._rows]
        index = ids.index(keep) if keep in ids else 0
        chosen = self.tree.topLevelItem(index) if ids else None
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._current_changed()

    def _fit_columns(self) -> None:
        """Every stage name whole beside its count and kind, at every text size."""
        header = self.tree.header()
        needed = sum(
            max(self.tree.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in (NAME, COUNT, KIND)
        )
        scroll_bar = self.tree.verticalScrollBar().sizeHint().width()
        self.tree.setMinimumWidth(needed + scroll_bar + 2 * self.tree.frameWidth() + 8)

    def _fill(self, item: QTreeWidgetItem, row: StageRow) -> None:
        item.setText(NAME, row.name)
        item.setText(COUNT, formatting.number(row.count))
        item.setText(KIND, self.tr("Closed") if row.is_closed else self.tr("Open"))
        item.setData(
            NAME,
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("{stage}: {count} initiatives").format(stage=row.name, count=row.count),
        )

    def rows(self) -> list[StageRow]:
        return list(self._rows)

    def current_row(self) -> StageRow | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        stage_id = item.data(NAME, _ID_ROLE)
        return next((row for row in self._rows if row.stage_id == stage_id), None)

    def current_stage_id(self) -> int | None:
        row = self.current_row()
        return row.stage_id if row is not None else None

    def select(self, stage_id: int) -> None:
        for index, row in enumerate(self._rows):
            item = self.tree.topLevelItem(index)
            if row.stage_id == stage_id and item is not None:
                self.tree.setCurrentItem(item)

    def _current_changed(self) -> None:
        row = self.current_row()
        index = self._rows.index(row) if row is not None else -1
        for widget in (self.rename_button, self.delete_button, self.closed):
            widget.setEnabled(row is not None)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self._rows) - 1)
        self.closed.setChecked(row is not None and row.is_closed)
        self.stage_chosen.emit(row)

    # ---------------------------------------------------------------- changing
    def _run(self, action: Callable[[], T]) -> T | None:
        self.error.hide()
        result = call(action, refused=lambda e: self._say(" ".join(e.values())), failed=self._say)
        return result

    def _say(self, message: str) -> None:
        self.error.set_text(message)
        self.error.show()

    def _publish(self, changes: Changes, sentence: str) -> None:
        self._context.bus.publish(changes)
        self.done.emit(sentence)

    def start_rename(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.tree.editItem(item, NAME)

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != NAME:
            return
        stage_id = item.data(NAME, _ID_ROLE)
        row = next((r for r in self._rows if r.stage_id == stage_id), None)
        if row is None or item.text(NAME) == row.name:
            return
        name = item.text(NAME)
        db = self._context.db
        changes = self._run(lambda: stages.rename_stage(db, stage_id, name))
        if changes is not None:
            self._rows = stages.list_stages(self._context.db)
            row = next((r for r in self._rows if r.stage_id == stage_id), row)
            self._publish(changes, self.tr("Stage renamed to {name}.").format(name=row.name))
        self._loading = True  # put the stored name back (cleaned, or unchanged when refused)
        try:
            self._fill(item, row)
        finally:
            self._loading = False
        self.stage_chosen.emit(row)

    def add(self) -> None:
        name = self.new_name.text()
        after = self.current_stage_id()
        saved = self._run(lambda: stages.create_stage(self._context.db, name, after_stage_id=after))
        if saved is None:
            self.new_name.setFocus()
            return
        self.new_name.clear()
        self.reload(saved.stage_id)
        added = self.current_row()
        shown = added.name if added is not None else name
        self._publish(saved.changes, self.tr("Stage {name} added.").format(name=shown))

    def shift(self, step: int) -> None:
        row = self.current_row()
        if row is None:
            return
        position = self._rows.index(row) + step
        if not 0 <= position < len(self._rows):
            return
        changes = self._run(lambda: stages.move_stage(self._context.db, row.stage_id, position))
        if changes is None:
            return
        self.reload(row.stage_id)
        self.tree.setFocus()
        self._publish(changes, self.tr("Stage {name} moved.").format(name=row.name))

    def set_closed(self, closed: bool) -> None:
        row = self.current_row()
        if row is None:
            return
        db = self._context.db
        changes = self._run(lambda: stages.set_stage_closed(db, row.stage_id, closed))
        self.reload(row.stage_id)
        if changes is None:
            return
        sentence = (
            self.tr("{name} is now a closed stage.")
            if closed
            else self.tr("{name} is now an open stage.")
        )
        self._publish(changes, sentence.format(name=row.name))

    def delete(self) -> None:
        row = self.current_row()
        if row is None:
            return
        target: int | None = None
        if row.count:
            others = [r for r in self._rows if r.stage_id != row.stage_id]
            target = ask_move_target(self, row, others)
            if target is None:
                return
        elif not self._context.prompts.confirm_delete(
            self,
            self.tr("Delete the stage {name}?").format(name=row.name),
            self.tr("Its checklist goes with it."),
        ):
            return
        db = self._context.db
        changes = self._run(lambda: stages.delete_stage(db, row.stage_id, move_to_stage_id=target))
        if changes is None:
            self.reload(row.stage_id)
            return
        index = self._rows.index(row)
        self.reload()
        neighbour = self._rows[min(index, len(self._rows) - 1)] if self._rows else None
        if neighbour is not None:
            self.select(neighbour.stage_id)
        moved_to = next((r.name for r in self._rows if r.stage_id == target), "")
        sentence = (
            self.tr("Stage {name} deleted; its initiatives are now in {target}.")
            if target is not None
            else self.tr("Stage {name} deleted.")
        )
        self._publish(changes, sentence.format(name=row.name, target=moved_to))

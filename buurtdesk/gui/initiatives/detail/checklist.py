"""Checklist: the points of the current stage (the coordinator's local rules) with a tick
each, and when it was ticked; a tick is stored at once (earlier answers stay as history)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.initiatives.detail import wording
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.read_only_model import ReadOnlyRowsModel
from buurtdesk.gui.widgets import label
from buurtdesk.services import initiatives
from buurtdesk.services.initiatives import ChecklistState


class ChecklistModel(ReadOnlyRowsModel):
    """One checkable row per point; ticking asks for the answer to be stored
    (``answer_requested``) rather than changing the row itself."""

    answer_requested = Signal(int, bool)  # item id, done

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ChecklistState] = []
        self._headers = (QCoreApplication.translate("ChecklistModel", "Point"),)

    def set_rows(self, rows: Sequence[ChecklistState]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> ChecklistState | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def when(self, state: ChecklistState) -> str:
        if state.recorded_at is None:
            return ""
        day = wording.day_of(state.recorded_at)
        if state.done:
            return QCoreApplication.translate("ChecklistModel", "ticked on {date}").format(date=day)
        return QCoreApplication.translate("ChecklistModel", "opened again on {date}").format(
            date=day
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        state = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = self.when(state)
            return f"{state.text}\n{when}" if when else state.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            done = (
                QCoreApplication.translate("ChecklistModel", "done")
                if state.done
                else QCoreApplication.translate("ChecklistModel", "open")
            )
            return ", ".join(part for part in (state.text, done, self.when(state)) if part)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if state.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and state.note:
            return state.note
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        state = self.item(index.row()) if index.isValid() else None
        if state is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        if done != state.done:
            self.answer_requested.emit(state.item_id, done)
        return True


class ChecklistSection(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistSection")
        self._context = context
        self._initiative_id: int | None = None
        self.model = ChecklistModel()
        self.heading = label("", "muted", wrap=True)
        self.heading.setObjectName("checklistHeading")
        self.list = QListView()
        self.list.setObjectName("checklistList")
        self.list.setAccessibleName(self.tr("Checklist of this stage"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setUniformItemSizes(False)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.empty = label(
            self.tr(
                "This stage has no checklist. The coordinator can set one up for each stage, "
                "to match the local rules."
            ),
            "muted",
            wrap=True,
        )
        self.empty.setObjectName("checklistEmpty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.model.answer_requested.connect(self.answer)

    def show_state(
        self, initiative_id: int | None, stage: str, items: Sequence[ChecklistState]
    ) -> None:
        self._initiative_id = initiative_id
        self.model.set_rows(items)
        done = sum(1 for item in items if item.done)
        self.heading.setText(
            self.tr("Stage {stage}: {done} of {count} done").format(
                stage=stage, done=done, count=len(items)
            )
            if items
            else ""
        )
        self.heading.setVisible(bool(items))
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)

    def answer(self, item_id: int, done: bool) -> None:
        initiative_id = self._initiative_id
        if initiative_id is None:
            return
        changes = call(
            lambda: initiatives.answer_checklist(self._context.db, initiative_id, item_id, done),
            refused=lambda m: self._context.show_status(" ".join(m.values())),
            failed=self._context.show_status,
        )
        if changes is not None:
            self.changed.emit(changes)

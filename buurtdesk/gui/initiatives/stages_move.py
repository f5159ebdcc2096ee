"""The one question before a stage with initiatives goes: where do they move to?"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import formatting
from buurtdesk.gui.widgets import button, label
from buurtdesk.services.stages import StageRow


class MoveTargetDialog(QDialog):
    """ "In Plan staan 3 initiatieven. Waar moeten ze naartoe?" with the other stages."""

    def __init__(
        self, stage: StageRow, others: Sequence[StageRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveTargetDialog")
        self.setWindowTitle(self.tr("Delete stage"))
        self._others = list(others)
        count = formatting.number(stage.count)
        question = (
            self.tr("There is 1 initiative in {stage}.")
            if stage.count == 1
            else self.tr("There are {count} initiatives in {stage}.")
        ).format(stage=stage.name, count=count)
        self.question = label(
            question
            + " "
            + self.tr("Choose the stage they move to; then {stage} is deleted.").format(
                stage=stage.name
            ),
            wrap=True,
        )
        self.detail = label(
            self.tr("Each move is written in the initiative's history."), "muted", wrap=True
        )
        self.target = QComboBox()
        self.target.setObjectName("moveTarget")
        self.target.setAccessibleName(self.tr("Move the initiatives to"))
        for other in self._others:
            self.target.addItem(other.name, other.stage_id)
        before = [n for n, other in enumerate(self._others) if other.position < stage.position]
        self.target.setCurrentIndex(before[-1] if before else 0)  # the stage on its left
        form = QFormLayout()
        form.addRow(self.tr("Move to"), self.target)
        self.delete_button = button(
            self.tr("Move and delete the stage"), "trash-2", kind="destructive"
        )
        self.delete_button.setObjectName("moveAndDelete")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.question)
        layout.addWidget(self.detail)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.target.setFocus()

    def choose(self, name: str) -> None:
        self.target.setCurrentIndex(self.target.findText(name))

    def chosen_stage_id(self) -> int | None:
        value = self.target.currentData()
        return int(value) if value is not None else None


def ask_move_target(parent: QWidget, stage: StageRow, others: Sequence[StageRow]) -> int | None:
    """The stage the initiatives of ``stage`` go to, or None when the coordinator cancels."""
    dialog = MoveTargetDialog(stage, others, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_stage_id()
    finally:
        dialog.deleteLater()

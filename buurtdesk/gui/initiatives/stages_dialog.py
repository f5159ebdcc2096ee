"""Fasen en checklists: the coordinator sets up the board. The stages on the left, the
checklist of the chosen stage on the right, and below them when an initiative counts as
stalled ("Vastgelopen na 6 weken zonder contact"). Every change is saved at once and
published on the change bus, so the board follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.context import AppContext
from buurtdesk.gui.initiatives.stages_checklist import ChecklistPanel
from buurtdesk.gui.initiatives.stages_list import StagesPanel
from buurtdesk.gui.initiatives.stages_shared import fit_to_screen
from buurtdesk.gui.netwerk.tabs.calls import call
from buurtdesk.gui.widgets import FieldError, label
from buurtdesk.services import settings
from buurtdesk.services.stages import StageRow


class StalledWeeks(QWidget):
    """ "Vastgelopen na [6] weken zonder contact": saved when the field is left (or Enter)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.before = label(self.tr("Stalled after"))
        self.weeks = QSpinBox()
        self.weeks.setObjectName("stalledWeeks")
        self.weeks.setRange(1, settings.MAX_STALLED_WEEKS)
        self.weeks.setAccessibleName(self.tr("Weeks without contact before stalled"))
        self.weeks.setToolTip(
            self.tr(
                "An open initiative without a contact moment for this many weeks is marked "
                "as stalled on the board and on the start screen."
            )
        )
        self.after = label(self.tr("weeks without contact"))
        self.before.setBuddy(self.weeks)
        self.error = FieldError()
        self.error.hide()
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.before)
        row.addWidget(self.weeks)
        row.addWidget(self.after)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._stored = settings.get_stalled_weeks(context.db)
        self.weeks.setValue(self._stored)

    def save(self) -> str | None:
        """Store the number when it changed; the sentence for the status line, if any."""
        weeks = self.weeks.value()
        if weeks == self._stored:
            return None
        self.error.hide()
        changes = call(
            lambda: settings.set_stalled_weeks(self._context.db, weeks),
            refused=lambda e: self._say(" ".join(e.values())),
            failed=self._say,
        )
        if changes is None:
            return None
        self._stored = weeks
        self._context.bus.publish(changes)
        return self.tr("Stalled after %n week(s) without contact: saved.", "", weeks)

    def _say(self, message: str) -> None:
        self.error.set_text(message)
        self.error.show()


class StagesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stagesDialog")
        self.setWindowTitle(self.tr("Stages and checklists"))
        self._context = context
        self.stages = StagesPanel(context)
        self.checklist = ChecklistPanel(context)
        self.stalled = StalledWeeks(context)
        self.status = label("", "muted")
        self.status.setObjectName("stagesStatus")

        self.stages.stage_chosen.connect(self._chosen)
        self.stages.done.connect(self._say)
        self.checklist.done.connect(self._say)
        self.stalled.weeks.editingFinished.connect(self._stalled_saved)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.stages, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        body.addWidget(line)
        body.addWidget(self.checklist, 1)
        below = QFrame()
        below.setFrameShape(QFrame.Shape.HLine)
        below.setFrameShadow(QFrame.Shadow.Plain)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in a field adds or saves; it never closes
        close.setDefault(False)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(body, 1)
        layout.addWidget(below)
        layout.addWidget(self.stalled)
        layout.addLayout(footer)
        metrics = self.fontMetrics()
        fit_to_screen(self, metrics.averageCharWidth() * 140, metrics.height() * 30)
        self.stages.reload()
        self.stages.tree.setFocus()

    def _chosen(self, stage: StageRow | None) -> None:
        self.checklist.show_stage(stage)

    def _say(self, sentence: str) -> None:
        self.status.setText(sentence)
        self._context.show_status(sentence)

    def _stalled_saved(self) -> None:
        sentence = self.stalled.save()
        if sentence:
            self._say(sentence)

    def done(self, result: int) -> None:
        self._stalled_saved()  # a number typed and closed with Escape still counts
        super().done(result)


def show_stages_dialog(context: AppContext, parent: QWidget) -> StagesDialog:
    """Open "Fasen en checklists" over ``parent`` (window-modal, not blocking), or bring
    the open one forward."""
    for existing in parent.findChildren(StagesDialog):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    dialog = StagesDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

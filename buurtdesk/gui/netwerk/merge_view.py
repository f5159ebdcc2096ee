"""Merging one likely pair: both records side by side, who stays, and one clear question.

The record with more links (contact moments, memberships, sign-ups, …) stays by default;
the coordinator may choose the other. "Samenvoegen…" first asks the merge service what
would happen (``preview_merge``, nothing saved) and says it inline, naming who is removed
and what moves; "Ja, samenvoegen" then merges in one transaction. Both run in the worker,
so a busy database never freezes the window. "Geen dubbel" hides the pair for this session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.gui import formatting, icons
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.merge_compare import SIDE_A, SIDE_B, ComparisonModel, Side, load_side
from buurtdesk.gui.widgets import FieldError, button, label
from buurtdesk.gui.worker import Job, Worker
from buurtdesk.services import merge
from buurtdesk.services.duplicate_scoring import DuplicatePair
from buurtdesk.services.merge import MergeResult


class MergePanel(QWidget):
    merged = Signal(object)  # MergeResult, after the commit and the broadcast
    dismissed = Signal(int, int)  # "Geen dubbel": the two person ids

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._worker = Worker(self, threads=1)
        self._job: Job | None = None
        self._pair: DuplicatePair | None = None
        self._sides: tuple[Side, Side] | None = None
        self.publishing = False  # the broadcast of our own merge is going out

        self.reasons = label("", "muted", wrap=True)
        self.reasons.setObjectName("mergeReasons")
        self.comparison = ComparisonModel(self)
        self.table = QTableView()
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("The two records side by side"))
        self.table.setModel(self.comparison)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)  # links and notes may need a second line
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SIDE_A, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIDE_B, QHeaderView.ResizeMode.Stretch)

        marker = QLabel()
        marker.setPixmap(icons.pixmap("equal-not", 16, "normal", self.devicePixelRatioF()))
        marker.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        legend_text = label(self.tr("differs between the two"), "small")
        legend = QHBoxLayout()
        legend.setSpacing(6)
        legend.addWidget(marker)
        legend.addWidget(legend_text, 1)

        self.keep_label = label(self.tr("Who stays?"), "subheading")
        self.keep_a = QRadioButton()
        self.keep_a.setObjectName("keepA")
        self.keep_b = QRadioButton()
        self.keep_b.setObjectName("keepB")
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_a, SIDE_A)
        self.keep_group.addButton(self.keep_b, SIDE_B)
        self.keep_group.idToggled.connect(self._keep_changed)
        self.explanation = label(
            self.tr(
                "The one who stays keeps their own details and gets what only the other "
                "has. All links move along; then the other record is removed."
            ),
            "muted",
            wrap=True,
        )

        self.error = FieldError()
        self.error.setObjectName("mergeError")
        self.error.setProperty("role", "error-banner")
        self.error.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.error.set_margins(10, 8)
        self.error.hide()

        self.confirm_box = QWidget()
        self.confirm_box.setObjectName("panel")
        self.confirm_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.question = label("", wrap=True)
        self.question.setObjectName("mergeQuestion")
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm_button = button(self.tr("Yes, merge"), "merge", kind="primary")
        self.confirm_button.setObjectName("confirmMergeButton")
        self.back_button = button(self.tr("Cancel"), "x")
        self.back_button.setObjectName("cancelMergeButton")
        self.back_button.setToolTip(self.tr("Do not merge (Esc)"))
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addStretch(1)
        confirm_buttons.addWidget(self.back_button)
        confirm_buttons.addWidget(self.confirm_button)
        confirm_layout = QVBoxLayout(self.confirm_box)
        confirm_layout.setContentsMargins(14, 12, 14, 12)
        confirm_layout.setSpacing(10)
        confirm_layout.addWidget(self.question)
        confirm_layout.addLayout(confirm_buttons)
        self.confirm_box.hide()

        self.not_duplicate_button = button(self.tr("Not a duplicate"), "x")
        self.not_duplicate_button.setObjectName("notDuplicateButton")
        self.not_duplicate_button.setToolTip(
            self.tr("These are two people: hide this pair until buurtdesk is opened again")
        )
        self.merge_button = button(self.tr("Merge…"), "merge", kind="primary")
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setToolTip(self.tr("See what merging does, then confirm"))
        self.busy = label("", "muted")
        self.busy.setObjectName("mergeBusy")
        actions_row = QHBoxLayout()
        actions_row.setSpacing(8)
        actions_row.addWidget(self.not_duplicate_button)
        actions_row.addWidget(self.busy, 1)
        actions_row.addWidget(self.merge_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.reasons)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend)
        layout.addSpacing(4)
        layout.addWidget(self.keep_label)
        layout.addWidget(self.keep_a)
        layout.addWidget(self.keep_b)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        layout.addWidget(self.confirm_box)
        layout.addLayout(actions_row)

        self.merge_button.clicked.connect(self.ask)
        self.confirm_button.clicked.connect(self.confirm)
        self.back_button.clicked.connect(self.cancel_question)
        self.not_duplicate_button.clicked.connect(self._not_a_duplicate)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.confirm_box)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel_question)
        QWidget.setTabOrder(self.table, self.keep_a)
        QWidget.setTabOrder(self.keep_a, self.keep_b)
        QWidget.setTabOrder(self.keep_b, self.not_duplicate_button)
        QWidget.setTabOrder(self.not_duplicate_button, self.merge_button)
        QWidget.setTabOrder(self.merge_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.confirm_button)

    # ---------------------------------------------------------------- showing a pair
    @property
    def pair(self) -> DuplicatePair | None:
        return self._pair

    def show_pair(self, pair: DuplicatePair) -> bool:
        """Compare the two records; False (with the reason shown) if one is gone."""
        self._pair = pair
        self.cancel_question()
        self.error.hide()
        db = self._context.db
        try:
            sides = (load_side(db, pair.person_a_id), load_side(db, pair.person_b_id))
        except BuurtdeskError as error:
            self._sides = None
            self._show_error(str(error))
            self._set_enabled(False)
            return False
        self._sides = sides
        a, b = sides
        # The names head the two columns; said once more for screen readers.
        self.setAccessibleName(self.tr("{a} and {b}").format(a=a.list_name, b=b.list_name))
        self.reasons.setText(
            self.tr("{score}% match · {reasons}").format(
                score=pair.score, reasons=", ".join(pair.reasons)
            )
        )
        self.comparison.compare(a, b)
        for radio, side in ((self.keep_a, a), (self.keep_b, b)):
            radio.setText(self._keep_text(side))
        # More links stay where they are; on a tie, the older record.
        keep = SIDE_B if b.link_count > a.link_count else SIDE_A
        self.keep_group.button(keep).setChecked(True)
        self._keep_changed(keep, True)
        self._set_enabled(True)
        return True

    def _keep_text(self, side: Side) -> str:
        count = side.link_count
        if count == 0:
            links = self.tr("no links")
        elif count == 1:
            links = self.tr("1 link")
        else:
            links = self.tr("{count} links").format(count=formatting.number(count))
        return self.tr("Keep {name} ({links})").format(name=side.list_name, links=links)

    def _keep_changed(self, column: int, checked: bool) -> None:
        if checked:
            self.comparison.set_kept(column)
            self.cancel_question()

    def kept_and_removed(self) -> tuple[Side, Side] | None:
        if self._sides is None:
            return None
        a, b = self._sides
        return (a, b) if self.keep_group.checkedId() == SIDE_A else (b, a)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.merge_button,
            self.not_duplicate_button,
            self.keep_a,
            self.keep_b,
            self.confirm_button,
        ):
            widget.setEnabled(enabled)

    def _show_error(self, message: str) -> None:
        self.error.set_text(message)
        self.error.show()

    # ---------------------------------------------------------------- merging
    def ask(self) -> None:
        """Find out what merging would do (nothing saved) and ask once, inline."""
        chosen = self.kept_and_removed()
        if chosen is None or (self._job is not None and self._job.running):
            return
        kept, removed = chosen
        db = self._context.db
        self.error.hide()
        self._busy(self.tr("Checking what moves…"))
        self._job = self._worker.start(
            lambda _control: merge.preview_merge(db, kept.person_id, removed.person_id),
            on_success=lambda result: self._ask(kept, removed, result),
            on_failure=self._failed,
        )

    def _ask(self, kept: Side, removed: Side, preview: MergeResult) -> None:
        self._busy("")
        if self.kept_and_removed() != (kept, removed):
            return  # the choice changed while the service was asked
        self.question.setText(
            self.tr(
                "{removed} becomes part of {kept} and is then removed. {summary}. "
                "This cannot be undone."
            ).format(removed=removed.full_name, kept=kept.full_name, summary=preview.summary)
        )
        self.confirm_box.setAccessibleName(self.question.text())
        self.explanation.hide()  # the question says it for this pair; room for the table
        self.confirm_box.show()
        self.merge_button.setEnabled(False)
        self.confirm_button.setEnabled(True)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_question(self) -> None:
        if self.confirm_box.isHidden():
            return
        had_focus = self.confirm_box.isAncestorOf(self.focusWidget())
        self.confirm_box.hide()
        self.explanation.show()
        self.merge_button.setEnabled(self._sides is not None)
        if had_focus:
            self.merge_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def asking(self) -> bool:
        return not self.confirm_box.isHidden()

    def confirm(self) -> None:
        chosen = self.kept_and_removed()
        if chosen is None or not self.asking or (self._job is not None and self._job.running):
            return
        kept, removed = chosen
        db = self._context.db
        self.confirm_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self._busy(self.tr("Merging…"))
        self._job = self._worker.start(
            lambda _control: merge.merge_people(db, kept.person_id, removed.person_id),
            on_success=self._merged,
            on_failure=self._failed,
        )

    def _merged(self, result: MergeResult) -> None:
        self._busy("")
        self.back_button.setEnabled(True)
        self.confirm_box.hide()
        self.explanation.show()
        self.publishing = True
        try:
            self._context.bus.publish(result.changes)
        finally:
            self.publishing = False
        self._context.show_status(
            self.tr("Merged into {name}: {summary}.").format(
                name=result.list_name, summary=result.summary[:1].lower() + result.summary[1:]
            )
        )
        self.merged.emit(result)

    def _failed(self, message: str) -> None:
        self._busy("")
        self.back_button.setEnabled(True)
        self.confirm_box.hide()
        self.explanation.show()
        self.merge_button.setEnabled(self._sides is not None)
        self._show_error(message)

    def _busy(self, text: str) -> None:
        self.busy.setText(text)
        working = bool(text)
        self.merge_button.setEnabled(not working and self._sides is not None)
        self.not_duplicate_button.setEnabled(not working and self._sides is not None)

    def _not_a_duplicate(self) -> None:
        if self._pair is not None:
            self.dismissed.emit(self._pair.person_a_id, self._pair.person_b_id)

"""Likely duplicates in the Netwerk part: the pairs on the left, the chosen pair beside them.

"Dubbelen zoeken" runs ``find_duplicates`` in the worker, with progress and "Annuleren";
the results stay until the network changes elsewhere or the user searches again. The
person panel's "Lijkt op: …" link opens the view with that person's pairs only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui import formatting
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.duplicates_delegate import PairDelegate, row_height
from buurtdesk.gui.netwerk.duplicates_model import (
    PAIR,
    SCORE,
    DismissedPairs,
    DuplicatePairsModel,
    pair_key,
)
from buurtdesk.gui.netwerk.merge_view import MergePanel
from buurtdesk.gui.widgets import EmptyState, button, label
from buurtdesk.gui.worker import Job, ProgressPanel, Worker
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.duplicate_scoring import DuplicatePair
from buurtdesk.services.merge import MergeResult


class _PairsTable(QTableView):
    """The pair list; Enter moves on to the chosen pair's merge button."""

    chosen = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.chosen.emit()
            return
        super().keyPressEvent(event)


class DuplicatesView(QWidget):
    back_requested = Signal()
    person_requested = Signal(int)  # after the last pair of one person is merged

    def __init__(
        self, context: AppContext, dismissed: DismissedPairs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesView")
        self._context = context
        self._dismissed = dismissed
        self._worker = Worker(self, threads=1)
        self._job: Job | None = None
        self._stale = True  # no search yet, or the network changed since
        self._merging = False
        self._one_person: int | None = None  # opened from "Lijkt op: …" for this person

        self.heading = label(self.tr("Likely duplicates"), "heading")
        self.heading.setObjectName("duplicatesHeading")
        self.count = label("", "muted")
        self.count.setObjectName("duplicatesCount")
        self.search_button = button(self.tr("Search again"), "user-round-search")
        self.search_button.setObjectName("searchAgainButton")
        self.search_button.setToolTip(self.tr("Look through the whole network again"))
        self.back_button = button(self.tr("Back to the list"), "arrow-left")
        self.back_button.setObjectName("backToListButton")
        self.back_button.setToolTip(self.tr("Back to the people list (Esc)"))
        self.note = label(
            self.tr(
                "A pair you mark as \u201cNot a duplicate\u201d stays hidden until you open "
                "buurtdesk again."
            ),
            "small",
            wrap=True,
        )

        self.progress = ProgressPanel()
        self.progress.setObjectName("duplicatesProgress")
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        progress_page = QWidget()
        progress_row = QHBoxLayout()
        progress_row.addStretch(1)
        progress_row.addWidget(self.progress, 20)
        progress_row.addStretch(1)
        progress_layout = QVBoxLayout(progress_page)
        progress_layout.addStretch(1)
        progress_layout.addLayout(progress_row)
        progress_layout.addStretch(2)
        self.progress_page = progress_page

        self.model = DuplicatePairsModel(self)
        self.table = _PairsTable()
        self.table.setObjectName("pairsTable")
        self.table.setAccessibleName(self.tr("Likely duplicate pairs"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(PairDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.empty = EmptyState("user-round-search")
        self.empty.setObjectName("duplicatesEmpty")
        self._empty_action: Callable[[], object] = self.search
        self.empty.action_clicked.connect(lambda: self._empty_action())

        self.merge_panel = MergePanel(context)
        self.merge_panel.setObjectName("mergePanel")
        merge_frame = QWidget()
        merge_frame.setObjectName("panel")
        merge_frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        frame_layout = QVBoxLayout(merge_frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.addWidget(self.merge_panel)
        self.merge_frame = merge_frame

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("duplicatesSplitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.table)
        self.splitter.addWidget(left)
        self.splitter.addWidget(merge_frame)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The pairs beside the chosen one, or one sentence across the width when there
        # are none (yet): a splitter never hides a side, so its sizes stay as the user left them.
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty)
        self.body.addWidget(progress_page)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.heading)
        top.addWidget(self.count, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.body, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.search_button.clicked.connect(self.search)
        self.table.selectionModel().currentRowChanged.connect(self._pair_chosen)
        self.table.chosen.connect(self._focus_merge)
        self.merge_panel.merged.connect(self._merged)
        self.merge_panel.dismissed.connect(self._dismiss)
        context.bus.changed.connect(self._on_changed)
        QWidget.setTabOrder(self.back_button, self.search_button)
        QWidget.setTabOrder(self.search_button, self.progress.cancel_button)
        QWidget.setTabOrder(self.progress.cancel_button, self.empty.button)
        QWidget.setTabOrder(self.empty.button, self.table)
        QWidget.setTabOrder(self.table, self.merge_panel.table)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)
        self._size_rows()
        self._show_empty()

    # ---------------------------------------------------------------- searching
    @property
    def searching(self) -> bool:
        return self._job is not None and self._job.running

    def open_search(self) -> None:
        """Show the pairs of the whole network, searching again only when needed."""
        if self._one_person is not None or self._stale:
            self.search()
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def search(self) -> Job | None:
        """Look for likely duplicates in the whole network, in the worker."""
        if self.searching:
            return self._job
        from buurtdesk.services.duplicates import find_duplicates

        db = self._context.db
        self._one_person = None
        self.heading.setText(self.tr("Likely duplicates"))
        self._job = self._worker.start(
            lambda control: find_duplicates(db, progress=control.progress),
            on_success=self._found,
            on_failure=self._search_failed,
            on_cancelled=self._search_cancelled,
        )
        self.progress.follow(
            self._job,
            self.tr("Comparing everyone in the network…"),
            lambda done, total: self.tr("{percent}% done").format(
                percent=round(100 * done / total) if total else 0
            ),
        )
        self.search_button.setEnabled(False)
        self.model.set_pairs([])
        self.body.setCurrentWidget(self.progress_page)
        self.count.setText("")
        self.progress.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return self._job

    def show_pairs(self, pairs: Sequence[DuplicatePair], *, person_id: int | None = None) -> None:
        """Show given pairs (``duplicates_of`` one person), without searching."""
        if self.searching and self._job is not None:
            self._job.cancel()
        self._one_person = person_id
        if person_id is not None and pairs:
            self.heading.setText(self.tr("Maybe the same as {name}").format(name=pairs[0].name_a))
        self._show_results(pairs)

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self._stale = False
        self._end_search()
        self._show_results(pairs)

    def _search_failed(self, message: str) -> None:
        self._end_search()
        self.empty.set_content(self.tr("The search did not work."), message)
        self.body.setCurrentWidget(self.empty)

    def _search_cancelled(self) -> None:
        self._end_search()
        self.empty.set_content(
            self.tr("Search cancelled."),
            "",
            self.tr("Search again"),
            "user-round-search",
        )
        self._empty_action = self.search
        self.body.setCurrentWidget(self.empty)
        self.empty.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _end_search(self) -> None:
        self.search_button.setEnabled(True)

    def _show_results(self, pairs: Sequence[DuplicatePair]) -> None:
        self.model.set_pairs(self._dismissed.keep(pairs))
        self._after_change(0)
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- the list
    def _after_change(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 1:
            self.count.setText(self.tr("1 pair"))
        else:
            self.count.setText(self.tr("{count} pairs").format(count=formatting.number(count)))
        if count == 0:
            self._show_empty()
            return
        self.body.setCurrentWidget(self.splitter)
        self.select_row(min(row, count - 1))

    def _show_empty(self) -> None:
        self.empty.set_content(
            self.tr("No likely duplicates."),
            self.tr("Nobody in the network looks like someone else."),
            self.tr("Back to the list"),
            "arrow-left",
        )
        self._empty_action = self.back_requested.emit
        self.body.setCurrentWidget(self.empty)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, PAIR)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _pair_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.merge_panel.show_pair(self.model.pair(current.row()))

    def _focus_merge(self) -> None:
        self.merge_panel.merge_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _merged(self, result: MergeResult) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.model.remove_where(person_ids={result.removed_person_id})
        if self._one_person is not None and self.model.rowCount() == 0:
            self.person_requested.emit(result.kept_person_id)
            return
        self._after_change(row)
        self._focus_list()

    def _focus_list(self) -> None:
        """On to the next pair, from the keyboard as well."""
        target = self.table if self.model.rowCount() else self.empty.button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dismiss(self, first: int, second: int) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self._dismissed.add(first, second)
        self.model.remove_where(key=pair_key(first, second))
        self._context.show_status(self.tr("Hidden until buurtdesk is opened again."))
        self._after_change(row)
        self._focus_list()

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects(Entity.PERSON) and not self.merge_panel.publishing:
            self._stale = True  # changed elsewhere: the pairs may be out of date

    def _escape(self) -> None:
        if self.merge_panel.asking:
            self.merge_panel.cancel_question()
        elif self.searching:
            self.progress.cancel()
        else:
            self.back_requested.emit()

    # ---------------------------------------------------------------- layout
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_rows()

    def _size_rows(self) -> None:
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(row_height(metrics))
        title = str(self.model.headerData(SCORE, Qt.Orientation.Horizontal))
        self.table.setColumnWidth(SCORE, metrics.horizontalAdvance(title) + 40)

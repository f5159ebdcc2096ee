"""The board: the stages side by side, scrolling sideways when they do not all fit.

One card is chosen at a time over all columns. The board is filled from one
``initiatives.board`` call (``show_cards``) and keeps the chosen card across a refill.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from buurtdesk.gui.initiatives.card_delegate import CardDelegate
from buurtdesk.gui.initiatives.card_list import CardList
from buurtdesk.gui.initiatives.column import BoardColumn
from buurtdesk.services.initiatives import CardRow
from buurtdesk.services.stages import StageRow


class BoardView(QScrollArea):
    current_changed = Signal(object)  # int | None: the chosen initiative
    move_requested = Signal(int, int)  # initiative id, to stage id
    step_requested = Signal(int, int)  # initiative id, direction
    menu_requested = Signal(QPoint)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_delegate = CardDelegate(today, parent=self)
        self.closed_delegate = CardDelegate(today, closed=True, parent=self)
        self._holder = QWidget()
        self._holder.setObjectName("boardHolder")
        self._row = QHBoxLayout(self._holder)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(10)
        self._row.addStretch(1)
        self.setWidget(self._holder)
        self.columns: list[BoardColumn] = []
        self._current: int | None = None
        self._quiet = False

    # ---------------------------------------------------------------- contents
    def set_today(self, today: date) -> None:
        self.open_delegate.set_today(today)
        self.closed_delegate.set_today(today)

    def show_stages(self, stages: Sequence[StageRow]) -> None:
        """Make one column per stage; the same stages keep their columns (and folds)."""
        wanted = [(s.stage_id, s.name, s.is_closed) for s in stages]
        have = [(c.stage.stage_id, c.stage.name, c.stage.is_closed) for c in self.columns]
        if wanted == have:
            return
        folded = {c.stage.stage_id: c.folded() for c in self.columns}
        for column in self.columns:
            self._row.removeWidget(column)
            column.deleteLater()
        self.columns = []
        for stage in stages:
            delegate = self.closed_delegate if stage.is_closed else self.open_delegate
            column = BoardColumn(stage, delegate)
            self._row.insertWidget(len(self.columns), column)
            self.columns.append(column)
            self._connect(column.cards)
            column.set_folded(folded.get(stage.stage_id, False))

    def _connect(self, cards: CardList) -> None:
        cards.selectionModel().currentChanged.connect(
            lambda current, _previous, c=cards: self._card_changed(c, current)
        )
        cards.column_model().move_requested.connect(self.move_requested)
        cards.step_requested.connect(self.step_requested)
        cards.neighbour_requested.connect(lambda d, c=cards: self._to_neighbour(c, d))
        cards.menu_requested.connect(self.menu_requested)

    def show_cards(self, rows: Sequence[CardRow]) -> None:
        by_stage: dict[int, list[CardRow]] = defaultdict(list)
        for row in rows:
            by_stage[row.stage_id].append(row)
        keep = self._current
        self._quiet = True
        try:
            for column in self.columns:
                column.model.set_rows(by_stage.get(column.stage.stage_id, []))
            found = keep is not None and self._select(keep)
        finally:
            self._quiet = False
        if keep is not None and not found:
            self._current = None
            self.current_changed.emit(None)

    def column_of_stage(self, stage_id: int) -> BoardColumn | None:
        return next((c for c in self.columns if c.stage.stage_id == stage_id), None)

    def column_of(self, initiative_id: int) -> BoardColumn | None:
        return next((c for c in self.columns if c.model.row_of(initiative_id) is not None), None)

    def card_count(self) -> int:
        return sum(column.model.rowCount() for column in self.columns)

    # ---------------------------------------------------------------- the chosen card
    def current_initiative(self) -> int | None:
        return self._current

    def current_card(self) -> CardRow | None:
        if self._current is None:
            return None
        column = self.column_of(self._current)
        if column is None:
            return None
        row = column.model.row_of(self._current)
        return column.model.card(row) if row is not None else None

    def select(self, initiative_id: int | None, *, tell: bool = True) -> bool:
        """Choose a card (and tell, unless ``tell`` is False), or none; False when it is
        not on the board."""
        if not tell:
            self._quiet = True
            try:
                return self.select(initiative_id)
            finally:
                self._quiet = False
        if initiative_id is None:
            self._clear_others(None)
            changed = self._current is not None
            self._current = None
            if changed and not self._quiet:
                self.current_changed.emit(None)
            return True
        return self._select(initiative_id)

    def _select(self, initiative_id: int) -> bool:
        column = self.column_of(initiative_id)
        if column is None:
            return False
        if column.folded():
            column.set_folded(False)
        row = column.model.row_of(initiative_id)
        assert row is not None
        index = column.model.index(row, 0)
        column.cards.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show_column(column)
        return True

    def reveal(self) -> None:
        """Scroll sideways to the chosen card, or else to the first column with cards (after
        a search or a filter), now and once more when the board has been laid out."""
        self._reveal()
        QTimer.singleShot(0, self._reveal)

    def _reveal(self) -> None:
        column = self.column_of(self._current) if self._current is not None else None
        if column is None or column.isHidden():
            column = next(
                (c for c in self.columns if not c.isHidden() and c.model.rowCount()), None
            )
        if column is not None:
            self._show_column(column)

    def _show_column(self, column: BoardColumn) -> None:
        """The column in view sideways, and its chosen card in view in the column."""
        self._row.activate()
        index = column.cards.currentIndex()
        if index.isValid():
            column.cards.scrollTo(index)
        self.ensureWidgetVisible(column, 40, 0)

    def focus_current(self) -> None:
        column = self.column_of(self._current) if self._current is not None else None
        column = column or next((c for c in self.columns if c.model.rowCount()), None)
        if column is None:
            return
        if self._current is None:
            self._select(column.model.card(0).initiative_id)
        column.cards.setFocus(Qt.FocusReason.OtherFocusReason)

    def _card_changed(self, cards: CardList, current: QModelIndex) -> None:
        if not current.isValid():
            return
        initiative_id = cards.column_model().card(current.row()).initiative_id
        self._clear_others(cards)
        if initiative_id == self._current:
            return
        self._current = initiative_id
        if not self._quiet:
            self.current_changed.emit(initiative_id)

    def _clear_others(self, keep: CardList | None) -> None:
        for column in self.columns:
            if column.cards is keep:
                continue
            selection = column.cards.selectionModel()
            selection.blockSignals(True)
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            selection.blockSignals(False)
            column.cards.viewport().update()

    def _to_neighbour(self, cards: CardList, direction: int) -> None:
        """Left / Right: the card at the same height in the next column with cards."""
        place = next(i for i, c in enumerate(self.columns) if c.cards is cards)
        row = max(cards.currentIndex().row(), 0)
        step = place + direction
        while 0 <= step < len(self.columns):
            column = self.columns[step]
            count = column.model.rowCount()
            if count and not column.folded():
                self._select(column.model.card(min(row, count - 1)).initiative_id)
                column.cards.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            step += direction

    def stage_beside(self, stage_id: int, direction: int) -> StageRow | None:
        place = next((i for i, c in enumerate(self.columns) if c.stage.stage_id == stage_id), None)
        if place is None or not 0 <= place + direction < len(self.columns):
            return None
        return self.columns[place + direction].stage

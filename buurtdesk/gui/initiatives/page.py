"""The Initiatieven page: the bar on top, the board beside the chosen initiative."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from buurtdesk.gui import actions, formatting, icons
from buurtdesk.gui.context import INITIATIVES_PART, AppContext
from buurtdesk.gui.detail_splitter import DetailSplitter
from buurtdesk.gui.initiatives.board_view import BoardView
from buurtdesk.gui.initiatives.detail.panel import InitiativePanel
from buurtdesk.gui.initiatives.move_bar import MoveBar, PendingMove
from buurtdesk.gui.initiatives.moving import Mover
from buurtdesk.gui.initiatives.stages_dialog import show_stages_dialog
from buurtdesk.gui.initiatives.time_in_stage import show_time_in_stage
from buurtdesk.gui.initiatives.toolbar import BoardToolbar
from buurtdesk.gui.parts import PartPage
from buurtdesk.services import areas, initiatives, stages, themes
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.initiatives import CardRow

SPLITTER_KEY = "initiatives/splitter"
SHOWN = (
    Entity.INITIATIVE,
    Entity.STAGE,
    Entity.NEED,
    Entity.CHECKLIST,
    Entity.SETTING,
    Entity.CONTACT_MOMENT,
    Entity.PERSON,
    Entity.AREA,
)
DETAIL_SHARE = 0.32
BOARD_MIN_WIDTH = 340  # px: at least one whole column of cards


class InitiativesPage(PartPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("initiativesPage")
        self._context = context
        self._stale = True
        self._shown_day: date | None = None
        self.toolbar = BoardToolbar(context.db)
        self.move_bar = MoveBar()
        self.mover = Mover(context, self.move_bar, self)
        self.board = BoardView(self._today())
        self.detail = InitiativePanel(context=context)

        board_panel = QWidget()
        board_layout = QVBoxLayout(board_panel)
        board_layout.setContentsMargins(16, 0, 8, 12)
        board_layout.setSpacing(8)
        # The move question sits above the board, beside the (taller) detail panel: showing
        # it shortens the board instead of raising the page's minimum height.
        board_layout.addWidget(self.move_bar)
        board_layout.addWidget(self.board, 1)
        detail_panel = QWidget()
        detail_panel.setObjectName("panel")
        detail_layout = QVBoxLayout(detail_panel)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail)
        self.splitter = DetailSplitter(
            board_panel,
            detail_panel,
            name="initiativesSplitter",
            settings_key=SPLITTER_KEY,
            detail_share=DETAIL_SHARE,
            main_min_width=BOARD_MIN_WIDTH,
        )
        bar = QWidget()
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(16, 14, 12, 10)
        bar_layout.setSpacing(8)
        bar_layout.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)

        self.toolbar.query_changed.connect(self.refresh)
        self.toolbar.query_changed.connect(self.board.reveal)
        self.toolbar.search.to_results.connect(self.board.focus_current)
        self.toolbar.new_button.clicked.connect(self.new_initiative)
        self.toolbar.move_button.clicked.connect(self._menu_under_button)
        self.board.current_changed.connect(self._chosen)
        self.board.move_requested.connect(self.request_move)
        self.board.step_requested.connect(self.step)
        self.board.menu_requested.connect(self.show_move_menu)
        self.mover.moved.connect(self._moved)
        self.move_bar.cancelled.connect(self.board.focus_current)
        self.detail.saved.connect(self._saved)
        context.navigator.initiative_requested.connect(self.open_initiative)
        context.bus.changed.connect(self._on_changed)
        # A new database gets the default stages the first time the board is opened.
        context.bus.publish(stages.ensure_default_stages(context.db))
        self.refresh()

    # ---------------------------------------------------------------- PartPage
    def action_handlers(self) -> Mapping[str, Callable[[], None]]:
        return {
            actions.NEW: self.new_initiative,
            actions.FIND: self.focus_search,
            actions.SAVE: self._save,
            actions.STAGES: self.manage_stages,
            actions.TIME_IN_STAGE: self.show_time_in_stage,
        }

    def _save(self) -> None:
        self.detail.save()

    def manage_stages(self) -> None:
        show_stages_dialog(self._context, self)

    def show_time_in_stage(self) -> None:
        show_time_in_stage(self._context, self)

    def may_leave(self) -> bool:
        return self.detail.may_leave()

    def first_paint_widget(self) -> QWidget:
        return self.board.viewport()

    def activated(self) -> None:
        if self._stale or self._shown_day != self._today():
            self.refresh()

    def save_state(self, settings: QSettings) -> None:
        self.splitter.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.splitter.restore_state(settings)

    # ---------------------------------------------------------------- the board
    def _today(self) -> date:
        return self._context.now().date()

    def refresh(self) -> None:
        """Fetch the board again: the stages, then every card in one ``board`` call."""
        db = self._context.db
        today = self._today()
        stage_rows = stages.list_stages(db)
        self.toolbar.set_choices(themes.list_themes(db), areas.list_buurten(db), stage_rows)
        query = self.toolbar.query()
        self.board.set_today(today)
        self.board.show_stages(stage_rows)
        rows = initiatives.board(db, query, today=today)
        self.board.show_cards(rows)
        for column in self.board.columns:
            column.setVisible(query.stage_id in (None, column.stage.stage_id))
        self._show_count(rows, stage_rows)
        self._stale = False
        self._shown_day = today
        self.toolbar.move_button.setEnabled(self.board.current_initiative() is not None)

    def _show_count(self, rows: list[CardRow], stage_rows: list[stages.StageRow]) -> None:
        total = sum(stage.count for stage in stage_rows)
        stalled = sum(1 for row in rows if row.stalled)
        if not total:
            text = self.tr("No initiatives yet. Add the first one with “New initiative”.")
        elif len(rows) == total:
            text = self.tr("{count} initiatives").format(count=formatting.number(total))
        else:
            text = self.tr("{shown} of {count} initiatives shown").format(
                shown=formatting.number(len(rows)), count=formatting.number(total)
            )
        if stalled:
            text += " · " + self.tr("{count} stalled").format(count=formatting.number(stalled))
        self.toolbar.status.setText(text)

    def _on_changed(self, changes: Changes) -> None:
        if not any(changes.affects(entity) for entity in SHOWN):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def focus_search(self) -> None:
        self._context.navigator.show_part(INITIATIVES_PART)
        self.toolbar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.toolbar.search.selectAll()

    # ---------------------------------------------------------------- the chosen one
    def _chosen(self, initiative_id: int | None) -> None:
        if initiative_id != self.detail.initiative_id and not self.detail.may_leave():
            self.board.select(self.detail.initiative_id, tell=False)  # stay with the unsaved one
            return
        self.toolbar.move_button.setEnabled(initiative_id is not None)
        self.detail.show_initiative(initiative_id)

    def open_initiative(self, initiative_id: int) -> None:
        """Show one initiative on the board, chosen, with its detail (asked for from
        Vandaag): the filters make way when it is not among the cards shown."""
        if self._stale:
            self.refresh()
        if not self.board.select(initiative_id):
            self.toolbar.clear()
            self.board.select(initiative_id)
        self.board.focus_current()
        self.board.reveal()

    def _saved(self, initiative_id: int) -> None:
        self.refresh()
        self.board.select(initiative_id)

    # ---------------------------------------------------------------- moving
    def request_move(self, initiative_id: int, stage_id: int) -> None:
        column = self.board.column_of(initiative_id)
        target = self.board.column_of_stage(stage_id)
        title = ""
        if column is not None:
            row = column.model.row_of(initiative_id)
            title = column.model.card(row).title if row is not None else ""
        if target is None:
            return
        self.board.select(initiative_id)
        self.mover.request(PendingMove(initiative_id, title, stage_id, target.stage.name))

    def step(self, initiative_id: int, direction: int) -> None:
        card = self.board.current_card()
        if card is None or card.initiative_id != initiative_id:
            return
        beside = self.board.stage_beside(card.stage_id, direction)
        if beside is None:
            self._context.show_status(
                self.tr("This is the last stage.")
                if direction > 0
                else self.tr("This is the first stage.")
            )
            return
        self.request_move(initiative_id, beside.stage_id)

    def _menu_under_button(self) -> None:
        button = self.toolbar.move_button
        self.show_move_menu(button.mapToGlobal(button.rect().bottomLeft()))

    def move_menu(self) -> QMenu | None:
        """ "Verplaatsen naar…": every other stage, for the chosen card."""
        card = self.board.current_card()
        if card is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("moveMenu")
        for column in self.board.columns:
            stage = column.stage
            if stage.stage_id == card.stage_id:
                continue
            action = menu.addAction(icons.icon("arrow-right-left"), stage.name)
            action.triggered.connect(
                lambda _c=False, s=stage.stage_id, i=card.initiative_id: self.request_move(i, s)
            )
        return menu

    def show_move_menu(self, where: QPoint) -> None:
        menu = self.move_menu()
        if menu is not None:
            menu.exec(where)
            menu.deleteLater()

    def _moved(self, initiative_id: int) -> None:
        self.board.select(initiative_id)
        self.board.focus_current()

    # ---------------------------------------------------------------- new
    def new_initiative(self) -> None:
        """The detail panel's empty form; the inline title bar (``new_bar``) is the quick
        way for a title alone."""
        self._context.navigator.show_part(INITIATIVES_PART)
        if not self.detail.may_leave():
            return
        self.board.select(None)
        self.detail.new_initiative()

"""Moving a card to another stage: ask for a note, call the service, ask again about open
checklist points, and say quietly where it went.

The page hands a move request here (from a drop, Ctrl+Right / Ctrl+Left or the "Verplaatsen
naar…" menu); the bar asks; ``initiatives.move_initiative`` writes the move and its history.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.initiatives.move_bar import MoveBar, PendingMove
from buurtdesk.services import initiatives
from buurtdesk.services.initiatives import OpenChecklist


class Mover(QObject):
    moved = Signal(int)  # initiative id, after the move was written

    def __init__(self, context: AppContext, bar: MoveBar, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        self.bar = bar
        bar.confirmed.connect(self._confirmed)

    def request(self, move: PendingMove) -> None:
        self.bar.ask_note(move)

    def _confirmed(self, move: PendingMove, note: str) -> None:
        context = self._context
        try:
            result = initiatives.move_initiative(
                context.db,
                move.initiative_id,
                move.to_stage_id,
                note=note,
                confirm_open_checklist=move.confirm_open_checklist,
                today=context.now().date(),
            )
        except OpenChecklist as question:
            again = PendingMove(
                move.initiative_id,
                move.title,
                move.to_stage_id,
                move.to_stage,
                confirm_open_checklist=True,
            )
            self.bar.ask_open_checklist(again, question.stage_name, question.open_items)
            self.bar.note.setText(note)
            return
        except BuurtdeskError as error:
            context.show_status(str(error))
            return
        context.bus.publish(result.changes)
        context.show_status(result.message)
        self.moved.emit(move.initiative_id)

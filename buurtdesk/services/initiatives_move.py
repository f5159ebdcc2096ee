"""Moving an initiative to another stage: every move is written to its history.

Moving on (to a stage further right on the board) while the current stage's checklist
still has open points raises ``OpenChecklist``; the window asks, and moves again with
``confirm_open_checklist=True``. Moving back never asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtdesk.db.engine import Database
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.domain.initiatives import Stage, StageChange
from buurtdesk.domain.validation.text import clean_text
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import NOTHING, Changes, Entity
from buurtdesk.services.initiatives_common import checklist_state, days_between, initiative_or_gone
from buurtdesk.services.stages import visible_stage

MAX_NOTE_LENGTH = 10_000


class OpenChecklist(BuurtdeskError):
    """The stage being left has checklist points that are not done."""

    def __init__(self, stage_name: str, open_items: tuple[str, ...]) -> None:
        count = len(open_items)
        what = "is 1 punt" if count == 1 else f"zijn {count} punten"
        super().__init__(
            f"Van de checklist van {stage_name} {what} nog niet afgevinkt: "
            f"{'; '.join(open_items)}. Wilt u het initiatief toch verplaatsen?"
        )
        self.stage_name = stage_name
        self.open_items = open_items


@dataclass(frozen=True)
class MoveResult:
    changes: Changes
    message: str


def _days(count: int) -> str:
    return "1 dag" if count == 1 else f"{count} dagen"


@coordinator_only
def move_initiative(
    db: Database,
    initiative_id: int,
    to_stage_id: int,
    *,
    note: str = "",
    confirm_open_checklist: bool = False,
    today: date | None = None,
) -> MoveResult:
    """Move to ``to_stage_id`` with an optional note; the message says where to and how
    long the initiative was in the stage it left."""
    today = today or date.today()
    clean_note = clean_text(
        note, field="note", label="Toelichting", max_length=MAX_NOTE_LENGTH, multiline=True
    )
    with db.write() as session:
        initiative = initiative_or_gone(session, initiative_id)
        target = visible_stage(session, to_stage_id)
        current = session.get_one(Stage, initiative.stage_id)
        if current.id == target.id:
            return MoveResult(NOTHING, f"Het initiatief staat al in {target.name}.")
        if not confirm_open_checklist and target.position > current.position:
            open_items = tuple(
                item.text
                for item in checklist_state(session, initiative_id, current.id)
                if not item.done
            )
            if open_items:
                raise OpenChecklist(current.name, open_items)
        stayed = days_between(initiative.stage_since, today)
        now = utcnow()
        session.add(
            StageChange(
                initiative_id=initiative_id,
                from_stage_id=current.id,
                to_stage_id=target.id,
                changed_at=now,
                note=clean_note,
                changed_by_id=db.actor.user_id,
            )
        )
        initiative.stage_id = target.id
        initiative.stage_since = now
        message = f"Verplaatst naar {target.name}, na {_days(stayed)} in {current.name}."
    changes = Changes.of(Entity.INITIATIVE, initiative_id) | Changes.of(
        Entity.STAGE, current.id, target.id
    )
    return MoveResult(changes, message)

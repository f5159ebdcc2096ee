"""The initiatives an activity can belong to, for the agenda's drop-down: the ones still
running first (by title), then the ones that ended."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.initiatives import Initiative, Stage
from buurtdesk.services.access import coordinator_only


@dataclass(frozen=True)
class InitiativeChoice:
    initiative_id: int
    title: str
    stage: str


@coordinator_only
def list_initiatives(db: Database) -> list[InitiativeChoice]:
    with db.read() as session:
        rows = session.execute(
            select(Initiative.id, Initiative.title, Stage.name, Stage.is_closed)
            .join(Stage, Stage.id == Initiative.stage_id)
            .order_by(Stage.is_closed, Initiative.title, Initiative.id)
        ).all()
    return [
        InitiativeChoice(initiative_id, title, stage) for initiative_id, title, stage, _ in rows
    ]

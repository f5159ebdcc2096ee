"""The stages (columns) of the initiatives board: list, add, rename, reorder, close, remove.

Rules: names are unique without regard to capitals; at least one open stage stays; a stage
that still holds initiatives is only removed when they move to another stage (each move is
written to their history). A removed stage that history still names is archived: off the
board, but its name stays in every timeline. The checklist of a stage lives in
``stage_checklist`` and is handed on from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import BuurtdeskError, NotFound, ValidationError
from buurtdesk.domain.initiative_fields import clean_stage_name
from buurtdesk.domain.initiatives import (
    DEFAULT_CLOSED_STAGES,
    DEFAULT_STAGES,
    Initiative,
    Stage,
    StageChange,
)
from buurtdesk.domain.validation.text import fold
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.stage_checklist import (
    STAGE_GONE,
    ChecklistItemRow,
    SavedChecklistItem,
    add_checklist_item,
    checklist_items,
    delete_checklist_item,
    move_checklist_item,
    reorder,
    update_checklist_item,
)

__all__ = [
    "STAGE_GONE",
    "ChecklistItemRow",
    "SavedChecklistItem",
    "SavedStage",
    "StageNotEmpty",
    "StageRow",
    "add_checklist_item",
    "checklist_items",
    "create_stage",
    "delete_checklist_item",
    "delete_stage",
    "ensure_default_stages",
    "list_stages",
    "move_checklist_item",
    "move_stage",
    "rename_stage",
    "set_stage_closed",
    "update_checklist_item",
]

LAST_OPEN: Final = (
    "Er moet minstens één open fase blijven, anders kan geen initiatief meer verder. "
    "Maak eerst een andere fase open."
)


class StageNotEmpty(BuurtdeskError):
    """A stage with initiatives in it cannot go until they move elsewhere."""

    def __init__(self, stage_name: str, count: int) -> None:
        what = "staat nog 1 initiatief" if count == 1 else f"staan nog {count} initiatieven"
        super().__init__(
            f"In de fase {stage_name} {what}. Kies een andere fase om ze naartoe te "
            "verplaatsen; dan kan deze fase weg."
        )
        self.stage_name = stage_name
        self.count = count


@dataclass(frozen=True)
class StageRow:
    stage_id: int
    name: str
    position: int
    is_closed: bool
    count: int


@dataclass(frozen=True)
class SavedStage:
    stage_id: int
    changes: Changes


def board_stages(session: Session) -> list[Stage]:
    """The stages on the board, left to right."""
    return list(
        session.scalars(
            select(Stage).where(Stage.is_archived.is_(False)).order_by(Stage.position, Stage.id)
        )
    )


def ensure_stages(session: Session) -> None:
    """A new database gets the default board: Idee … Uitvoering open, Geborgd and Gestopt
    closed. A database that ever had stages is left as the coordinator made it."""
    if session.execute(select(func.count()).select_from(Stage)).scalar_one():
        return
    session.add_all(
        Stage(name=name, position=i, is_closed=name in DEFAULT_CLOSED_STAGES, is_archived=False)
        for i, name in enumerate(DEFAULT_STAGES)
    )
    session.flush()


def visible_stage(session: Session, stage_id: int) -> Stage:
    stage = session.get(Stage, stage_id)
    if stage is None or stage.is_archived:
        raise NotFound(STAGE_GONE)
    return stage


def _same_name(session: Session, name: str, except_id: int | None) -> Stage | None:
    key = fold(name)
    for stage in session.scalars(select(Stage)):
        if stage.id != except_id and fold(stage.name) == key:
            return stage
    return None


def _taken(name: str, other: Stage) -> ValidationError:
    if other.is_archived:
        return ValidationError(
            "name",
            f"Er was eerder een fase {other.name}; die naam staat nog in de geschiedenis "
            "van initiatieven. Kies een andere naam.",
        )
    return ValidationError("name", f"Er is al een fase {other.name}. Kies een andere naam.")


def _renumber(stages: list[Stage]) -> None:
    for number, stage in enumerate(stages):
        stage.position = number


def _stage_changes(*ids: int) -> Changes:
    return Changes.of(Entity.STAGE, *ids) | Changes.of(Entity.INITIATIVE)


@coordinator_only
def ensure_default_stages(db: Database) -> Changes:
    """Make the default stages when the database has none yet (the board calls this)."""
    with db.write() as session:
        had = session.execute(select(func.count()).select_from(Stage)).scalar_one()
        ensure_stages(session)
    return Changes() if had else Changes.of(Entity.STAGE)


@coordinator_only
def list_stages(db: Database) -> list[StageRow]:
    """The board's stages, left to right, with the number of initiatives in each."""
    with db.read() as session:
        counts = dict(
            session.execute(
                select(Initiative.stage_id, func.count()).group_by(Initiative.stage_id)
            ).all()
        )
        return [
            StageRow(s.id, s.name, s.position, s.is_closed, int(counts.get(s.id, 0)))
            for s in board_stages(session)
        ]


@coordinator_only
def create_stage(
    db: Database, name: str, *, after_stage_id: int | None = None, is_closed: bool = False
) -> SavedStage:
    """Add a stage after ``after_stage_id`` (at the end when None). A stage removed
    earlier under the same name comes back, with its history."""
    clean = clean_stage_name(name)
    with db.write() as session:
        ensure_stages(session)
        stages = board_stages(session)
        other = _same_name(session, clean, None)
        if other is not None and not other.is_archived:
            raise _taken(clean, other)
        if other is not None:
            stage = other
            stage.name, stage.is_archived, stage.is_closed = clean, False, is_closed
        else:
            stage = Stage(name=clean, position=len(stages), is_closed=is_closed, is_archived=False)
            session.add(stage)
            session.flush()
        index = len(stages)
        if after_stage_id is not None:
            index = next(
                (i + 1 for i, s in enumerate(stages) if s.id == after_stage_id), len(stages)
            )
        stages.insert(index, stage)
        _renumber(stages)
        return SavedStage(stage.id, _stage_changes(stage.id))


@coordinator_only
def rename_stage(db: Database, stage_id: int, name: str) -> Changes:
    clean = clean_stage_name(name)
    with db.write() as session:
        stage = visible_stage(session, stage_id)
        other = _same_name(session, clean, stage_id)
        if other is not None:
            raise _taken(clean, other)
        stage.name = clean
    return _stage_changes(stage_id)


@coordinator_only
def move_stage(db: Database, stage_id: int, position: int) -> Changes:
    """Put a stage at ``position`` on the board (0 is the left-most column)."""
    with db.write() as session:
        stage = visible_stage(session, stage_id)
        _renumber(reorder(board_stages(session), stage, position))
    return Changes.of(Entity.STAGE)


def _other_open(session: Session, stage_id: int) -> int:
    return int(
        session.execute(
            select(func.count())
            .select_from(Stage)
            .where(Stage.id != stage_id, Stage.is_closed.is_(False), Stage.is_archived.is_(False))
        ).scalar_one()
    )


@coordinator_only
def set_stage_closed(db: Database, stage_id: int, is_closed: bool) -> Changes:
    """Mark a stage as an end (Geborgd, Gestopt) or as open work."""
    with db.write() as session:
        stage = visible_stage(session, stage_id)
        if is_closed and not stage.is_closed and not _other_open(session, stage_id):
            raise ValidationError("is_closed", LAST_OPEN)
        stage.is_closed = is_closed
    return _stage_changes(stage_id)


@coordinator_only
def delete_stage(db: Database, stage_id: int, *, move_to_stage_id: int | None = None) -> Changes:
    """Remove a stage. Its initiatives move to ``move_to_stage_id`` first (written to their
    history); without it, a stage that holds initiatives raises ``StageNotEmpty``."""
    with db.write() as session:
        stage = visible_stage(session, stage_id)
        if not stage.is_closed and not _other_open(session, stage_id):
            raise ValidationError("stage", LAST_OPEN)
        ids = list(session.scalars(select(Initiative.id).where(Initiative.stage_id == stage_id)))
        if ids:
            if move_to_stage_id is None:
                raise StageNotEmpty(stage.name, len(ids))
            if move_to_stage_id == stage_id:
                raise ValidationError(
                    "move_to_stage_id", "Kies een andere fase dan de fase die weg gaat."
                )
            target = visible_stage(session, move_to_stage_id)
            _move_all(session, db, ids, stage, target)
        used = session.execute(
            select(func.count())
            .select_from(StageChange)
            .where((StageChange.to_stage_id == stage_id) | (StageChange.from_stage_id == stage_id))
        ).scalar_one()
        if used:
            stage.is_archived = True
        else:
            session.delete(stage)
        session.flush()
        _renumber(board_stages(session))
    return _stage_changes(stage_id) | Changes.of(Entity.INITIATIVE, *ids)


def _move_all(session: Session, db: Database, ids: list[int], stage: Stage, target: Stage) -> None:
    now = utcnow()
    session.add_all(
        StageChange(
            initiative_id=initiative_id,
            from_stage_id=stage.id,
            to_stage_id=target.id,
            changed_at=now,
            note=f"Fase {stage.name} opgeheven; verplaatst naar {target.name}.",
            changed_by_id=db.actor.user_id,
        )
        for initiative_id in ids
    )
    session.execute(
        update(Initiative)
        .where(Initiative.id.in_(ids))
        .values(stage_id=target.id, stage_since=now, updated_at=now)
    )
    session.flush()

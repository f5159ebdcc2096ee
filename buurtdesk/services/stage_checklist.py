"""The checklist of a stage: the coordinator's local rules, ticked off per initiative.

An item belongs to one stage and has a place in its list; answers per initiative are
kept in ``ChecklistAnswer`` (see ``initiatives_needs.answer_checklist``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.initiative_fields import clean_checklist_text
from buurtdesk.domain.initiatives import ChecklistItem, Stage
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity

STAGE_GONE: Final = (
    "Deze fase bestaat niet meer. Misschien is ze op een andere computer verwijderd."
)
ITEM_GONE: Final = "Dit punt van de checklist bestaat niet meer."

T = TypeVar("T")


@dataclass(frozen=True)
class ChecklistItemRow:
    item_id: int
    stage_id: int
    text: str
    position: int


@dataclass(frozen=True)
class SavedChecklistItem:
    item_id: int
    changes: Changes


def reorder(items: Sequence[T], moved: T, position: int) -> list[T]:
    """``items`` with ``moved`` put at ``position`` (0 is first, past the end is last)."""
    ordered = [item for item in items if item is not moved]
    index = max(0, min(position, len(ordered)))
    ordered.insert(index, moved)
    return ordered


def _items(session: Session, stage_id: int) -> list[ChecklistItem]:
    return list(
        session.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.stage_id == stage_id)
            .order_by(ChecklistItem.position, ChecklistItem.id)
        )
    )


def _item(session: Session, item_id: int) -> ChecklistItem:
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFound(ITEM_GONE)
    return item


def _changes(item_id: int, stage_id: int) -> Changes:
    return Changes.of(Entity.CHECKLIST, item_id) | Changes.of(Entity.STAGE, stage_id)


@coordinator_only
def checklist_items(db: Database, stage_id: int) -> list[ChecklistItemRow]:
    with db.read() as session:
        return [
            ChecklistItemRow(i.id, i.stage_id, i.text, i.position)
            for i in _items(session, stage_id)
        ]


@coordinator_only
def add_checklist_item(db: Database, stage_id: int, text: str) -> SavedChecklistItem:
    """Add a rule at the end of the stage's checklist."""
    clean = clean_checklist_text(text)
    with db.write() as session:
        stage = session.get(Stage, stage_id)
        if stage is None or stage.is_archived:
            raise NotFound(STAGE_GONE)
        last = session.execute(
            select(func.max(ChecklistItem.position)).where(ChecklistItem.stage_id == stage_id)
        ).scalar_one()
        item = ChecklistItem(stage_id=stage_id, text=clean, position=(last or 0) + 1)
        session.add(item)
        session.flush()
        return SavedChecklistItem(item.id, _changes(item.id, stage_id))


@coordinator_only
def update_checklist_item(db: Database, item_id: int, text: str) -> Changes:
    clean = clean_checklist_text(text)
    with db.write() as session:
        item = _item(session, item_id)
        item.text = clean
        return _changes(item_id, item.stage_id)


@coordinator_only
def delete_checklist_item(db: Database, item_id: int) -> Changes:
    """Remove a rule; the answers given to it go with it."""
    with db.write() as session:
        item = _item(session, item_id)
        stage_id = item.stage_id
        session.delete(item)
        session.flush()
        for number, other in enumerate(_items(session, stage_id)):
            other.position = number
        return _changes(item_id, stage_id)


@coordinator_only
def move_checklist_item(db: Database, item_id: int, position: int) -> Changes:
    """Put a rule at ``position`` in its stage's list (0 is first)."""
    with db.write() as session:
        item = _item(session, item_id)
        for number, other in enumerate(reorder(_items(session, item.stage_id), item, position)):
            other.position = number
        return _changes(item_id, item.stage_id)

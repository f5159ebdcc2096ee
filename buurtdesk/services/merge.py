"""Merge two records of one person into one, in one transaction, losing no link.

The kept person keeps its own values; its empty fields are filled from the removed one and
the notes are joined. Every row that points at the removed person is moved to the kept one.
Where the kept person already has the same link (both on one contact moment, both signed up
for one date) the two are combined into one. Which tables point at a person is read from
the schema, and a merge refuses to run while a table is not handled here, so a table added
later can never lose its rows to the cascade.

The parts: ``merge_links`` (the rule per table that moves links), ``merge_fields`` (the
kept person's own fields); this module checks, runs and reports a merge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.db.person_order import rank_for
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import BuurtdeskError, NotFound, ValidationError, ValidationErrors
from buurtdesk.domain.models import metadata
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.merge_fields import merged_fields, merged_search_text
from buurtdesk.services.merge_links import MOVERS, Mover

__all__ = [
    "PERSON_TABLE",
    "MergeResult",
    "MovedLinks",
    "Mover",
    "UnhandledReference",
    "count_links",
    "merge_people",
    "person_references",
    "preview_merge",
    "unhandled_references",
]

PERSON_TABLE: Final = "person"


@dataclass(frozen=True)
class MovedLinks:
    """Rows of one kind moved to the kept person; ``combined`` were already there and were
    joined with the kept person's own. ``label`` names the kind in Dutch ("contactmomenten")."""

    table: str
    label: str
    moved: int
    combined: int


@dataclass(frozen=True)
class MergeResult:
    kept_person_id: int
    removed_person_id: int
    list_name: str
    moved: tuple[MovedLinks, ...]
    filled_fields: tuple[str, ...]
    summary: str
    changes: Changes

    @property
    def moved_count(self) -> int:
        return sum(m.moved for m in self.moved)


class UnhandledReference(BuurtdeskError):
    """A table points at person.id and the merge does not know how to move its rows."""


# --- what points at a person -----------------------------------------------------------


def person_references() -> set[tuple[str, str]]:
    """Every (table, column) with a foreign key to person.id, read from the schema."""
    return {
        (table.name, fk.parent.name)
        for table in metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == PERSON_TABLE and fk.column.name == "id"
    }


def unhandled_references() -> set[tuple[str, str]]:
    handled = {
        (table, column)
        for table, (columns, _labels, _mover) in MOVERS.items()
        for column in columns
    }
    return person_references() - handled


# --- the merge -------------------------------------------------------------------------


def _counted(count: int, labels: tuple[str, str]) -> str:
    return f"{count} {labels[0] if count == 1 else labels[1]}"


def _summary(moved: list[MovedLinks], labels: dict[str, tuple[str, str]]) -> str:
    moves = [_counted(m.moved, labels[m.table]) for m in moved if m.moved]
    combined = sum(m.combined for m in moved)
    text = f"{', '.join(moves)} verplaatst" if moves else "Geen koppelingen verplaatst"
    if combined:
        text += (
            f"; {combined} dubbele {'koppeling' if combined == 1 else 'koppelingen'} samengevoegd"
        )
    return text


def _merge(session: Session, keep_id: int, remove_id: int, user_id: int | None) -> MergeResult:
    missing = unhandled_references()
    if missing:
        names = ", ".join(f"{t}.{c}" for t, c in sorted(missing))
        raise UnhandledReference(
            f"Samenvoegen kan niet: deze versie weet niet hoe {names} mee moet. "
            "Er is niets veranderd."
        )
    person = metadata.tables[PERSON_TABLE]
    kept = session.execute(select(person).where(person.c.id == keep_id)).first()
    removed = session.execute(select(person).where(person.c.id == remove_id)).first()
    if kept is None or removed is None:
        raise NotFound(
            "Een van beide personen bestaat niet meer. Misschien is hij al samengevoegd."
        )

    moved: list[MovedLinks] = []
    labels = {table: spec[1] for table, spec in MOVERS.items()}
    for table, (_columns, label, mover) in MOVERS.items():
        tally = mover(session, keep_id, remove_id)
        moved.append(MovedLinks(table, label[1], tally.moved, tally.combined))

    values, filled = merged_fields(kept, removed)
    session.execute(delete(person).where(person.c.id == remove_id))

    new = {**kept._asdict(), **values}
    name = PersonName(new["voornaam"], new["tussenvoegsel"], new["achternaam"])
    if name.sort_key != kept.sort_key:
        values["sort_key"] = name.sort_key
        values["search_rank"] = rank_for(session, name.sort_key, keep_id)
    search_text = merged_search_text(session, new, keep_id)
    if search_text != kept.search_text:
        values["search_text"] = search_text
    values["updated_at"] = utcnow()
    session.execute(update(person).where(person.c.id == keep_id).values(**values))

    summary = _summary(moved, labels)
    audit.record(
        session,
        action="samengevoegd",
        entity="person",
        entity_id=keep_id,
        user_id=user_id,
        detail=f"persoon {remove_id} opgenomen; {summary}",
    )
    audit.record(
        session,
        action="verwijderd (samengevoegd)",
        entity="person",
        entity_id=remove_id,
        user_id=user_id,
        detail=f"opgenomen in persoon {keep_id}",
    )
    changes = (
        Changes.of(Entity.PERSON, keep_id, remove_id)
        | Changes.of(Entity.MEMBERSHIP)
        | Changes.of(Entity.RELATIONSHIP)
        | Changes.of(Entity.CONTACT_MOMENT)
        | Changes.of(Entity.TAG)
    )
    return MergeResult(
        kept_person_id=keep_id,
        removed_person_id=remove_id,
        list_name=name.list_name,
        moved=tuple(moved),
        filled_fields=tuple(filled),
        summary=summary,
        changes=changes,
    )


def _check_ids(keep_id: int, remove_id: int) -> None:
    if keep_id == remove_id:
        raise ValidationErrors(
            [ValidationError("remove_id", "Kies twee verschillende personen om samen te voegen.")]
        )


@coordinator_only
def merge_people(
    db: Database, keep_id: int, remove_id: int, *, user_id: int | None = None
) -> MergeResult:
    """Merge ``remove_id`` into ``keep_id`` and delete ``remove_id``; all or nothing."""
    _check_ids(keep_id, remove_id)
    with db.write() as session:
        return _merge(session, keep_id, remove_id, user_id)


class _Rollback(Exception):
    def __init__(self, result: MergeResult) -> None:
        super().__init__()
        self.result = result


@coordinator_only
def preview_merge(db: Database, keep_id: int, remove_id: int) -> MergeResult:
    """What ``merge_people`` would do, for the "are you sure" question; nothing is saved."""
    _check_ids(keep_id, remove_id)
    try:
        with db.write() as session:
            raise _Rollback(_merge(session, keep_id, remove_id, None))
    except _Rollback as done:
        return done.result


@coordinator_only
def count_links(db: Database, person_id: int) -> dict[str, int]:
    """Rows pointing at a person, per table (for tests and the merge dialog)."""
    counts: dict[str, int] = {}
    with db.read() as session:
        for table_name, column in sorted(person_references()):
            table = metadata.tables[table_name]
            n = session.execute(
                select(func.count()).select_from(table).where(table.c[column] == person_id)
            ).scalar_one()
            counts[table_name] = counts.get(table_name, 0) + int(n)
    return counts

"""Small builders for the initiative tests: stages by name, people, initiatives with a
history written row by row with explicit dates (so the day counts can be checked by hand)."""

from __future__ import annotations

from datetime import date, datetime

from buurtdesk.db.engine import Database
from buurtdesk.domain.initiatives import Initiative, StageChange
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import people, stages
from buurtdesk.services.initiatives import InitiativeInput, create_initiative


def stage_ids(db: Database) -> dict[str, int]:
    """The default board (made on first use), by stage name."""
    stages.ensure_default_stages(db)
    return {row.name: row.stage_id for row in stages.list_stages(db)}


def person(db: Database, voornaam: str, achternaam: str, tussenvoegsel: str = "") -> int:
    data = PersonInput(voornaam=voornaam, tussenvoegsel=tussenvoegsel, achternaam=achternaam)
    return people.create_person(db, data).person_id


def initiative(db: Database, title: str, **fields: object) -> int:
    stage_id = fields.pop("stage_id", None)
    data = InitiativeInput(title=title, **fields)  # type: ignore[arg-type]
    return create_initiative(db, data, stage_id=stage_id).id  # type: ignore[arg-type]


def with_history(
    db: Database, title: str, moves: list[tuple[str, datetime]], *, due: date | None = None
) -> int:
    """An initiative whose stage changes are exactly ``moves`` (stage name, moment)."""
    ids = stage_ids(db)
    with db.write() as session:
        item = Initiative(
            title=title,
            stage_id=ids[moves[-1][0]],
            stage_since=moves[-1][1],
            next_step="Volgende stap",
            next_step_due=due,
            created_at=moves[0][1],
            updated_at=moves[-1][1],
        )
        session.add(item)
        session.flush()
        previous: int | None = None
        for name, at in moves:
            session.add(
                StageChange(
                    initiative_id=item.id,
                    from_stage_id=previous,
                    to_stage_id=ids[name],
                    changed_at=at,
                    note=f"naar {name}",
                )
            )
            previous = ids[name]
        return item.id

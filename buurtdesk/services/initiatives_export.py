"""What ``buurtdesk export initiatives`` writes: one row per initiative, and the stage
history (every move with the days spent in the stage it left). One query per table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt
from buurtdesk.domain.initiatives import (
    Initiative,
    InitiativeNeed,
    InitiativeOrganisation,
    InitiativePerson,
    InitiativeTheme,
    NeedStatus,
    Stage,
    StageChange,
)
from buurtdesk.domain.network import Organisation, Person
from buurtdesk.domain.themes import Theme
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.services.access import coordinator_only

INITIATOR_ROLE = "initiatiefnemer"


@dataclass(frozen=True)
class InitiativeExportRow:
    initiative_id: int
    title: str
    stage: str
    since: date
    days_in_stage: int
    initiators: str  # "Fatima El Amrani, Jan de Vries"
    partners: str
    themes: str
    buurt: str
    next_step: str
    next_step_due: date | None
    budget_asked_cents: int
    budget_granted_cents: int
    fund: str
    spent_cents: int
    receipts_received: bool
    open_needs: str  # "vrijwilligers: iemand die kan koken; plek"
    outcome: str
    lessons: str


@dataclass(frozen=True)
class StageHistoryRow:
    initiative_id: int
    initiative: str
    from_stage: str  # "" for the first stage
    to_stage: str
    changed_on: date
    days_in_previous: int | None  # None when there was no stage before
    note: str


@dataclass(frozen=True)
class InitiativesExport:
    initiatives: tuple[InitiativeExportRow, ...]
    history: tuple[StageHistoryRow, ...]


def _day(moment: datetime | date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


@coordinator_only
def rows(db: Database, *, today: date | None = None) -> InitiativesExport:
    """All initiatives in board order (stage, then title) and their history, oldest move
    first per initiative. Days are calendar days between the dates of two moves."""
    day = today or date.today()
    with db.read() as session:
        initiatives = session.execute(
            select(Initiative, Stage.name, Buurt.name)
            .join(Stage, Stage.id == Initiative.stage_id)
            .outerjoin(Buurt, Buurt.id == Initiative.buurt_id)
            .order_by(Stage.position, Stage.id, Initiative.title, Initiative.id)
        ).all()
        people: dict[int, list[str]] = defaultdict(list)
        for initiative_id, voornaam, tussenvoegsel, achternaam in session.execute(
            select(
                InitiativePerson.initiative_id,
                Person.voornaam,
                Person.tussenvoegsel,
                Person.achternaam,
            )
            .join(Person, Person.id == InitiativePerson.person_id)
            .where(InitiativePerson.role == INITIATOR_ROLE)
            .order_by(Person.sort_key, Person.id)
        ):
            people[initiative_id].append(PersonName(voornaam, tussenvoegsel, achternaam).full_name)
        partners = _names(
            session.execute(
                select(InitiativeOrganisation.initiative_id, Organisation.name)
                .join(Organisation, Organisation.id == InitiativeOrganisation.organisation_id)
                .order_by(Organisation.sort_key, Organisation.id)
            ).all()
        )
        themes = _names(
            session.execute(
                select(InitiativeTheme.initiative_id, Theme.name)
                .join(Theme, Theme.id == InitiativeTheme.theme_id)
                .order_by(Theme.name)
            ).all()
        )
        needs: dict[int, list[str]] = defaultdict(list)
        for initiative_id, kind, description in session.execute(
            select(InitiativeNeed.initiative_id, InitiativeNeed.kind, InitiativeNeed.description)
            .where(InitiativeNeed.status != NeedStatus.MET.value)
            .order_by(InitiativeNeed.id)
        ):
            needs[initiative_id].append(f"{kind}: {description}" if description else kind)
        history = _history(session, {i.id: i for i, _stage, _buurt in initiatives})
        export_rows = tuple(
            InitiativeExportRow(
                initiative_id=i.id,
                title=i.title,
                stage=stage,
                since=_day(i.stage_since),
                days_in_stage=max(0, (day - _day(i.stage_since)).days),
                initiators=", ".join(people[i.id]),
                partners=", ".join(partners[i.id]),
                themes=", ".join(themes[i.id]),
                buurt=buurt or "",
                next_step=i.next_step,
                next_step_due=i.next_step_due,
                budget_asked_cents=i.budget_asked_cents,
                budget_granted_cents=i.budget_granted_cents,
                fund=i.fund,
                spent_cents=i.spent_cents,
                receipts_received=i.receipts_received,
                open_needs="; ".join(needs[i.id]),
                outcome=i.outcome,
                lessons=i.lessons,
            )
            for i, stage, buurt in initiatives
        )
    order = {row.initiative_id: index for index, row in enumerate(export_rows)}
    return InitiativesExport(
        export_rows, tuple(sorted(history, key=lambda r: order[r.initiative_id]))
    )


def _names(pairs: Iterable[Any]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for initiative_id, name in pairs:
        found[initiative_id].append(name)
    return found


def _history(session: Session, initiatives: dict[int, Initiative]) -> list[StageHistoryRow]:
    """Every move; the days in the previous stage count from the move before it, or from
    the initiative's creation when the first recorded move already left a stage."""
    from_stage, to_stage = aliased(Stage), aliased(Stage)
    rows_found = session.execute(
        select(StageChange, from_stage.name, to_stage.name)
        .outerjoin(from_stage, from_stage.id == StageChange.from_stage_id)
        .join(to_stage, to_stage.id == StageChange.to_stage_id)
        .order_by(StageChange.initiative_id, StageChange.changed_at, StageChange.id)
    ).all()
    history: list[StageHistoryRow] = []
    entered: dict[int, date] = {}
    for change, from_name, to_name in rows_found:
        initiative = initiatives.get(change.initiative_id)
        if initiative is None:
            continue
        on = _day(change.changed_at)
        start = entered.get(change.initiative_id)
        if start is None and change.from_stage_id is not None:
            start = _day(initiative.created_at)
        history.append(
            StageHistoryRow(
                initiative_id=change.initiative_id,
                initiative=initiative.title,
                from_stage=from_name or "",
                to_stage=to_name,
                changed_on=on,
                days_in_previous=None if start is None else max(0, (on - start).days),
                note=change.note,
            )
        )
        entered[change.initiative_id] = on
    return history

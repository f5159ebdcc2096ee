"""Residents' initiatives: add, change, read and remove one; one transaction each.

This is the module the window imports: it also hands on what its parts hold, so every
name is found here. ``initiatives_move`` moves an initiative on the board,
``initiatives_needs`` keeps needs, checklist answers and the support log,
``initiatives_board`` reads the board and the stalled list, ``initiatives_history`` the
timeline and the time spent per stage.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.initiative_fields import (
    InitiativeInput,
    ValidInitiative,
    input_money,
    validate_initiative,
)
from buurtdesk.domain.initiatives import (
    Initiative,
    InitiativeOrganisation,
    InitiativePerson,
    InitiativeTheme,
    Stage,
    StageChange,
)
from buurtdesk.domain.network import Organisation, Person
from buurtdesk.domain.themes import Theme
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.initiatives_board import (
    BoardQuery,
    CardRow,
    board,
    stalled,
)
from buurtdesk.services.initiatives_common import (
    GONE,
    INITIATOR,
    ChecklistState,
    checklist_state,
    days_between,
    initiative_or_gone,
    initiator_names,
    partner_names,
    theme_names,
)
from buurtdesk.services.initiatives_history import (
    StageStats,
    TimelineRow,
    time_in_stage,
    timeline,
)
from buurtdesk.services.initiatives_move import MoveResult, OpenChecklist, move_initiative
from buurtdesk.services.initiatives_needs import (
    NeedRow,
    NeedStatusRow,
    SavedNeed,
    SupportRow,
    add_need,
    answer_checklist,
    delete_need,
    needs_of,
    set_need_status,
    support_log,
)
from buurtdesk.services.stages import board_stages, ensure_stages, visible_stage

__all__ = [
    "GONE",
    "BoardQuery",
    "CardRow",
    "ChecklistState",
    "InitiativeDetail",
    "InitiativeInput",
    "MoveResult",
    "NeedRow",
    "NeedStatusRow",
    "OpenChecklist",
    "Saved",
    "SavedNeed",
    "StageStats",
    "SupportRow",
    "TimelineRow",
    "add_need",
    "answer_checklist",
    "board",
    "create_initiative",
    "delete_initiative",
    "delete_need",
    "get_initiative",
    "move_initiative",
    "needs_of",
    "set_need_status",
    "stalled",
    "support_log",
    "time_in_stage",
    "timeline",
    "update_initiative",
]


@dataclass(frozen=True)
class Saved:
    id: int
    changes: Changes


@dataclass(frozen=True)
class InitiativeDetail:
    """Everything the initiative's page shows, as plain values. ``data`` is what the form
    edits (amounts and the due date as text, the Dutch way)."""

    initiative_id: int
    data: InitiativeInput
    stage_id: int
    stage: str
    stage_is_closed: bool
    stage_since: datetime
    days_in_stage: int
    area: str
    themes: tuple[str, ...]
    initiators: tuple[str, ...]
    partners: tuple[str, ...]
    open_needs: tuple[NeedRow, ...]
    checklist: tuple[ChecklistState, ...]
    created_at: datetime


def _check_links(session: Session, valid: ValidInitiative) -> None:
    """Everything chosen must still exist (another PC may just have removed it)."""
    for model, ids, message in (
        (Theme, valid.theme_ids, "Een van de gekozen thema's bestaat niet meer."),
        (
            Person,
            valid.initiator_person_ids,
            "Een van de gekozen initiatiefnemers bestaat niet meer.",
        ),
        (
            Organisation,
            valid.partner_organisation_ids,
            "Een van de gekozen partnerorganisaties bestaat niet meer.",
        ),
    ):
        if ids:
            found = session.execute(
                select(func.count()).select_from(model).where(model.id.in_(ids))
            ).scalar_one()
            if found != len(ids):
                raise NotFound(message)
    if valid.buurt_id is not None and session.get(Buurt, valid.buurt_id) is None:
        raise NotFound("De gekozen buurt bestaat niet meer.")


def _apply(session: Session, initiative: Initiative, valid: ValidInitiative) -> None:
    initiative.title = valid.title
    initiative.description = valid.description
    initiative.buurt_id = valid.buurt_id
    initiative.next_step = valid.next_step
    initiative.next_step_due = valid.next_step_due
    initiative.budget_asked_cents = valid.budget_asked_cents
    initiative.budget_granted_cents = valid.budget_granted_cents
    initiative.fund = valid.fund
    initiative.spent_cents = valid.spent_cents
    initiative.receipts_received = valid.receipts_received
    initiative.outcome = valid.outcome
    initiative.lessons = valid.lessons
    session.flush()
    session.execute(delete(InitiativeTheme).where(InitiativeTheme.initiative_id == initiative.id))
    session.add_all(
        InitiativeTheme(initiative_id=initiative.id, theme_id=t) for t in valid.theme_ids
    )
    session.execute(
        delete(InitiativeOrganisation).where(InitiativeOrganisation.initiative_id == initiative.id)
    )
    session.add_all(
        InitiativeOrganisation(initiative_id=initiative.id, organisation_id=o)
        for o in valid.partner_organisation_ids
    )
    _set_initiators(session, initiative.id, valid.initiator_person_ids)
    session.flush()


def _set_initiators(session: Session, initiative_id: int, person_ids: tuple[int, ...]) -> None:
    """The initiators are the chosen people; others involved (meedenker, vrijwilliger) stay."""
    existing = {
        link.person_id: link
        for link in session.scalars(
            select(InitiativePerson).where(InitiativePerson.initiative_id == initiative_id)
        )
    }
    for person_id, link in existing.items():
        if link.role == INITIATOR and person_id not in person_ids:
            session.delete(link)
    for person_id in person_ids:
        if person_id in existing:
            existing[person_id].role = INITIATOR
        else:
            session.add(
                InitiativePerson(initiative_id=initiative_id, person_id=person_id, role=INITIATOR)
            )


@coordinator_only
def create_initiative(db: Database, data: InitiativeInput, *, stage_id: int | None = None) -> Saved:
    """Validate and add an initiative in ``stage_id`` (the first open stage when None);
    its history starts with that stage. Raises ``ValidationErrors``; nothing is written then."""
    valid = validate_initiative(data)
    with db.write() as session:
        ensure_stages(session)
        _check_links(session, valid)
        if stage_id is None:
            stage_id = _first_open_stage(session)
        else:
            visible_stage(session, stage_id)
        now = utcnow()
        initiative = Initiative(
            title=valid.title, stage_id=stage_id, stage_since=now, created_at=now, updated_at=now
        )
        session.add(initiative)
        session.flush()
        _apply(session, initiative, valid)
        session.add(
            StageChange(
                initiative_id=initiative.id,
                from_stage_id=None,
                to_stage_id=stage_id,
                changed_at=now,
                note="",
                changed_by_id=db.actor.user_id,
            )
        )
        audit.record(
            session,
            action="toegevoegd",
            entity="initiative",
            entity_id=initiative.id,
            user_id=db.actor.user_id,
        )
        return Saved(initiative.id, Changes.of(Entity.INITIATIVE, initiative.id))


def _first_open_stage(session: Session) -> int:
    stages = board_stages(session)
    for stage in stages:
        if not stage.is_closed:
            return stage.id
    return stages[0].id


@coordinator_only
def update_initiative(db: Database, initiative_id: int, data: InitiativeInput) -> Saved:
    """Save the form; the stage changes only by moving (``move_initiative``)."""
    valid = validate_initiative(data)
    with db.write() as session:
        initiative = initiative_or_gone(session, initiative_id)
        _check_links(session, valid)
        _apply(session, initiative, valid)
        audit.record(
            session,
            action="gewijzigd",
            entity="initiative",
            entity_id=initiative_id,
            user_id=db.actor.user_id,
        )
    return Saved(initiative_id, Changes.of(Entity.INITIATIVE, initiative_id))


@coordinator_only
def delete_initiative(db: Database, initiative_id: int) -> Changes:
    """Remove an initiative with its history, needs and answers. Its contact moments and
    activities stay, no longer linked to it."""
    with db.write() as session:
        session.delete(initiative_or_gone(session, initiative_id))
        audit.record(
            session,
            action="verwijderd",
            entity="initiative",
            entity_id=initiative_id,
            user_id=db.actor.user_id,
        )
    return (
        Changes.of(Entity.INITIATIVE, initiative_id)
        | Changes.of(Entity.CONTACT_MOMENT)
        | Changes.of(Entity.ACTIVITY)
    )


def _input_of(session: Session, initiative: Initiative) -> InitiativeInput:
    themes = select(InitiativeTheme.theme_id).where(InitiativeTheme.initiative_id == initiative.id)
    people = select(InitiativePerson.person_id).where(
        InitiativePerson.initiative_id == initiative.id, InitiativePerson.role == INITIATOR
    )
    partners = select(InitiativeOrganisation.organisation_id).where(
        InitiativeOrganisation.initiative_id == initiative.id
    )
    return InitiativeInput(
        title=initiative.title,
        description=initiative.description,
        buurt_id=initiative.buurt_id,
        theme_ids=tuple(session.scalars(themes)),
        initiator_person_ids=tuple(session.scalars(people)),
        partner_organisation_ids=tuple(session.scalars(partners)),
        next_step=initiative.next_step,
        next_step_due=_dutch_date(initiative.next_step_due),
        budget_asked=input_money(initiative.budget_asked_cents),
        budget_granted=input_money(initiative.budget_granted_cents),
        fund=initiative.fund,
        spent=input_money(initiative.spent_cents),
        receipts_received=initiative.receipts_received,
        outcome=initiative.outcome,
        lessons=initiative.lessons,
    )


def _dutch_date(day: date | None) -> str:
    return "" if day is None else f"{day.day:02d}-{day.month:02d}-{day.year}"


@coordinator_only
def get_initiative(
    db: Database, initiative_id: int, *, today: date | None = None
) -> InitiativeDetail:
    today = today or date.today()
    with db.read() as session:
        initiative = initiative_or_gone(session, initiative_id)
        stage = session.get_one(Stage, initiative.stage_id)
        area = ""
        if initiative.buurt_id is not None:
            area = session.get_one(Buurt, initiative.buurt_id).name
        ids = [initiative_id]
        data = _input_of(session, initiative)
        checklist = checklist_state(session, initiative_id, initiative.stage_id)
        detail_parts = (
            theme_names(session, ids)[initiative_id],
            initiator_names(session, ids)[initiative_id],
            partner_names(session, ids)[initiative_id],
        )
        detail = InitiativeDetail(
            initiative_id=initiative_id,
            data=data,
            stage_id=stage.id,
            stage=stage.name,
            stage_is_closed=stage.is_closed,
            stage_since=initiative.stage_since,
            days_in_stage=days_between(initiative.stage_since, today),
            area=area,
            themes=tuple(detail_parts[0]),
            initiators=tuple(detail_parts[1]),
            partners=tuple(detail_parts[2]),
            open_needs=(),
            checklist=tuple(checklist),
            created_at=initiative.created_at,
        )
    needs = tuple(n for n in needs_of(db, initiative_id) if n.is_open)
    return replace(detail, open_needs=needs)

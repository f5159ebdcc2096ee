"""What the initiative services share: the "gone" message, and the names, needs and
checklist state of many initiatives at once, one query per table (never one per card)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.initiative_fields import need_kind_label
from buurtdesk.domain.initiatives import (
    ChecklistAnswer,
    ChecklistItem,
    Initiative,
    InitiativeNeed,
    InitiativeOrganisation,
    InitiativePerson,
    InitiativeTheme,
    NeedStatus,
)
from buurtdesk.domain.network import Organisation, Person
from buurtdesk.domain.themes import Theme
from buurtdesk.domain.validation.names import PersonName

GONE: Final = (
    "Dit initiatief bestaat niet meer. Misschien is het op een andere computer verwijderd."
)
INITIATOR: Final = "initiatiefnemer"

IdSource = Select[Any] | list[int]


@dataclass(frozen=True)
class ChecklistState:
    """One rule of the current stage and how it stands for this initiative."""

    item_id: int
    text: str
    done: bool
    note: str
    recorded_at: datetime | None


def initiative_or_gone(session: Session, initiative_id: int) -> Initiative:
    initiative = session.get(Initiative, initiative_id)
    if initiative is None:
        raise NotFound(GONE)
    return initiative


def days_between(start: datetime | date, today: date) -> int:
    """Whole calendar days from ``start``'s date to ``today`` (0 on the same day)."""
    day = start.date() if isinstance(start, datetime) else start
    return max(0, (today - day).days)


def initiator_names(session: Session, ids: IdSource) -> dict[int, list[str]]:
    """Full names of each initiative's initiators, in list order ("Jan de Vries")."""
    names: dict[int, list[str]] = defaultdict(list)
    for row in session.execute(
        select(
            InitiativePerson.initiative_id,
            Person.voornaam,
            Person.tussenvoegsel,
            Person.achternaam,
        )
        .join(Person, Person.id == InitiativePerson.person_id)
        .where(InitiativePerson.initiative_id.in_(ids), InitiativePerson.role == INITIATOR)
        .order_by(Person.sort_key, Person.id)
    ):
        name = PersonName(row.voornaam, row.tussenvoegsel, row.achternaam).full_name
        names[row.initiative_id].append(name)
    return names


def theme_names(session: Session, ids: IdSource) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    for initiative_id, name in session.execute(
        select(InitiativeTheme.initiative_id, Theme.name)
        .join(Theme, Theme.id == InitiativeTheme.theme_id)
        .where(InitiativeTheme.initiative_id.in_(ids))
        .order_by(Theme.name)
    ):
        names[initiative_id].append(name)
    return names


def partner_names(session: Session, ids: IdSource) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    for initiative_id, name in session.execute(
        select(InitiativeOrganisation.initiative_id, Organisation.name)
        .join(Organisation, Organisation.id == InitiativeOrganisation.organisation_id)
        .where(InitiativeOrganisation.initiative_id.in_(ids))
        .order_by(Organisation.sort_key, Organisation.id)
    ):
        names[initiative_id].append(name)
    return names


def open_need_labels(session: Session, ids: IdSource) -> dict[int, list[str]]:
    """The kinds of each initiative's needs that are not yet met ("Vrijwilligers")."""
    labels: dict[int, list[str]] = defaultdict(list)
    for initiative_id, kind in session.execute(
        select(InitiativeNeed.initiative_id, InitiativeNeed.kind)
        .where(
            InitiativeNeed.initiative_id.in_(ids),
            InitiativeNeed.status != NeedStatus.MET.value,
        )
        .order_by(InitiativeNeed.id)
    ):
        label = need_kind_label(kind)
        if label not in labels[initiative_id]:
            labels[initiative_id].append(label)
    return labels


def checklist_state(session: Session, initiative_id: int, stage_id: int) -> list[ChecklistState]:
    """The current stage's rules with the newest answer for this initiative (open if none)."""
    newest = (
        select(ChecklistAnswer.item_id, func.max(ChecklistAnswer.id).label("answer_id"))
        .where(ChecklistAnswer.initiative_id == initiative_id)
        .group_by(ChecklistAnswer.item_id)
        .subquery()
    )
    rows = session.execute(
        select(
            ChecklistItem.id,
            ChecklistItem.text,
            ChecklistAnswer.done,
            ChecklistAnswer.note,
            ChecklistAnswer.recorded_at,
        )
        .outerjoin(newest, newest.c.item_id == ChecklistItem.id)
        .outerjoin(ChecklistAnswer, ChecklistAnswer.id == newest.c.answer_id)
        .where(ChecklistItem.stage_id == stage_id)
        .order_by(ChecklistItem.position, ChecklistItem.id)
    ).all()
    return [ChecklistState(r.id, r.text, bool(r.done), r.note or "", r.recorded_at) for r in rows]

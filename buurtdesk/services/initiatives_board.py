"""The board: every initiative as a card, and the stalled ones for the start screen.

One query per table whatever the number of cards (initiatives with their stage, area and
last contact moment; initiators; themes; open needs), so 500 initiatives load as fast as
five. Search words are matched, without accents or capitals, against the title, the
description, the next step, the initiators, the themes and the area.

An initiative in an open stage is stalled when it had no contact moment for
``stalled_weeks`` weeks (counted from the day it was added when it never had one: moving
it on the board is not contact), or when its next step is overdue.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt
from buurtdesk.domain.initiatives import Initiative, InitiativePerson, InitiativeTheme, Stage
from buurtdesk.domain.network import ContactMoment
from buurtdesk.domain.validation.text import fold
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.initiatives_common import (
    days_between,
    initiator_names,
    open_need_labels,
    theme_names,
)
from buurtdesk.services.settings import stalled_weeks_in


@dataclass(frozen=True)
class BoardQuery:
    text: str = ""
    theme_id: int | None = None
    buurt_id: int | None = None
    person_id: int | None = None
    stage_id: int | None = None


@dataclass(frozen=True)
class CardRow:
    initiative_id: int
    title: str
    stage_id: int
    initiators: str
    themes: str
    area: str
    next_step: str
    next_step_due: date | None
    days_in_stage: int
    open_needs: tuple[str, ...]
    stalled: bool
    stalled_reason: str
    position: int


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def stalled_reason(
    *,
    today: date,
    weeks: int,
    last_contact: date | None,
    added_on: date,
    next_step_due: date | None,
) -> str:
    """Why an open initiative is stalled, in Dutch; "" when it is not."""
    reasons = []
    quiet = (today - (last_contact or added_on)).days
    if quiet >= weeks * 7:
        span = _plural(quiet // 7, "week", "weken")
        reasons.append(
            f"geen contact sinds {span}" if last_contact else f"nog geen contact in {span}"
        )
    if next_step_due is not None and next_step_due < today:
        late = _plural((today - next_step_due).days, "dag", "dagen")
        reasons.append(f"volgende stap te laat sinds {late}")
    return "; ".join(reasons)


def _filtered(query: BoardQuery) -> Any:
    ids = select(Initiative.id)
    if query.stage_id is not None:
        ids = ids.where(Initiative.stage_id == query.stage_id)
    if query.buurt_id is not None:
        ids = ids.where(Initiative.buurt_id == query.buurt_id)
    if query.theme_id is not None:
        ids = ids.where(
            Initiative.id.in_(
                select(InitiativeTheme.initiative_id).where(
                    InitiativeTheme.theme_id == query.theme_id
                )
            )
        )
    if query.person_id is not None:
        ids = ids.where(
            Initiative.id.in_(
                select(InitiativePerson.initiative_id).where(
                    InitiativePerson.person_id == query.person_id
                )
            )
        )
    return ids


def cards(session: Session, query: BoardQuery, *, today: date, weeks: int) -> list[CardRow]:
    ids = _filtered(query)
    last_contact = (
        select(
            ContactMoment.initiative_id.label("initiative_id"),
            func.max(ContactMoment.occurred_on).label("last_on"),
        )
        .where(ContactMoment.initiative_id.is_not(None))
        .group_by(ContactMoment.initiative_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Initiative.id,
            Initiative.title,
            Initiative.description,
            Initiative.stage_id,
            Initiative.stage_since,
            Initiative.created_at,
            Initiative.next_step,
            Initiative.next_step_due,
            Stage.is_closed,
            Buurt.name.label("area"),
            last_contact.c.last_on,
        )
        .join(Stage, Stage.id == Initiative.stage_id)
        .outerjoin(Buurt, Buurt.id == Initiative.buurt_id)
        .outerjoin(last_contact, last_contact.c.initiative_id == Initiative.id)
        .where(Initiative.id.in_(ids))
        .order_by(
            Stage.position,
            Initiative.next_step_due.is_(None),
            Initiative.next_step_due,
            Initiative.title,
            Initiative.id,
        )
    ).all()
    people = initiator_names(session, ids)
    themes = theme_names(session, ids)
    needs = open_need_labels(session, ids)
    words = fold(query.text).split()
    result: list[CardRow] = []
    positions: dict[int, int] = defaultdict(int)
    for r in rows:
        initiators = ", ".join(people[r.id])
        theme_text = ", ".join(themes[r.id])
        area = r.area or ""
        if words:
            haystack = fold(
                " ".join((r.title, r.description, r.next_step, initiators, theme_text, area))
            )
            if not all(word in haystack for word in words):
                continue
        reason = ""
        if not r.is_closed:
            reason = stalled_reason(
                today=today,
                weeks=weeks,
                last_contact=r.last_on,
                added_on=r.created_at.date(),
                next_step_due=r.next_step_due,
            )
        result.append(
            CardRow(
                initiative_id=r.id,
                title=r.title,
                stage_id=r.stage_id,
                initiators=initiators,
                themes=theme_text,
                area=area,
                next_step=r.next_step,
                next_step_due=r.next_step_due,
                days_in_stage=days_between(r.stage_since, today),
                open_needs=tuple(needs[r.id]),
                stalled=bool(reason),
                stalled_reason=reason,
                position=positions[r.stage_id],
            )
        )
        positions[r.stage_id] += 1
    return result


@coordinator_only
def board(db: Database, query: BoardQuery = BoardQuery(), *, today: date) -> list[CardRow]:
    """The cards matching ``query``, column by column; ``position`` is the place in the
    column (overdue next steps first, then by due date, those without a date last)."""
    with db.read() as session:
        return cards(session, query, today=today, weeks=stalled_weeks_in(session))


@coordinator_only
def stalled(db: Database, *, today: date, weeks: int | None = None) -> list[CardRow]:
    """The stalled initiatives in open stages, for the start screen; ``weeks`` defaults to
    the coordinator's setting (6 unless changed)."""
    with db.read() as session:
        chosen = weeks if weeks is not None else stalled_weeks_in(session)
        return [c for c in cards(session, BoardQuery(), today=today, weeks=chosen) if c.stalled]

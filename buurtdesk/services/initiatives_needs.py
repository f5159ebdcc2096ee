"""An initiative's needs (with the history of their status), its checklist answers and
its support log (the contact moments about it)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import NotFound, ValidationError
from buurtdesk.domain.initiative_fields import (
    clean_need_description,
    need_kind,
    need_kind_label,
    need_status,
    need_status_label,
)
from buurtdesk.domain.initiatives import (
    ChecklistAnswer,
    ChecklistItem,
    InitiativeNeed,
    NeedStatus,
    NeedStatusChange,
)
from buurtdesk.domain.network import ContactMoment, ContactMomentPerson, Person
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import clean_text
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import NOTHING, Changes, Entity
from buurtdesk.services.contact_values import channel_label, preview
from buurtdesk.services.initiatives_common import initiative_or_gone

NEED_GONE: Final = (
    "Deze behoefte bestaat niet meer. Misschien is ze op een andere computer verwijderd."
)
MAX_ANSWER_NOTE: Final = 2_000


@dataclass(frozen=True)
class NeedStatusRow:
    from_status: str | None
    to_status: str
    changed_at: datetime


@dataclass(frozen=True)
class NeedRow:
    need_id: int
    kind: str
    kind_label: str
    description: str
    status: str
    status_label: str
    history: tuple[NeedStatusRow, ...]

    @property
    def is_open(self) -> bool:
        return self.status != NeedStatus.MET.value


@dataclass(frozen=True)
class SavedNeed:
    need_id: int
    changes: Changes


@dataclass(frozen=True)
class SupportRow:
    """One contact moment about the initiative, newest first."""

    contact_moment_id: int
    occurred_on: date
    channel_label: str
    summary_preview: str
    people: tuple[str, ...]
    follow_up: str
    follow_up_due: date | None
    follow_up_done: bool


def _need_changes(need: InitiativeNeed) -> Changes:
    return Changes.of(Entity.NEED, need.id) | Changes.of(Entity.INITIATIVE, need.initiative_id)


@coordinator_only
def add_need(db: Database, initiative_id: int, kind: str, description: str = "") -> SavedNeed:
    """Add an open need ("vrijwilligers", "geld", …) with what exactly is needed."""
    chosen = need_kind(kind)
    text = clean_need_description(description)
    with db.write() as session:
        initiative_or_gone(session, initiative_id)
        now = utcnow()
        need = InitiativeNeed(
            initiative_id=initiative_id,
            kind=chosen.value,
            description=text,
            status=NeedStatus.OPEN.value,
            created_at=now,
            updated_at=now,
        )
        session.add(need)
        session.flush()
        session.add(
            NeedStatusChange(
                need_id=need.id, from_status=None, to_status=NeedStatus.OPEN.value, changed_at=now
            )
        )
        return SavedNeed(need.id, _need_changes(need))


@coordinator_only
def set_need_status(db: Database, need_id: int, status: str) -> Changes:
    """Open, bezig or geregeld; every change is kept in the need's history."""
    chosen = need_status(status)
    with db.write() as session:
        need = session.get(InitiativeNeed, need_id)
        if need is None:
            raise NotFound(NEED_GONE)
        if need.status == chosen.value:
            return NOTHING
        session.add(
            NeedStatusChange(need_id=need_id, from_status=need.status, to_status=chosen.value)
        )
        need.status = chosen.value
        return _need_changes(need)


@coordinator_only
def delete_need(db: Database, need_id: int) -> Changes:
    with db.write() as session:
        need = session.get(InitiativeNeed, need_id)
        if need is None:
            raise NotFound(NEED_GONE)
        changes = _need_changes(need)
        session.delete(need)
    return changes


@coordinator_only
def needs_of(db: Database, initiative_id: int) -> list[NeedRow]:
    """The initiative's needs in the order they were added, each with its history."""
    with db.read() as session:
        needs = list(
            session.scalars(
                select(InitiativeNeed)
                .where(InitiativeNeed.initiative_id == initiative_id)
                .order_by(InitiativeNeed.id)
            )
        )
        history: dict[int, list[NeedStatusRow]] = defaultdict(list)
        for change in session.scalars(
            select(NeedStatusChange)
            .join(InitiativeNeed, InitiativeNeed.id == NeedStatusChange.need_id)
            .where(InitiativeNeed.initiative_id == initiative_id)
            .order_by(NeedStatusChange.changed_at, NeedStatusChange.id)
        ):
            history[change.need_id].append(
                NeedStatusRow(change.from_status, change.to_status, change.changed_at)
            )
        return [
            NeedRow(
                need_id=n.id,
                kind=n.kind,
                kind_label=need_kind_label(n.kind),
                description=n.description,
                status=n.status,
                status_label=need_status_label(n.status),
                history=tuple(history[n.id]),
            )
            for n in needs
        ]


@coordinator_only
def answer_checklist(
    db: Database, initiative_id: int, item_id: int, done: bool, note: str = ""
) -> Changes:
    """Tick a checklist point off (or on again) for one initiative; earlier answers stay
    as history, the newest counts."""
    text = clean_text(note, field="note", label="Toelichting", max_length=MAX_ANSWER_NOTE)
    with db.write() as session:
        initiative_or_gone(session, initiative_id)
        item = session.get(ChecklistItem, item_id)
        if item is None:
            raise ValidationError("item_id", "Dit punt van de checklist bestaat niet meer.")
        session.add(
            ChecklistAnswer(
                initiative_id=initiative_id,
                item_id=item_id,
                done=bool(done),
                recorded_at=utcnow(),
                note=text,
            )
        )
    return Changes.of(Entity.CHECKLIST, item_id) | Changes.of(Entity.INITIATIVE, initiative_id)


@coordinator_only
def support_log(db: Database, initiative_id: int) -> list[SupportRow]:
    """The contact moments about the initiative, newest first, with who was there."""
    with db.read() as session:
        initiative_or_gone(session, initiative_id)
        moments = session.execute(
            select(ContactMoment)
            .where(ContactMoment.initiative_id == initiative_id)
            .order_by(ContactMoment.occurred_on.desc(), ContactMoment.id.desc())
        ).scalars()
        moments_list = list(moments)
        people: dict[int, list[str]] = defaultdict(list)
        for row in session.execute(
            select(
                ContactMomentPerson.contact_moment_id,
                Person.voornaam,
                Person.tussenvoegsel,
                Person.achternaam,
            )
            .join(Person, Person.id == ContactMomentPerson.person_id)
            .join(ContactMoment, ContactMoment.id == ContactMomentPerson.contact_moment_id)
            .where(ContactMoment.initiative_id == initiative_id)
            .order_by(Person.sort_key, Person.id)
        ):
            name = PersonName(row.voornaam, row.tussenvoegsel, row.achternaam).full_name
            people[row.contact_moment_id].append(name)
        return [
            SupportRow(
                contact_moment_id=m.id,
                occurred_on=m.occurred_on,
                channel_label=channel_label(m.channel),
                summary_preview=preview(m.summary),
                people=tuple(people[m.id]),
                follow_up=m.follow_up,
                follow_up_due=m.follow_up_due,
                follow_up_done=m.follow_up_done,
            )
            for m in moments_list
        ]

"""Reading contact moments: one in full for the editor, a person's or an organisation's
history a page at a time, and the open follow-ups with their count for the start screen.

``open_follow_ups`` is the "Vervolgacties" list and the start screen's "what needs me":
open follow-ups by due date, overdue ones first, those without a date last.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, Final

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.initiatives import Initiative
from buurtdesk.domain.network import (
    ContactMoment,
    ContactMomentOrganisation,
    ContactMomentPerson,
    Organisation,
    Person,
)
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.contact_values import (
    GONE,
    ContactMomentDetail,
    ContactMomentInput,
    ContactMomentRow,
    FollowUpCount,
    FollowUpRow,
    NameRef,
    channel_label,
    preview,
)

PAGE_SIZE: Final = 50


def _links(
    session: Session, moment_ids: list[int]
) -> tuple[dict[int, list[NameRef]], dict[int, list[NameRef]]]:
    """People and organisations of a page of contact moments, by name."""
    people: dict[int, list[NameRef]] = defaultdict(list)
    organisations: dict[int, list[NameRef]] = defaultdict(list)
    if not moment_ids:
        return people, organisations
    for row in session.execute(
        select(
            ContactMomentPerson.contact_moment_id,
            Person.id,
            Person.voornaam,
            Person.tussenvoegsel,
            Person.achternaam,
        )
        .join(Person, Person.id == ContactMomentPerson.person_id)
        .where(ContactMomentPerson.contact_moment_id.in_(moment_ids))
        .order_by(Person.sort_key, Person.id)
    ):
        name = PersonName(row.voornaam, row.tussenvoegsel, row.achternaam).full_name
        people[row.contact_moment_id].append(NameRef(row.id, name))
    for org in session.execute(
        select(ContactMomentOrganisation.contact_moment_id, Organisation.id, Organisation.name)
        .join(Organisation, Organisation.id == ContactMomentOrganisation.organisation_id)
        .where(ContactMomentOrganisation.contact_moment_id.in_(moment_ids))
        .order_by(Organisation.sort_key, Organisation.id)
    ):
        organisations[org.contact_moment_id].append(NameRef(org.id, org.name))
    return people, organisations


@coordinator_only
def get_contact_moment(db: Database, contact_moment_id: int) -> ContactMomentDetail:
    with db.read() as session:
        moment = session.get(ContactMoment, contact_moment_id)
        if moment is None:
            raise NotFound(GONE)
        people, organisations = _links(session, [contact_moment_id])
        title = ""
        if moment.initiative_id is not None:
            title = (
                session.execute(
                    select(Initiative.title).where(Initiative.id == moment.initiative_id)
                ).scalar_one_or_none()
                or ""
            )
        data = ContactMomentInput(
            occurred_on=moment.occurred_on,
            channel=moment.channel,
            summary=moment.summary,
            person_ids=tuple(p.id for p in people[contact_moment_id]),
            organisation_ids=tuple(o.id for o in organisations[contact_moment_id]),
            initiative_id=moment.initiative_id,
            follow_up=moment.follow_up,
            follow_up_due=moment.follow_up_due,
        )
        return ContactMomentDetail(
            contact_moment_id=contact_moment_id,
            data=data,
            people=tuple(people[contact_moment_id]),
            organisations=tuple(organisations[contact_moment_id]),
            initiative_title=title,
            follow_up_done=moment.follow_up_done,
            follow_up_done_at=moment.follow_up_done_at,
        )


_ROW_COLUMNS = (
    ContactMoment.id,
    ContactMoment.occurred_on,
    ContactMoment.channel,
    ContactMoment.summary,
    ContactMoment.follow_up,
    ContactMoment.follow_up_due,
    ContactMoment.follow_up_done,
)


def _history(
    db: Database, link: Any, link_id: Any, condition: Any, limit: int, offset: int
) -> list[ContactMomentRow]:
    statement = (
        select(*_ROW_COLUMNS)
        .join(link, link_id == ContactMoment.id)
        .where(condition)
        .order_by(ContactMoment.occurred_on.desc(), ContactMoment.id.desc())
        .limit(limit)
        .offset(offset)
    )
    with db.read() as session:
        rows = session.execute(statement).all()
        people, organisations = _links(session, [r.id for r in rows])
    return [
        ContactMomentRow(
            contact_moment_id=r.id,
            occurred_on=r.occurred_on,
            channel=r.channel,
            channel_label=channel_label(r.channel),
            summary_preview=preview(r.summary),
            people=tuple(people[r.id]),
            organisations=tuple(organisations[r.id]),
            follow_up=r.follow_up,
            follow_up_due=r.follow_up_due,
            follow_up_done=r.follow_up_done,
        )
        for r in rows
    ]


@coordinator_only
def contact_moments_of_person(
    db: Database, person_id: int, *, limit: int = PAGE_SIZE, offset: int = 0
) -> list[ContactMomentRow]:
    """A page of a person's contact moments, newest first."""
    return _history(
        db,
        ContactMomentPerson,
        ContactMomentPerson.contact_moment_id,
        ContactMomentPerson.person_id == person_id,
        limit,
        offset,
    )


@coordinator_only
def contact_moments_of_organisation(
    db: Database, organisation_id: int, *, limit: int = PAGE_SIZE, offset: int = 0
) -> list[ContactMomentRow]:
    """A page of an organisation's contact moments, newest first."""
    return _history(
        db,
        ContactMomentOrganisation,
        ContactMomentOrganisation.contact_moment_id,
        ContactMomentOrganisation.organisation_id == organisation_id,
        limit,
        offset,
    )


def _open() -> Any:
    return (ContactMoment.follow_up_done.is_(False), ContactMoment.follow_up != "")


@coordinator_only
def open_follow_ups(
    db: Database, *, today: date, limit: int = PAGE_SIZE, offset: int = 0
) -> list[FollowUpRow]:
    """Open vervolgacties by due date: overdue first, then upcoming, those without a date
    last; within a day the oldest first."""
    statement = (
        select(
            ContactMoment.id,
            ContactMoment.follow_up,
            ContactMoment.follow_up_due,
            ContactMoment.occurred_on,
            ContactMoment.summary,
        )
        .where(*_open())
        .order_by(
            case((ContactMoment.follow_up_due.is_(None), 1), else_=0),
            ContactMoment.follow_up_due,
            ContactMoment.id,
        )
        .limit(limit)
        .offset(offset)
    )
    with db.read() as session:
        rows = session.execute(statement).all()
        people, organisations = _links(session, [r.id for r in rows])
    return [
        FollowUpRow(
            contact_moment_id=r.id,
            follow_up=r.follow_up,
            due=r.follow_up_due,
            overdue=r.follow_up_due is not None and r.follow_up_due < today,
            occurred_on=r.occurred_on,
            summary_preview=preview(r.summary),
            people=tuple(people[r.id]),
            organisations=tuple(organisations[r.id]),
        )
        for r in rows
    ]


@coordinator_only
def count_open_follow_ups(db: Database, *, today: date) -> FollowUpCount:
    """How many vervolgacties are open, and how many of those are overdue (for a badge)."""
    overdue = case((ContactMoment.follow_up_due < today, 1), else_=0)
    with db.read() as session:
        row = session.execute(
            select(func.count(), func.coalesce(func.sum(overdue), 0)).where(*_open())
        ).one()
    return FollowUpCount(open=int(row[0]), overdue=int(row[1]))

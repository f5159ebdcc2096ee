"""Organisations in the network: add, change, look up, list and remove, one transaction each.

Organisations are few (thousands at most), so the list searches with ``LIKE`` on the folded
name (``sort_key``) and pages with LIMIT/OFFSET.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import ActivityOrganiser
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.initiatives import InitiativeOrganisation
from buurtdesk.domain.network import (
    ContactMomentOrganisation,
    MeetingAttendance,
    Membership,
    Organisation,
    OrganisationKind,
)
from buurtdesk.domain.organisation_fields import (
    OrganisationInput,
    ValidOrganisation,
    kind_label,
    validate_organisation,
)
from buurtdesk.domain.validation.phone import format_phone
from buurtdesk.domain.validation.text import fold
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.people import locate_address

PAGE_SIZE = 200
GONE = "Deze organisatie bestaat niet meer. Misschien is ze op een andere computer verwijderd."


@dataclass(frozen=True)
class SavedOrganisation:
    organisation_id: int
    name: str
    changes: Changes


@dataclass(frozen=True)
class OrganisationDetail:
    """Everything the editor shows, as plain values."""

    organisation_id: int
    data: OrganisationInput
    name: str
    kind_label: str
    buurt_id: int | None
    member_count: int


@dataclass(frozen=True)
class OrganisationRow:
    """One line of the organisations list."""

    organisation_id: int
    name: str
    kind: str
    kind_label: str
    address: str
    postcode: str
    woonplaats: str
    telefoon: str
    email: str
    member_count: int


@dataclass(frozen=True)
class OrganisationQuery:
    text: str = ""
    kind: OrganisationKind | str | None = None


@dataclass(frozen=True)
class OrganisationLinks:
    """What goes with an organisation when it is deleted, for the "are you sure" question."""

    memberships: int
    contact_moments: int
    initiatives: int
    activities: int
    meeting_attendances: int

    def summary(self) -> str:
        """Dutch, e.g. "3 lidmaatschappen, 1 contactmoment"; "" when nothing is linked."""
        parts = [
            _counted(self.memberships, "lidmaatschap", "lidmaatschappen"),
            _counted(self.contact_moments, "contactmoment", "contactmomenten"),
            _counted(self.initiatives, "initiatief", "initiatieven"),
            _counted(self.activities, "activiteit", "activiteiten"),
            _counted(self.meeting_attendances, "aanwezigheid", "aanwezigheden"),
        ]
        return ", ".join(p for p in parts if p)


def _counted(count: int, one: str, many: str) -> str:
    if not count:
        return ""
    return f"{count} {one if count == 1 else many}"


@coordinator_only
def create_organisation(
    db: Database, data: OrganisationInput, *, user_id: int | None = None
) -> SavedOrganisation:
    """Validate and add an organisation. Raises ``ValidationErrors``; nothing is written then."""
    valid = validate_organisation(data)
    with db.write() as session:
        organisation = Organisation()
        _apply(session, organisation, valid)
        session.add(organisation)
        session.flush()
        audit.record(
            session,
            action="toegevoegd",
            entity="organisation",
            entity_id=organisation.id,
            user_id=user_id,
        )
        return SavedOrganisation(
            organisation.id, valid.name, Changes.of(Entity.ORGANISATION, organisation.id)
        )


@coordinator_only
def update_organisation(
    db: Database, organisation_id: int, data: OrganisationInput, *, user_id: int | None = None
) -> SavedOrganisation:
    valid = validate_organisation(data)
    with db.write() as session:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise NotFound(GONE)
        _apply(session, organisation, valid)
        audit.record(
            session,
            action="gewijzigd",
            entity="organisation",
            entity_id=organisation_id,
            user_id=user_id,
        )
    # Member lists show the organisation's name, so they are touched too.
    changes = Changes.of(Entity.ORGANISATION, organisation_id) | Changes.of(Entity.MEMBERSHIP)
    return SavedOrganisation(organisation_id, valid.name, changes)


@coordinator_only
def delete_organisation(
    db: Database, organisation_id: int, *, user_id: int | None = None
) -> Changes:
    """Remove an organisation with its memberships and its links to contact moments,
    initiatives and activities (those themselves stay)."""
    with db.write() as session:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise NotFound(GONE)
        session.delete(organisation)
        audit.record(
            session,
            action="verwijderd",
            entity="organisation",
            entity_id=organisation_id,
            user_id=user_id,
        )
    return (
        Changes.of(Entity.ORGANISATION, organisation_id)
        | Changes.of(Entity.MEMBERSHIP)
        | Changes.of(Entity.CONTACT_MOMENT)
    )


@coordinator_only
def get_organisation(db: Database, organisation_id: int) -> OrganisationDetail:
    with db.read() as session:
        org = session.get(Organisation, organisation_id)
        if org is None:
            raise NotFound(GONE)
        data = OrganisationInput(
            name=org.name,
            kind=org.kind,
            straat=org.straat,
            huisnummer=org.huisnummer,
            postcode=org.postcode,
            woonplaats=org.woonplaats,
            telefoon=org.telefoon,
            email=org.email,
            website=org.website,
            notes=org.notes,
        )
        members = _count(session, Membership.organisation_id, organisation_id)
        return OrganisationDetail(
            organisation_id, data, org.name, kind_label(org.kind), org.buurt_id, members
        )


@coordinator_only
def organisation_links(db: Database, organisation_id: int) -> OrganisationLinks:
    """How many records point at an organisation (what deleting it takes along)."""
    with db.read() as session:
        if session.get(Organisation, organisation_id) is None:
            raise NotFound(GONE)
        return OrganisationLinks(
            memberships=_count(session, Membership.organisation_id, organisation_id),
            contact_moments=_count(
                session, ContactMomentOrganisation.organisation_id, organisation_id
            ),
            initiatives=_count(session, InitiativeOrganisation.organisation_id, organisation_id),
            activities=_count(session, ActivityOrganiser.organisation_id, organisation_id),
            meeting_attendances=_count(session, MeetingAttendance.organisation_id, organisation_id),
        )


def _count(session: Session, column: Any, value: int) -> int:
    return int(session.execute(select(func.count()).where(column == value)).scalar_one())


def _like_escape(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(query: OrganisationQuery, *columns: Any) -> Any:
    statement = select(*columns)
    if query.kind:
        statement = statement.where(Organisation.kind == OrganisationKind(query.kind).value)
    for token in fold(query.text).split():
        statement = statement.where(
            Organisation.sort_key.like(f"%{_like_escape(token)}%", escape="\\")
        )
    return statement


@coordinator_only
def search_organisations(
    db: Database,
    query: OrganisationQuery = OrganisationQuery(),
    *,
    limit: int = PAGE_SIZE,
    offset: int = 0,
) -> list[OrganisationRow]:
    """A page of organisations whose name holds every word of ``query.text``, names that
    start with the first word first, then by name."""
    member_count = (
        select(func.count())
        .where(Membership.organisation_id == Organisation.id)
        .correlate(Organisation)
        .scalar_subquery()
    )
    statement = _filtered(
        query,
        Organisation.id,
        Organisation.name,
        Organisation.kind,
        Organisation.straat,
        Organisation.huisnummer,
        Organisation.postcode,
        Organisation.woonplaats,
        Organisation.telefoon,
        Organisation.email,
        member_count.label("member_count"),
    )
    tokens = fold(query.text).split()
    order: list[Any] = []
    if tokens:
        starts = Organisation.sort_key.like(f"{_like_escape(tokens[0])}%", escape="\\")
        order.append(case((starts, 0), else_=1))
    order += [Organisation.sort_key, Organisation.id]
    with db.read() as session:
        rows = session.execute(statement.order_by(*order).limit(limit).offset(offset)).all()
    return [
        OrganisationRow(
            organisation_id=r.id,
            name=r.name,
            kind=r.kind,
            kind_label=kind_label(r.kind),
            address=f"{r.straat} {r.huisnummer}".strip(),
            postcode=r.postcode,
            woonplaats=r.woonplaats,
            telefoon=format_phone(r.telefoon) if r.telefoon else "",
            email=r.email,
            member_count=int(r.member_count),
        )
        for r in rows
    ]


@coordinator_only
def count_organisations(
    db: Database,
    query: OrganisationQuery = OrganisationQuery(),
) -> int:
    with db.read() as session:
        inner = _filtered(query, Organisation.id).subquery()
        return int(session.execute(select(func.count()).select_from(inner)).scalar_one())


def _apply(session: Session, organisation: Organisation, valid: ValidOrganisation) -> None:
    organisation.name = valid.name
    organisation.sort_key = valid.sort_key
    organisation.kind = valid.kind.value
    organisation.straat = valid.straat
    organisation.huisnummer = valid.huisnummer
    organisation.postcode = valid.postcode
    organisation.woonplaats = valid.woonplaats
    organisation.telefoon = valid.telefoon
    organisation.email = valid.email
    organisation.website = valid.website
    organisation.notes = valid.notes
    _street_id, organisation.buurt_id = locate_address(
        session, valid.postcode, valid.straat, valid.woonplaats
    )

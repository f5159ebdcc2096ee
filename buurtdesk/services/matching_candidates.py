"""What Koppelen reads: the need with its initiative and who is already in it, and the
people and organisations that could fit — each in one query, whatever the network's size."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.initiatives import (
    Initiative,
    InitiativeNeed,
    InitiativeOrganisation,
    InitiativePerson,
    NeedKind,
)
from buurtdesk.domain.network import Organisation, Person
from buurtdesk.domain.validation.text import fold
from buurtdesk.services import matching_words as w

INITIATOR_ROLE: Final = "initiatiefnemer"
NEED_GONE: Final = (
    "Deze behoefte bestaat niet meer. Misschien is ze op een andere computer verwijderd."
)


@dataclass(frozen=True)
class NeedContext:
    need_id: int
    kind: NeedKind
    description: str
    initiative_id: int
    wanted_words: frozenset[str]
    organisation_kinds: frozenset[str]
    initiator_ids: tuple[int, ...]
    linked_person_ids: frozenset[int]
    linked_organisation_ids: frozenset[int]
    streets: frozenset[tuple[str, str]]  # (folded straat, folded woonplaats) of initiators
    street_names: frozenset[str]  # as stored, to find candidates by index
    street_ids: frozenset[int]
    buurt_ids: frozenset[int]  # the initiative's buurt and the initiators' buurten

    def lives_in_street(self, straat: str, woonplaats: str, street_id: int | None) -> bool:
        """Same street as an initiator: the same street of the map, or the same name and
        the same place (when both give one)."""
        if street_id is not None and street_id in self.street_ids:
            return True
        street, place = fold(straat), fold(woonplaats)
        if not street:
            return False
        return any(s == street and (not p or not place or p == place) for s, p in self.streets)


def need_context(session: Session, need_id: int) -> NeedContext:
    row = session.execute(
        select(
            InitiativeNeed.kind,
            InitiativeNeed.description,
            InitiativeNeed.initiative_id,
            Initiative.buurt_id,
        )
        .join(Initiative, Initiative.id == InitiativeNeed.initiative_id)
        .where(InitiativeNeed.id == need_id)
    ).first()
    if row is None:
        raise NotFound(NEED_GONE)
    try:
        kind = NeedKind(row.kind)
    except ValueError:
        kind = NeedKind.OTHER
    linked = session.execute(
        select(
            InitiativePerson.person_id,
            InitiativePerson.role,
            Person.straat,
            Person.woonplaats,
            Person.street_id,
            Person.buurt_id,
            Person.sort_key,
        )
        .join(Person, Person.id == InitiativePerson.person_id)
        .where(InitiativePerson.initiative_id == row.initiative_id)
        .order_by(Person.sort_key, Person.id)
    ).all()
    initiators = [p for p in linked if p.role == INITIATOR_ROLE] or list(linked)
    partners = session.execute(
        select(InitiativeOrganisation.organisation_id).where(
            InitiativeOrganisation.initiative_id == row.initiative_id
        )
    ).scalars()
    buurten = {p.buurt_id for p in initiators if p.buurt_id is not None}
    if row.buurt_id is not None:
        buurten.add(row.buurt_id)
    return NeedContext(
        need_id=need_id,
        kind=kind,
        description=row.description.strip(),
        initiative_id=row.initiative_id,
        wanted_words=w.need_words(kind, row.description),
        organisation_kinds=frozenset(k.value for k in w.organisation_kinds(kind, row.description)),
        initiator_ids=tuple(p.person_id for p in initiators),
        linked_person_ids=frozenset(p.person_id for p in linked),
        linked_organisation_ids=frozenset(partners),
        streets=frozenset((fold(p.straat), fold(p.woonplaats)) for p in initiators if p.straat),
        street_names=frozenset(p.straat for p in initiators if p.straat),
        street_ids=frozenset(p.street_id for p in initiators if p.street_id is not None),
        buurt_ids=frozenset(buurten),
    )


def candidate_people(
    session: Session, context: NeedContext, tagged_ids: set[int]
) -> Sequence[Person]:
    """Everyone who could have a reason: a fitting tag, the initiators' street or buurt, or
    (for a need of volunteers) the volunteer role; the initiators and partners left out."""
    conditions: list[Any] = []
    if tagged_ids:
        conditions.append(Person.id.in_(tagged_ids))
    if context.street_ids:
        conditions.append(Person.street_id.in_(context.street_ids))
    if context.street_names:
        conditions.append(Person.straat.in_(context.street_names))
    if context.buurt_ids:
        conditions.append(Person.buurt_id.in_(context.buurt_ids))
    if context.kind is NeedKind.VOLUNTEERS:
        conditions.append(Person.is_volunteer.is_(True))
    if not conditions:
        return []
    query = select(Person).where(or_(false(), *conditions))
    if context.linked_person_ids:
        query = query.where(Person.id.not_in(context.linked_person_ids))
    return session.execute(query).scalars().all()


def candidate_organisations(session: Session, context: NeedContext) -> Sequence[Organisation]:
    """Organisations whose kind fits the need, partners left out."""
    if not context.organisation_kinds:
        return []
    query = select(Organisation).where(Organisation.kind.in_(context.organisation_kinds))
    if context.linked_organisation_ids:
        query = query.where(Organisation.id.not_in(context.linked_organisation_ids))
    return session.execute(query).scalars().all()

"""Who works, volunteers or is a member where: a person at an organisation, with a function."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from buurtdesk.domain.network import Membership, Organisation, Person
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import clean_text, fold
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity

PAGE_SIZE: Final = 200
MIN_DATE: Final = date(1900, 1, 1)
MAX_DATE: Final = date(2100, 12, 31)
GONE: Final = "Dit lidmaatschap bestaat niet meer."


@dataclass(frozen=True)
class SavedMembership:
    membership_id: int
    changes: Changes


@dataclass(frozen=True)
class MembershipRow:
    """One person at one organisation, with both names ready to show."""

    membership_id: int
    person_id: int
    person_name: str
    organisation_id: int
    organisation_name: str
    function: str
    since: date | None
    until: date | None

    def is_current(self, today: date) -> bool:
        return (self.since is None or self.since <= today) and (
            self.until is None or self.until >= today
        )


def check_date(value: date | None, *, field: str, label: str) -> date | None:
    """Refuse a date whose year is clearly a typing error (before 1900 or after 2100)."""
    if value is not None and not MIN_DATE <= value <= MAX_DATE:
        raise ValidationError(field, f"{label} klopt niet. Controleer het jaartal.")
    return value


def _validate(function: str, since: date | None, until: date | None) -> tuple[str, Any, Any]:
    errors: list[ValidationError] = []
    cleaned = ""
    try:
        cleaned = clean_text(function, field="function", label="Functie", max_length=100)
    except ValidationError as error:
        errors.append(error)
    for value, field, label in ((since, "since", "Vanaf-datum"), (until, "until", "Tot-datum")):
        try:
            check_date(value, field=field, label=label)
        except ValidationError as error:
            errors.append(error)
    if since is not None and until is not None and until < since and not errors:
        errors.append(
            ValidationError("until", "Tot-datum ligt vóór de vanaf-datum. Pas een van beide aan.")
        )
    if errors:
        raise ValidationErrors(errors)
    return cleaned, since, until


def _refuse_duplicate(
    session: Session, person_id: int, organisation_id: int, function: str, own_id: int | None
) -> None:
    rows = session.execute(
        select(Membership.id, Membership.function).where(
            Membership.person_id == person_id, Membership.organisation_id == organisation_id
        )
    ).all()
    for other_id, other_function in rows:
        if other_id != own_id and fold(other_function) == fold(function):
            what = f"met de functie „{function}”" if function else "zonder functie"
            raise ValidationErrors(
                [
                    ValidationError(
                        "function",
                        f"Deze persoon staat al bij deze organisatie {what}. "
                        "Kies een andere functie of pas het bestaande lidmaatschap aan.",
                    )
                ]
            )


@coordinator_only
def add_membership(
    db: Database,
    *,
    person_id: int,
    organisation_id: int,
    function: str = "",
    since: date | None = None,
    until: date | None = None,
    user_id: int | None = None,
) -> SavedMembership:
    """Record that a person is at an organisation. Raises ``ValidationErrors`` (bad dates,
    the same function twice) or ``NotFound`` (person or organisation gone)."""
    function, since, until = _validate(function, since, until)
    with db.write() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("Deze persoon bestaat niet meer.")
        if session.get(Organisation, organisation_id) is None:
            raise NotFound("Deze organisatie bestaat niet meer.")
        _refuse_duplicate(session, person_id, organisation_id, function, None)
        membership = Membership(
            person_id=person_id,
            organisation_id=organisation_id,
            function=function,
            since=since,
            until=until,
        )
        session.add(membership)
        session.flush()
        audit.record(
            session,
            action="toegevoegd",
            entity="membership",
            entity_id=membership.id,
            user_id=user_id,
        )
        return SavedMembership(membership.id, _changes(membership.id, organisation_id))


@coordinator_only
def update_membership(
    db: Database,
    membership_id: int,
    *,
    function: str = "",
    since: date | None = None,
    until: date | None = None,
    user_id: int | None = None,
) -> SavedMembership:
    function, since, until = _validate(function, since, until)
    with db.write() as session:
        membership = session.get(Membership, membership_id)
        if membership is None:
            raise NotFound(GONE)
        _refuse_duplicate(
            session, membership.person_id, membership.organisation_id, function, membership_id
        )
        membership.function = function
        membership.since = since
        membership.until = until
        audit.record(
            session,
            action="gewijzigd",
            entity="membership",
            entity_id=membership_id,
            user_id=user_id,
        )
        return SavedMembership(membership_id, _changes(membership_id, membership.organisation_id))


@coordinator_only
def remove_membership(db: Database, membership_id: int, *, user_id: int | None = None) -> Changes:
    with db.write() as session:
        membership = session.get(Membership, membership_id)
        if membership is None:
            raise NotFound(GONE)
        organisation_id = membership.organisation_id
        session.delete(membership)
        audit.record(
            session,
            action="verwijderd",
            entity="membership",
            entity_id=membership_id,
            user_id=user_id,
        )
    return _changes(membership_id, organisation_id)


def _changes(membership_id: int, organisation_id: int) -> Changes:
    # The organisations list shows a member count.
    return Changes.of(Entity.MEMBERSHIP, membership_id) | Changes.of(
        Entity.ORGANISATION, organisation_id
    )


_COLUMNS = (
    Membership.id,
    Membership.person_id,
    Person.voornaam,
    Person.tussenvoegsel,
    Person.achternaam,
    Membership.organisation_id,
    Organisation.name,
    Membership.function,
    Membership.since,
    Membership.until,
)


def _joined() -> Any:
    return (
        select(*_COLUMNS)
        .join(Person, Person.id == Membership.person_id)
        .join(Organisation, Organisation.id == Membership.organisation_id)
    )


def _row(r: Any) -> MembershipRow:
    return MembershipRow(
        membership_id=r.id,
        person_id=r.person_id,
        person_name=PersonName(r.voornaam, r.tussenvoegsel, r.achternaam).list_name,
        organisation_id=r.organisation_id,
        organisation_name=r.name,
        function=r.function,
        since=r.since,
        until=r.until,
    )


@coordinator_only
def memberships_of_person(db: Database, person_id: int) -> list[MembershipRow]:
    """Where a person is, by organisation name (a person has a handful at most)."""
    statement = _joined().where(Membership.person_id == person_id)
    with db.read() as session:
        rows = session.execute(
            statement.order_by(Organisation.sort_key, Membership.function, Membership.id)
        ).all()
    return [_row(r) for r in rows]


@coordinator_only
def members_of_organisation(
    db: Database, organisation_id: int, *, limit: int = PAGE_SIZE, offset: int = 0
) -> list[MembershipRow]:
    """A page of an organisation's people, by name."""
    statement = _joined().where(Membership.organisation_id == organisation_id)
    with db.read() as session:
        rows = session.execute(
            statement.order_by(Person.sort_key, Person.id, Membership.id)
            .limit(limit)
            .offset(offset)
        ).all()
    return [_row(r) for r in rows]

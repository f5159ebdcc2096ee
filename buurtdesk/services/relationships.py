"""Who knows whom: ties between two people, mutual ("buren") or directional ("mentor van").

A stored tie reads from ``from_person`` to ``to_person``: "Jan — mentor van — Piet". Seen
from Piet's side the same tie reads with the kind's ``inverse_name``: "mentee van Jan".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import case, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from buurtdesk.domain.network import Person, PersonRelationship, RelationshipKind
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import clean_text, fold
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity

# (name, inverse name); an empty inverse name makes the kind mutual.
DEFAULT_KINDS: Final = (
    ("buren", ""),
    ("familie", ""),
    ("vrienden", ""),
    ("collega's", ""),
    ("mentor van", "mentee van"),
    ("zorgt voor", "wordt verzorgd door"),
)
GONE: Final = "Deze relatie bestaat niet meer."
KIND_GONE: Final = "Deze soort relatie bestaat niet meer. Kies een andere."


@dataclass(frozen=True)
class RelationshipKindRow:
    kind_id: int
    name: str
    inverse_name: str
    mutual: bool


@dataclass(frozen=True)
class RelationshipChoice:
    """One entry of the "soort relatie" drop-down, read from the chosen person's side.

    A directional kind gives two entries: "mentor van" and "mentee van" (``reverse``).
    """

    kind_id: int
    label: str
    reverse: bool


@dataclass(frozen=True)
class RelationshipRow:
    """A tie as one person's detail shows it: "mentee van — Jan Jansen"."""

    relationship_id: int
    kind_id: int
    label: str
    other_person_id: int
    other_name: str
    note: str


@dataclass(frozen=True)
class SavedRelationship:
    relationship_id: int
    changes: Changes


def _seed(session: Session) -> bool:
    if session.execute(select(func.count()).select_from(RelationshipKind)).scalar_one():
        return False
    session.add_all(
        RelationshipKind(name=name, inverse_name=inverse, mutual=not inverse)
        for name, inverse in DEFAULT_KINDS
    )
    session.flush()
    return True


@coordinator_only
def ensure_default_kinds(db: Database) -> Changes:
    """Add the default kinds to a database that has none yet (a later rename stays)."""
    with db.read() as session:
        if session.execute(select(RelationshipKind.id).limit(1)).first() is not None:
            return Changes()
    try:
        with db.write() as session:
            if _seed(session):
                return Changes.of(Entity.RELATIONSHIP)
    except IntegrityError:
        pass  # another PC seeded them at the same moment (PostgreSQL); theirs stand
    return Changes()


@coordinator_only
def list_kinds(db: Database) -> list[RelationshipKindRow]:
    """Every kind by name; the defaults are made on first use."""
    ensure_default_kinds(db)
    with db.read() as session:
        rows = session.execute(
            select(
                RelationshipKind.id,
                RelationshipKind.name,
                RelationshipKind.inverse_name,
                RelationshipKind.mutual,
            ).order_by(RelationshipKind.name)
        ).all()
    return [RelationshipKindRow(r.id, r.name, r.inverse_name or r.name, r.mutual) for r in rows]


@coordinator_only
def relationship_choices(db: Database) -> list[RelationshipChoice]:
    """The drop-down entries: each mutual kind once, each directional kind both ways."""
    choices: list[RelationshipChoice] = []
    for kind in list_kinds(db):
        choices.append(RelationshipChoice(kind.kind_id, kind.name, reverse=False))
        if not kind.mutual:
            choices.append(RelationshipChoice(kind.kind_id, kind.inverse_name, reverse=True))
    return sorted(choices, key=lambda c: fold(c.label))


@coordinator_only
def add_kind(
    db: Database, name: str, inverse_name: str = "", *, user_id: int | None = None
) -> RelationshipKindRow:
    """A new kind of tie; with ``inverse_name`` it is directional ("leert van" / "leert aan")."""
    errors: list[ValidationError] = []
    cleaned = {"name": "", "inverse_name": ""}
    for field, value, label, required in (
        ("name", name, "Naam van de relatie", True),
        ("inverse_name", inverse_name, "Omgekeerde naam", False),
    ):
        try:
            cleaned[field] = clean_text(
                value, field=field, label=label, max_length=60, required=required
            )
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationErrors(errors)
    name, inverse = cleaned["name"], cleaned["inverse_name"]
    with db.write() as session:
        _seed(session)
        existing = session.execute(select(RelationshipKind.name)).scalars()
        if fold(name) in {fold(n) for n in existing}:
            raise ValidationErrors(
                [ValidationError("name", f"De soort relatie „{name}” bestaat al.")]
            )
        kind = RelationshipKind(name=name, inverse_name=inverse, mutual=not inverse)
        session.add(kind)
        session.flush()
        audit.record(
            session,
            action="toegevoegd",
            entity="relationship_kind",
            entity_id=kind.id,
            user_id=user_id,
        )
        return RelationshipKindRow(kind.id, name, inverse or name, not inverse)


def _name(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("Deze persoon bestaat niet meer. Misschien is hij samengevoegd.")
    return PersonName(person.voornaam, person.tussenvoegsel, person.achternaam).full_name


@coordinator_only
def add_relationship(
    db: Database,
    *,
    person_id: int,
    other_person_id: int,
    kind_id: int,
    reverse: bool = False,
    note: str = "",
    user_id: int | None = None,
) -> SavedRelationship:
    """Record "person — kind — other person" (with ``reverse``: the kind's inverse name, as a
    ``RelationshipChoice`` says). Refuses a tie with oneself and a tie that exists already."""
    if person_id == other_person_id:
        raise ValidationErrors(
            [
                ValidationError(
                    "other_person_id",
                    "Een persoon kan geen relatie met zichzelf hebben. Kies een andere persoon.",
                )
            ]
        )
    try:
        note = clean_text(note, field="note", label="Toelichting", max_length=500)
    except ValidationError as error:
        raise ValidationErrors([error]) from None
    from_id, to_id = (other_person_id, person_id) if reverse else (person_id, other_person_id)
    with db.write() as session:
        kind = session.get(RelationshipKind, kind_id)
        if kind is None:
            raise NotFound(KIND_GONE)
        names = {
            person_id: _name(session, person_id),
            other_person_id: _name(session, other_person_id),
        }
        same = (PersonRelationship.from_person_id == from_id) & (
            PersonRelationship.to_person_id == to_id
        )
        if kind.mutual:
            same = same | (
                (PersonRelationship.from_person_id == to_id)
                & (PersonRelationship.to_person_id == from_id)
            )
        exists = session.execute(
            select(PersonRelationship.id).where(PersonRelationship.kind_id == kind_id, same)
        ).first()
        if exists is not None:
            label = kind.inverse_name if reverse and not kind.mutual else kind.name
            raise ValidationErrors(
                [
                    ValidationError(
                        "kind_id",
                        f"Deze relatie bestaat al: {names[person_id]} – {label} – "
                        f"{names[other_person_id]}.",
                    )
                ]
            )
        relationship = PersonRelationship(
            from_person_id=from_id, to_person_id=to_id, kind_id=kind_id, note=note
        )
        session.add(relationship)
        session.flush()
        audit.record(
            session,
            action="toegevoegd",
            entity="relationship",
            entity_id=relationship.id,
            user_id=user_id,
        )
        return SavedRelationship(relationship.id, _changes(relationship.id, from_id, to_id))


@coordinator_only
def remove_relationship(
    db: Database, relationship_id: int, *, user_id: int | None = None
) -> Changes:
    with db.write() as session:
        relationship = session.get(PersonRelationship, relationship_id)
        if relationship is None:
            raise NotFound(GONE)
        changes = _changes(relationship_id, relationship.from_person_id, relationship.to_person_id)
        session.delete(relationship)
        audit.record(
            session,
            action="verwijderd",
            entity="relationship",
            entity_id=relationship_id,
            user_id=user_id,
        )
    return changes


def _changes(relationship_id: int, *person_ids: int) -> Changes:
    return Changes.of(Entity.RELATIONSHIP, relationship_id) | Changes.of(Entity.PERSON, *person_ids)


@coordinator_only
def relationships_of_person(db: Database, person_id: int) -> list[RelationshipRow]:
    """A person's ties, each read from their side, by kind and then by the other's name."""
    other = aliased(Person)
    outgoing = PersonRelationship.from_person_id == person_id
    statement = (
        select(
            PersonRelationship.id,
            PersonRelationship.kind_id,
            PersonRelationship.from_person_id,
            PersonRelationship.note,
            RelationshipKind.name,
            RelationshipKind.inverse_name,
            RelationshipKind.mutual,
            other.id.label("other_id"),
            other.voornaam,
            other.tussenvoegsel,
            other.achternaam,
            other.sort_key,
        )
        .join(RelationshipKind, RelationshipKind.id == PersonRelationship.kind_id)
        .join(
            other,
            other.id
            == case(
                (outgoing, PersonRelationship.to_person_id),
                else_=PersonRelationship.from_person_id,
            ),
        )
        .where(or_(outgoing, PersonRelationship.to_person_id == person_id))
    )
    with db.read() as session:
        rows = session.execute(statement).all()
    result = []
    for r in rows:
        incoming = r.from_person_id != person_id
        label = r.inverse_name if incoming and not r.mutual and r.inverse_name else r.name
        result.append(
            (
                fold(label),
                r.sort_key,
                RelationshipRow(
                    relationship_id=r.id,
                    kind_id=r.kind_id,
                    label=label,
                    other_person_id=r.other_id,
                    other_name=PersonName(r.voornaam, r.tussenvoegsel, r.achternaam).list_name,
                    note=r.note,
                ),
            )
        )
    result.sort(key=lambda item: (item[0], item[1], item[2].relationship_id))
    return [item[2] for item in result]

"""People in the network: add, change, look up and remove, one transaction each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.db.person_order import rank_for
from buurtdesk.domain.areas import Street, StreetPostcode
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.network import Person, PersonTag, Tag, TagKind
from buurtdesk.domain.person_fields import PersonInput, ValidPerson, validate_person
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import fold
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity

# The tag kinds the person form edits. Labels are given elsewhere and survive a save.
FORM_TAG_KINDS: Final = (TagKind.SKILL, TagKind.INTEREST)


@dataclass(frozen=True)
class SavedPerson:
    person_id: int
    list_name: str
    changes: Changes


@dataclass(frozen=True)
class PersonDetail:
    """Everything the editor shows, as plain values."""

    person_id: int
    data: PersonInput
    list_name: str
    full_name: str
    buurt_id: int | None


@coordinator_only
def create_person(db: Database, data: PersonInput, *, user_id: int | None = None) -> SavedPerson:
    """Validate and add a person. Raises ``ValidationErrors``; nothing is written then."""
    valid = validate_person(data)
    with db.write() as session:
        person = add_valid_person(session, valid)
        audit.record(
            session, action="toegevoegd", entity="person", entity_id=person.id, user_id=user_id
        )
        return SavedPerson(person.id, valid.name.list_name, Changes.of(Entity.PERSON, person.id))


def add_valid_person(session: Session, valid: ValidPerson) -> Person:
    """Insert an already validated person inside the caller's transaction."""
    person = Person(search_rank=rank_for(session, valid.name.sort_key))
    _apply(session, person, valid)
    session.add(person)
    session.flush()
    _set_tags(session, person.id, valid)
    return person


@coordinator_only
def update_person(
    db: Database, person_id: int, data: PersonInput, *, user_id: int | None = None
) -> SavedPerson:
    valid = validate_person(data)
    with db.write() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("Deze persoon bestaat niet meer. Misschien is hij samengevoegd.")
        if person.sort_key != valid.name.sort_key:
            person.search_rank = rank_for(session, valid.name.sort_key, person_id)
        _apply(session, person, valid)
        _set_tags(session, person_id, valid)
        audit.record(
            session, action="gewijzigd", entity="person", entity_id=person_id, user_id=user_id
        )
        return SavedPerson(person_id, valid.name.list_name, Changes.of(Entity.PERSON, person_id))


@coordinator_only
def delete_person(db: Database, person_id: int, *, user_id: int | None = None) -> Changes:
    """Erase a person and every link to them (AVG: right to erasure)."""
    with db.write() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("Deze persoon bestaat niet meer.")
        session.delete(person)
        audit.record(
            session, action="verwijderd", entity="person", entity_id=person_id, user_id=user_id
        )
    return Changes.of(Entity.PERSON, person_id)


@coordinator_only
def get_person(db: Database, person_id: int) -> PersonDetail:
    with db.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("Deze persoon bestaat niet meer.")
        tags = session.execute(
            select(Tag.kind, Tag.name)
            .join(PersonTag, PersonTag.tag_id == Tag.id)
            .where(PersonTag.person_id == person_id)
            .order_by(Tag.name)
        ).all()
        name = PersonName(person.voornaam, person.tussenvoegsel, person.achternaam)
        data = PersonInput(
            voornaam=person.voornaam,
            tussenvoegsel=person.tussenvoegsel,
            achternaam=person.achternaam,
            straat=person.straat,
            huisnummer=person.huisnummer,
            postcode=person.postcode,
            woonplaats=person.woonplaats,
            telefoon=person.telefoon,
            email=person.email,
            notes=person.notes,
            birth_year=str(person.birth_year or ""),
            is_resident=person.is_resident,
            is_volunteer=person.is_volunteer,
            is_initiator=person.is_initiator,
            is_professional=person.is_professional,
            skills=tuple(n for k, n in tags if k == TagKind.SKILL),
            interests=tuple(n for k, n in tags if k == TagKind.INTEREST),
        )
        return PersonDetail(person_id, data, name.list_name, name.full_name, person.buurt_id)


def person_columns(valid: ValidPerson) -> dict[str, object]:
    """The person's columns that follow from the form alone: all that a save sets except
    the list rank and the street and buurt, which depend on the database. The people
    import inserts these for a whole batch, so an imported person is stored exactly as
    the form stores them."""
    name = valid.name
    return {
        "voornaam": name.voornaam,
        "tussenvoegsel": name.tussenvoegsel,
        "achternaam": name.achternaam,
        "sort_key": name.sort_key,
        "search_text": valid.search_text(),
        "straat": valid.straat,
        "huisnummer": valid.huisnummer,
        "postcode": valid.postcode,
        "woonplaats": valid.woonplaats,
        "telefoon": valid.telefoon,
        "email": valid.email,
        "notes": valid.notes,
        "birth_year": valid.birth_year,
        "is_resident": valid.is_resident,
        "is_volunteer": valid.is_volunteer,
        "is_initiator": valid.is_initiator,
        "is_professional": valid.is_professional,
    }


def form_tags(valid: ValidPerson) -> list[tuple[TagKind, str]]:
    """The (kind, name) of each skill and interest the form gives a person."""
    return [(TagKind.SKILL, n) for n in valid.skills] + [
        (TagKind.INTEREST, n) for n in valid.interests
    ]


def _apply(session: Session, person: Person, valid: ValidPerson) -> None:
    for column, value in person_columns(valid).items():
        setattr(person, column, value)
    person.street_id, person.buurt_id = locate_address(
        session, valid.postcode, valid.straat, valid.woonplaats
    )


def locate_address(
    session: Session, postcode: str, straat: str, woonplaats: str
) -> tuple[int | None, int | None]:
    """The street and buurt an address lies in: by postcode first, else by street name."""
    row = None
    if postcode:
        row = session.execute(
            select(Street.id, Street.buurt_id)
            .join(StreetPostcode, StreetPostcode.street_id == Street.id)
            .where(StreetPostcode.postcode == postcode)
            .limit(1)
        ).first()
    if row is None and straat:
        query = select(Street.id, Street.buurt_id).where(Street.name == straat)
        if woonplaats:
            query = query.where(Street.woonplaats == woonplaats)
        row = session.execute(query.limit(1)).first()
    return (row[0], row[1]) if row else (None, None)


def tag_id(session: Session, kind: TagKind, name: str) -> int:
    """The id of a tag, made on first use; "Koken" and "koken" are one tag."""
    key = fold(name)
    found = session.execute(select(Tag.id).where(Tag.kind == kind.value, Tag.key == key)).first()
    if found:
        return int(found[0])
    tag = Tag(kind=kind.value, name=name, key=key)
    session.add(tag)
    session.flush()
    return tag.id


def _set_tags(session: Session, person_id: int, valid: ValidPerson) -> None:
    """Replace the person's skills and interests with the form's; their labels stay."""
    on_form = select(Tag.id).where(Tag.kind.in_([kind.value for kind in FORM_TAG_KINDS]))
    session.execute(
        delete(PersonTag).where(PersonTag.person_id == person_id, PersonTag.tag_id.in_(on_form))
    )
    ids = {tag_id(session, kind, name) for kind, name in form_tags(valid)}
    session.add_all(PersonTag(person_id=person_id, tag_id=i) for i in sorted(ids))

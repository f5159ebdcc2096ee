"""Adding, changing and removing people: validated, one transaction, nothing half-written."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt, Street, StreetPostcode, Wijk
from buurtdesk.domain.errors import NotFound, ValidationErrors
from buurtdesk.domain.network import Person, PersonTag, Tag, TagKind
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.privacy import AuditEntry
from buurtdesk.services import people

JAN = PersonInput(
    voornaam="Jan",
    tussenvoegsel="van der",
    achternaam="Berg",
    straat="Kerkweg",
    huisnummer="12a",
    postcode="6871ab",
    woonplaats="Renkum",
    telefoon="06-12345678",
    email="Jan@Example.NL",
    skills=("Koken", "koken", "tuinieren"),
    interests=("muziek",),
    is_volunteer=True,
)


def _count(db: Database, entity: type) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(entity)).scalar_one())


def test_a_person_is_stored_normalised(any_db: Database) -> None:
    saved = people.create_person(any_db, JAN)
    assert saved.list_name == "Berg, Jan van der"
    detail = people.get_person(any_db, saved.person_id)
    assert detail.full_name == "Jan van der Berg"
    assert detail.data.postcode == "6871 AB"
    assert detail.data.telefoon == "+31612345678"
    assert detail.data.email == "Jan@example.nl"
    assert detail.data.skills == ("Koken", "tuinieren"), "one tag per folded name"
    assert detail.data.interests == ("muziek",)
    assert detail.data.is_volunteer
    assert _count(any_db, AuditEntry) == 1


def test_every_wrong_field_is_reported_at_once_and_nothing_is_written(any_db: Database) -> None:
    bad = PersonInput(
        voornaam="Jan",
        achternaam="",
        postcode="0123 AB",
        telefoon="12",
        email="jan@",
        birth_year="56",
    )
    with pytest.raises(ValidationErrors) as caught:
        people.create_person(any_db, bad)
    messages = caught.value.by_field()
    assert set(messages) == {"achternaam", "postcode", "telefoon", "email", "birth_year"}
    assert "6871 AB" in messages["postcode"] or "bijvoorbeeld" in messages["postcode"]
    assert _count(any_db, Person) == 0
    assert _count(any_db, AuditEntry) == 0


def test_update_changes_fields_tags_and_place_in_the_list(any_db: Database) -> None:
    saved = people.create_person(any_db, JAN)
    other = people.create_person(any_db, PersonInput(voornaam="Els", achternaam="Jansen"))
    changed = dataclasses.replace(JAN, achternaam="Zwart", tussenvoegsel="", skills=("klussen",))
    people.update_person(any_db, saved.person_id, changed)
    detail = people.get_person(any_db, saved.person_id)
    assert detail.list_name == "Zwart, Jan"
    assert detail.data.skills == ("klussen",)
    with any_db.read() as session:
        order = session.execute(select(Person.id).order_by(Person.search_rank)).scalars().all()
    assert order == [other.person_id, saved.person_id]


def test_an_update_keeps_the_labels_the_form_does_not_show(any_db: Database) -> None:
    """The form edits skills and interests; a label given elsewhere survives its save, even
    one named like a skill the save removes."""
    saved = people.create_person(any_db, JAN)
    with any_db.write() as session:
        label = people.tag_id(session, TagKind.LABEL, "Koken")
        session.add(PersonTag(person_id=saved.person_id, tag_id=label))
    changed = dataclasses.replace(JAN, skills=("klussen",), interests=())
    people.update_person(any_db, saved.person_id, changed)
    with any_db.read() as session:
        tags = session.execute(
            select(Tag.kind, Tag.name)
            .join(PersonTag, PersonTag.tag_id == Tag.id)
            .where(PersonTag.person_id == saved.person_id)
            .order_by(Tag.kind, Tag.name)
        ).all()
    assert [tuple(t) for t in tags] == [("label", "Koken"), ("vaardigheid", "klussen")]
    detail = people.get_person(any_db, saved.person_id)
    assert (detail.data.skills, detail.data.interests) == (("klussen",), ())


def test_a_failed_update_keeps_the_old_values(any_db: Database) -> None:
    saved = people.create_person(any_db, JAN)
    with pytest.raises(ValidationErrors):
        people.update_person(any_db, saved.person_id, dataclasses.replace(JAN, postcode="12"))
    assert people.get_person(any_db, saved.person_id).data.postcode == "6871 AB"


def test_deleting_removes_the_person_and_their_links(any_db: Database) -> None:
    saved = people.create_person(any_db, JAN)
    people.delete_person(any_db, saved.person_id)
    assert _count(any_db, Person) == 0
    assert _count(any_db, PersonTag) == 0
    assert _count(any_db, Tag) == 3, "tags stay for others to use"
    with pytest.raises(NotFound):
        people.get_person(any_db, saved.person_id)
    with pytest.raises(NotFound):
        people.update_person(any_db, saved.person_id, JAN)


def test_an_address_finds_its_buurt_by_postcode(any_db: Database) -> None:
    with any_db.write() as session:
        wijk = Wijk(name="Oost")
        buurt = Buurt(wijk=wijk, name="Lindenkwartier")
        street = Street(buurt=buurt, name="Kerkweg", woonplaats="Renkum")
        session.add_all([wijk, buurt, street])
        session.flush()
        session.add(StreetPostcode(postcode="6871 AB", street_id=street.id))
        buurt_id = buurt.id
    saved = people.create_person(any_db, JAN)
    assert people.get_person(any_db, saved.person_id).buurt_id == buurt_id

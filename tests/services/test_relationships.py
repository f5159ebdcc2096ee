"""Who knows whom: default kinds, each tie read from each side, self and duplicates refused."""

from __future__ import annotations

import pytest

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound, ValidationErrors
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import people, relationships
from buurtdesk.services.relationships import DEFAULT_KINDS


def _person(db: Database, voornaam: str, achternaam: str) -> int:
    return people.create_person(db, PersonInput(voornaam=voornaam, achternaam=achternaam)).person_id


def _kind(db: Database, name: str) -> int:
    return next(k.kind_id for k in relationships.list_kinds(db) if k.name == name)


def test_defaults_are_made_once(any_db: Database) -> None:
    kinds = relationships.list_kinds(any_db)
    assert {k.name for k in kinds} == {name for name, _ in DEFAULT_KINDS}
    mentor = next(k for k in kinds if k.name == "mentor van")
    assert (mentor.inverse_name, mentor.mutual) == ("mentee van", False)
    buren = next(k for k in kinds if k.name == "buren")
    assert (buren.inverse_name, buren.mutual) == ("buren", True)
    assert not relationships.ensure_default_kinds(any_db)
    assert len(relationships.list_kinds(any_db)) == len(DEFAULT_KINDS)


def test_choices_offer_directional_kinds_both_ways(db: Database) -> None:
    labels = [(c.label, c.reverse) for c in relationships.relationship_choices(db)]
    assert ("mentor van", False) in labels
    assert ("mentee van", True) in labels
    assert ("wordt verzorgd door", True) in labels
    assert ("buren", False) in labels
    assert ("buren", True) not in labels


def test_a_tie_reads_from_each_side(any_db: Database) -> None:
    jan = _person(any_db, "Jan", "Jansen")
    piet = _person(any_db, "Piet", "de Vries")
    mentor = _kind(any_db, "mentor van")
    relationships.add_relationship(any_db, person_id=jan, other_person_id=piet, kind_id=mentor)
    relationships.add_relationship(
        any_db,
        person_id=jan,
        other_person_id=piet,
        kind_id=_kind(any_db, "buren"),
        note="naast elkaar",
    )

    of_jan = [(r.label, r.other_name) for r in relationships.relationships_of_person(any_db, jan)]
    of_piet = [(r.label, r.other_name) for r in relationships.relationships_of_person(any_db, piet)]
    assert of_jan == [("buren", "Vries, Piet de"), ("mentor van", "Vries, Piet de")]
    assert of_piet == [("buren", "Jansen, Jan"), ("mentee van", "Jansen, Jan")]


def test_reverse_choice_stores_the_other_direction(db: Database) -> None:
    oma = _person(db, "Oma", "Bakker")
    kleinzoon = _person(db, "Sem", "Bakker")
    zorgt = _kind(db, "zorgt voor")
    # Chosen on oma's page: "wordt verzorgd door" Sem.
    relationships.add_relationship(
        db, person_id=oma, other_person_id=kleinzoon, kind_id=zorgt, reverse=True
    )
    assert [r.label for r in relationships.relationships_of_person(db, oma)] == [
        "wordt verzorgd door"
    ]
    assert [r.label for r in relationships.relationships_of_person(db, kleinzoon)] == ["zorgt voor"]


def test_self_and_duplicates_are_refused_in_dutch(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    piet = _person(db, "Piet", "Pieters")
    buren = _kind(db, "buren")
    mentor = _kind(db, "mentor van")

    with pytest.raises(ValidationErrors) as caught:
        relationships.add_relationship(db, person_id=jan, other_person_id=jan, kind_id=buren)
    assert "met zichzelf" in caught.value.by_field()["other_person_id"]

    relationships.add_relationship(db, person_id=jan, other_person_id=piet, kind_id=buren)
    with pytest.raises(ValidationErrors) as caught:
        # Mutual: the same tie from the other side is the same tie.
        relationships.add_relationship(db, person_id=piet, other_person_id=jan, kind_id=buren)
    assert caught.value.by_field()["kind_id"] == (
        "Deze relatie bestaat al: Piet Pieters – buren – Jan Jansen."
    )

    relationships.add_relationship(db, person_id=jan, other_person_id=piet, kind_id=mentor)
    with pytest.raises(ValidationErrors, match="bestaat al"):
        relationships.add_relationship(
            db, person_id=piet, other_person_id=jan, kind_id=mentor, reverse=True
        )
    assert len(relationships.relationships_of_person(db, jan)) == 2


def test_remove_and_missing_things(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    piet = _person(db, "Piet", "Pieters")
    saved = relationships.add_relationship(
        db, person_id=jan, other_person_id=piet, kind_id=_kind(db, "familie")
    )
    relationships.remove_relationship(db, saved.relationship_id)
    assert relationships.relationships_of_person(db, jan) == []
    with pytest.raises(NotFound):
        relationships.remove_relationship(db, saved.relationship_id)
    with pytest.raises(NotFound, match="soort relatie"):
        relationships.add_relationship(db, person_id=jan, other_person_id=piet, kind_id=999)
    with pytest.raises(NotFound, match="persoon"):
        relationships.add_relationship(
            db, person_id=jan, other_person_id=999, kind_id=_kind(db, "familie")
        )


def test_custom_kind(db: Database) -> None:
    row = relationships.add_kind(db, "leert taal van", "geeft taalles aan")
    assert not row.mutual
    with pytest.raises(ValidationErrors) as caught:
        relationships.add_kind(db, "Buren")
    assert "bestaat al" in caught.value.by_field()["name"]
    with pytest.raises(ValidationErrors) as caught:
        relationships.add_kind(db, " ")
    assert caught.value.by_field()["name"] == "Vul de naam van de relatie in."

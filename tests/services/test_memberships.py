"""Memberships: a person at an organisation with a function and dates, listed both ways."""

from __future__ import annotations

from datetime import date

import pytest

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound, ValidationErrors
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import memberships, organisations, people
from buurtdesk.services.changes import Entity


def _person(db: Database, voornaam: str, achternaam: str, tussenvoegsel: str = "") -> int:
    data = PersonInput(voornaam=voornaam, tussenvoegsel=tussenvoegsel, achternaam=achternaam)
    return people.create_person(db, data).person_id


def _org(db: Database, name: str) -> int:
    return organisations.create_organisation(db, OrganisationInput(name=name)).organisation_id


def test_add_update_remove_and_list_both_ways(any_db: Database) -> None:
    jan = _person(any_db, "Jan", "Berg", "van der")
    fatma = _person(any_db, "Fatma", "Yılmaz")
    school = _org(any_db, "Basisschool De Regenboog")
    corporatie = _org(any_db, "Woonstad")

    saved = memberships.add_membership(
        any_db, person_id=jan, organisation_id=school, function="Conciërge", since=date(2020, 1, 1)
    )
    assert saved.changes.affects(Entity.MEMBERSHIP)
    assert saved.changes.affects(Entity.ORGANISATION)
    memberships.add_membership(any_db, person_id=jan, organisation_id=corporatie)
    memberships.add_membership(any_db, person_id=fatma, organisation_id=school, function="Ouder")

    of_jan = memberships.memberships_of_person(any_db, jan)
    assert [(m.organisation_name, m.function) for m in of_jan] == [
        ("Basisschool De Regenboog", "Conciërge"),
        ("Woonstad", ""),
    ]
    assert of_jan[0].person_name == "Berg, Jan van der"
    assert of_jan[0].is_current(date(2024, 5, 1))
    assert not of_jan[0].is_current(date(2019, 1, 1))

    members = memberships.members_of_organisation(any_db, school)
    assert [m.person_name for m in members] == ["Berg, Jan van der", "Yılmaz, Fatma"]
    assert [
        m.person_name for m in memberships.members_of_organisation(any_db, school, offset=1)
    ] == ["Yılmaz, Fatma"]

    memberships.update_membership(
        any_db,
        saved.membership_id,
        function="Conciërge",
        since=date(2020, 1, 1),
        until=date(2024, 7, 1),
    )
    assert memberships.memberships_of_person(any_db, jan)[0].until == date(2024, 7, 1)

    memberships.remove_membership(any_db, saved.membership_id)
    assert [m.organisation_name for m in memberships.memberships_of_person(any_db, jan)] == [
        "Woonstad"
    ]


def test_same_function_twice_is_refused_but_another_function_is_fine(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    org = _org(db, "Buurthuis")
    memberships.add_membership(db, person_id=jan, organisation_id=org, function="Vrijwilliger")
    with pytest.raises(ValidationErrors) as caught:
        memberships.add_membership(db, person_id=jan, organisation_id=org, function="vrijwilliger")
    assert "staat al bij deze organisatie" in caught.value.by_field()["function"]
    memberships.add_membership(db, person_id=jan, organisation_id=org, function="Bestuurslid")
    assert len(memberships.memberships_of_person(db, jan)) == 2


def test_bad_dates_and_function_are_explained(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    org = _org(db, "Buurthuis")
    with pytest.raises(ValidationErrors) as caught:
        memberships.add_membership(
            db, person_id=jan, organisation_id=org, since=date(2024, 1, 1), until=date(2023, 1, 1)
        )
    assert caught.value.by_field() == {
        "until": "Tot-datum ligt vóór de vanaf-datum. Pas een van beide aan."
    }
    with pytest.raises(ValidationErrors) as caught:
        memberships.add_membership(
            db, person_id=jan, organisation_id=org, function="x" * 101, since=date(1024, 1, 1)
        )
    errors = caught.value.by_field()
    assert "hoogstens 100 tekens" in errors["function"]
    assert errors["since"] == "Vanaf-datum klopt niet. Controleer het jaartal."
    assert memberships.memberships_of_person(db, jan) == []


def test_missing_person_or_organisation(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    org = _org(db, "Buurthuis")
    with pytest.raises(NotFound, match="persoon"):
        memberships.add_membership(db, person_id=999, organisation_id=org)
    with pytest.raises(NotFound, match="organisatie"):
        memberships.add_membership(db, person_id=jan, organisation_id=999)
    with pytest.raises(NotFound):
        memberships.remove_membership(db, 999)

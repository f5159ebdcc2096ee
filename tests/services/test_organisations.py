"""Organisations: validation in Dutch, the list with search and kind filter, delete impact."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound, ValidationErrors
from buurtdesk.domain.network import OrganisationKind
from buurtdesk.domain.organisation_fields import OrganisationInput, validate_organisation
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.privacy import AuditEntry
from buurtdesk.services import memberships, organisations, people
from buurtdesk.services.changes import Entity
from buurtdesk.services.organisations import OrganisationQuery


def _org(db: Database, name: str, kind: str = "overig", **fields: str) -> int:
    return organisations.create_organisation(
        db, OrganisationInput(name=name, kind=kind, **fields)
    ).organisation_id


def test_create_normalises_and_reads_back(db: Database) -> None:
    saved = organisations.create_organisation(
        db,
        OrganisationInput(
            name="  Woonstad   Rotterdam ",
            kind="Woningcorporatie",
            straat="Kerkweg",
            huisnummer="12",
            postcode="3011ab",
            telefoon="010 123 4567",
            email="Info@Woonstad.NL",
            website="www.woonstad.nl",
        ),
    )
    assert saved.name == "Woonstad Rotterdam"
    assert saved.changes.affects(Entity.ORGANISATION)
    detail = organisations.get_organisation(db, saved.organisation_id)
    assert detail.data.kind == "woningcorporatie"
    assert detail.kind_label == "Woningcorporatie"
    assert detail.data.postcode == "3011 AB"
    assert detail.data.telefoon == "+31101234567"
    assert detail.data.email == "info@woonstad.nl"
    assert detail.member_count == 0


def test_bad_input_names_every_field_in_dutch() -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_organisation(
            OrganisationInput(
                name="   ",
                kind="bakkerij",
                postcode="0123 AB",
                telefoon="06-123",
                email="geen-apenstaartje",
                website="niet een adres",
                notes="x" * 10_001,
            )
        )
    errors = caught.value.by_field()
    assert errors["name"] == "Vul de naam in."
    assert "Kies een soort organisatie" in errors["kind"]
    assert "begint nooit met een 0" in errors["postcode"]
    assert errors["telefoon"].startswith("Telefoonnummer")
    assert "@" in errors["email"]
    assert "Website klopt niet" in errors["website"]
    assert "hoogstens 10000 tekens" in errors["notes"]


def test_name_longer_than_the_column_is_refused() -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_organisation(OrganisationInput(name="a" * 151))
    assert "hoogstens 150 tekens" in caught.value.by_field()["name"]


def test_empty_kind_is_other_and_every_kind_is_accepted() -> None:
    assert (
        validate_organisation(OrganisationInput(name="X", kind="")).kind is OrganisationKind.OTHER
    )
    for kind in OrganisationKind:
        assert validate_organisation(OrganisationInput(name="X", kind=kind.value)).kind is kind


def test_search_by_substring_prefix_first_and_kind_filter(db: Database) -> None:
    _org(db, "Basisschool De Regenboog", "school")
    _org(db, "Regenboog Groep", "welzijn")
    _org(db, "Sportclub Ōmmen", "sport")
    _org(db, "Gemeente Utrecht", "gemeente")

    names = [r.name for r in organisations.search_organisations(db, OrganisationQuery("regenb"))]
    assert names == ["Regenboog Groep", "Basisschool De Regenboog"]
    schools = organisations.search_organisations(db, OrganisationQuery("regenboog", "school"))
    assert [r.name for r in schools] == ["Basisschool De Regenboog"]
    assert schools[0].kind_label == "School"
    # Folded: no accents, any case; every word must occur.
    assert [r.name for r in organisations.search_organisations(db, OrganisationQuery("OMMEN"))] == [
        "Sportclub Ōmmen"
    ]
    assert organisations.search_organisations(db, OrganisationQuery("regenboog utrecht")) == []
    # LIKE wildcards typed by a user are plain characters.
    assert organisations.search_organisations(db, OrganisationQuery("%")) == []
    assert organisations.count_organisations(db) == 4
    assert organisations.count_organisations(db, OrganisationQuery(kind="sport")) == 1


def test_list_pages_in_name_order(db: Database) -> None:
    for name in ("Delta", "alfa", "Charlie", "Bravo"):
        _org(db, name)
    first = organisations.search_organisations(db, limit=2)
    second = organisations.search_organisations(db, limit=2, offset=2)
    assert [r.name for r in first + second] == ["alfa", "Bravo", "Charlie", "Delta"]


def test_update_and_delete_with_links_and_audit(db: Database) -> None:
    org_id = _org(db, "Buurthuis De Linde")
    person_id = people.create_person(db, PersonInput(voornaam="Jan", achternaam="Jansen")).person_id
    memberships.add_membership(
        db, person_id=person_id, organisation_id=org_id, function="Beheerder"
    )

    organisations.update_organisation(db, org_id, OrganisationInput(name="Buurthuis De Eik"))
    assert organisations.get_organisation(db, org_id).name == "Buurthuis De Eik"
    row = organisations.search_organisations(db, OrganisationQuery("eik"))[0]
    assert row.member_count == 1

    links = organisations.organisation_links(db, org_id)
    assert links.memberships == 1
    assert links.summary() == "1 lidmaatschap"

    changes = organisations.delete_organisation(db, org_id)
    assert changes.affects(Entity.MEMBERSHIP)
    with pytest.raises(NotFound, match="bestaat niet meer"):
        organisations.get_organisation(db, org_id)
    assert memberships.memberships_of_person(db, person_id) == []
    with db.read() as session:
        actions = session.execute(
            select(AuditEntry.action).where(AuditEntry.entity == "organisation")
        ).scalars()
        assert list(actions) == ["toegevoegd", "gewijzigd", "verwijderd"]


def test_missing_organisation_raises_not_found(db: Database) -> None:
    with pytest.raises(NotFound):
        organisations.update_organisation(db, 999, OrganisationInput(name="X"))
    with pytest.raises(NotFound):
        organisations.delete_organisation(db, 999)


def test_invalid_input_writes_nothing(db: Database) -> None:
    with pytest.raises(ValidationErrors):
        organisations.create_organisation(db, OrganisationInput(name=""))
    with db.read() as session:
        assert session.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == 0


def test_search_on_postgresql_too(any_db: Database) -> None:
    _org(any_db, "Moskee Al-Fourqaan", "religieus")
    _org(any_db, "Kerk De Fontein", "religieus")
    rows = organisations.search_organisations(any_db, OrganisationQuery("fo", "religieus"))
    assert [r.name for r in rows] == ["Kerk De Fontein", "Moskee Al-Fourqaan"]
    assert {r.kind_label for r in rows} == {"Kerk, moskee of tempel"}

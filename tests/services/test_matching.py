"""Koppelen on a small, hand-made neighbourhood: the ranking a coordinator would expect."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, func, select

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt, Street, Wijk
from buurtdesk.domain.errors import NotFound, ValidationErrors
from buurtdesk.domain.initiatives import (
    Initiative,
    InitiativeNeed,
    InitiativeOrganisation,
    InitiativePerson,
    NeedKind,
    Stage,
)
from buurtdesk.domain.network import ContactMoment, ContactMomentPerson, Organisation
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.privacy import AuditEntry
from buurtdesk.services import contacts, matching, organisations, people
from buurtdesk.services.changes import Entity

TODAY = date(2026, 12, 7)
PLACE = "Lindenhoven"


@dataclass(frozen=True)
class World:
    initiative_id: int
    ids: dict[str, int]

    def need(self, db: Database, kind: NeedKind, description: str) -> int:
        with db.write() as session:
            need = InitiativeNeed(
                initiative_id=self.initiative_id, kind=kind.value, description=description
            )
            session.add(need)
            session.flush()
            return need.id


def _areas(db: Database) -> dict[str, int]:
    with db.write() as session:
        wijk = Wijk(name="Lindenhoven-Zuid")
        session.add(wijk)
        session.flush()
        centrum, noord = (
            Buurt(wijk_id=wijk.id, name="Centrum"),
            Buurt(wijk_id=wijk.id, name="Noord"),
        )
        session.add_all([centrum, noord])
        session.flush()
        for name, buurt in (("Lindestraat", centrum), ("Eikenlaan", centrum), ("Beukweg", noord)):
            session.add(Street(name=name, woonplaats=PLACE, buurt_id=buurt.id))
        stage = Stage(name="Verkenning", position=1)
        session.add(stage)
        session.flush()
        return {"centrum": centrum.id, "noord": noord.id, "stage": stage.id}


def _person(db: Database, name: str, straat: str, **fields: Any) -> int:
    voornaam, achternaam = name.split(" ", 1)
    data = PersonInput(
        voornaam=voornaam, achternaam=achternaam, straat=straat, woonplaats=PLACE, **fields
    )
    return people.create_person(db, data).person_id


def _organisation(db: Database, name: str, kind: str, buurt_id: int | None = None) -> int:
    organisation_id = organisations.create_organisation(
        db, OrganisationInput(name=name, kind=kind)
    ).organisation_id
    if buurt_id is not None:
        with db.write() as session:
            organisation = session.get(Organisation, organisation_id)
            assert organisation is not None
            organisation.buurt_id = buurt_id
    return organisation_id


def _world(db: Database) -> World:
    areas = _areas(db)
    ids = {
        "fatima": _person(db, "Fatima El Amrani", "Lindestraat", skills=("koken",)),
        "ali": _person(db, "Ali Bakker", "Lindestraat", skills=("koken", "fietsen repareren")),
        "bram": _person(db, "Bram de Vries", "Eikenlaan", skills=("Koken",)),
        "carla": _person(db, "Carla Jansen", "Lindestraat"),
        "dirk": _person(db, "Dirk Pieters", "Beukweg", is_volunteer=True),
        "els": _person(db, "Els Smit", "Beukweg", interests=("koken",)),
        "henk": _person(db, "Henk Mulder", "Beukweg", skills=("boekhouding",)),
        "ingrid": _person(db, "Ingrid Kok", "Lindestraat", skills=("koken",)),
        "welzijn": _organisation(db, "Welzijn De Linde", "welzijn", areas["centrum"]),
        "gemeente": _organisation(db, "Gemeente Lindenhoven", "gemeente"),
        "woonstad": _organisation(db, "Woonstad", "woningcorporatie"),
        "school": _organisation(db, "Basisschool De Esdoorn", "school", areas["centrum"]),
        "moskee": _organisation(db, "Moskee Al Fath", "religieus", areas["noord"]),
        "sport": _organisation(db, "Sportclub Linden", "sport"),
    }
    with db.write() as session:
        initiative = Initiative(
            title="Buurtmaaltijd Lindeplein", buurt_id=areas["centrum"], stage_id=areas["stage"]
        )
        session.add(initiative)
        session.flush()
        session.add_all(
            [
                InitiativePerson(initiative_id=initiative.id, person_id=ids["fatima"]),
                InitiativePerson(
                    initiative_id=initiative.id, person_id=ids["ingrid"], role="vrijwilliger"
                ),
                InitiativeOrganisation(initiative_id=initiative.id, organisation_id=ids["sport"]),
            ]
        )
        return World(initiative.id, ids)


@pytest.fixture
def world(any_db: Database) -> World:
    return _world(any_db)


def _ranking(db: Database, need_id: int) -> list[tuple[str, int, tuple[str, ...]]]:
    return [(s.name, s.score, s.reasons) for s in matching.suggestions(db, need_id)]


def test_the_neighbour_who_cooks_comes_first(any_db: Database, world: World) -> None:
    need = world.need(any_db, NeedKind.OTHER, "iemand die kan koken voor de buurtmaaltijd")
    assert _ranking(any_db, need) == [
        ("Ali Bakker", 90, ("vaardigheid: koken", "woont in dezelfde straat")),
        ("Bram de Vries", 75, ("vaardigheid: koken", "woont in dezelfde buurt")),
        ("Els Smit", 45, ("interesse: koken",)),
        ("Carla Jansen", 30, ("woont in dezelfde straat",)),
    ]  # Dirk is a volunteer, but that alone is a reason only for a need of volunteers


def test_what_the_description_asks_for_outranks_the_general_words_of_the_kind(
    any_db: Database, world: World
) -> None:
    """Found in a trial: for a volunteers' need "iemand die kan koken", a volunteer who
    does odd jobs (klussen: a general word of the kind) came between the cooks."""
    _person(any_db, "Kees Klusman", "Beukweg", skills=("klussen",), is_volunteer=True)
    need = world.need(any_db, NeedKind.VOLUNTEERS, "iemand die kan koken voor de buurtmaaltijd")
    ranking = _ranking(any_db, need)
    names = [name for name, _score, _reasons in ranking]
    assert names[:3] == ["Ali Bakker", "Bram de Vries", "Kees Klusman"]


def test_initiators_and_people_already_in_the_initiative_are_left_out(
    any_db: Database, world: World
) -> None:
    need = world.need(any_db, NeedKind.VOLUNTEERS, "koks voor de buurtmaaltijd")
    found = {(s.kind, s.id) for s in matching.suggestions(any_db, need)}
    assert ("person", world.ids["fatima"]) not in found
    assert ("person", world.ids["ingrid"]) not in found
    assert ("organisation", world.ids["sport"]) not in found  # already a partner


def test_volunteers_and_welfare_for_a_need_of_volunteers(any_db: Database, world: World) -> None:
    need = world.need(any_db, NeedKind.VOLUNTEERS, "handen om op te bouwen en op te ruimen")
    assert _ranking(any_db, need) == [
        ("Welzijn De Linde", 50, ("organisatie: welzijnsorganisatie", "zit in dezelfde buurt")),
        ("Ali Bakker", 30, ("woont in dezelfde straat",)),
        ("Carla Jansen", 30, ("woont in dezelfde straat",)),
        ("Dirk Pieters", 25, ("is vrijwilliger",)),
        ("Bram de Vries", 15, ("woont in dezelfde buurt",)),
    ]


def test_money_goes_to_the_treasurer_and_the_funders(any_db: Database, world: World) -> None:
    need = world.need(any_db, NeedKind.MONEY, "aanvraag bij het wijkbudget")
    ranking = _ranking(any_db, need)
    assert ranking[0] == ("Henk Mulder", 40, ("vaardigheid: boekhouding",))
    organisations_found = [name for name, _score, reasons in ranking if "organisatie" in reasons[0]]
    assert organisations_found == ["Gemeente Lindenhoven", "Woonstad"]
    assert ("Gemeente Lindenhoven", 35, ("organisatie: gemeente",)) in ranking


def test_a_place_names_the_school_the_mosque_and_welfare(any_db: Database, world: World) -> None:
    need = world.need(any_db, NeedKind.PLACE, "een zaal voor veertig mensen")
    organisations_found = [
        (s.name, s.score) for s in matching.suggestions(any_db, need) if s.kind == "organisation"
    ]
    assert organisations_found == [
        ("Basisschool De Esdoorn", 50),
        ("Welzijn De Linde", 50),
        ("Moskee Al Fath", 35),
    ]


def test_limit_and_a_missing_need(db: Database) -> None:
    world = _world(db)
    need = world.need(db, NeedKind.OTHER, "iemand die kan koken voor de buurtmaaltijd")
    assert [s.name for s in matching.suggestions(db, need, limit=2)] == [
        "Ali Bakker",
        "Bram de Vries",
    ]
    with pytest.raises(NotFound, match="bestaat niet meer"):
        matching.suggestions(db, need + 1000)


@pytest.fixture
def statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    yield seen
    event.remove(db.engine, "before_cursor_execute", count)


def test_the_number_of_queries_does_not_grow_with_the_network(
    db: Database, statements: list[str]
) -> None:
    world = _world(db)
    need = world.need(db, NeedKind.VOLUNTEERS, "iemand die kan koken")
    statements.clear()
    small = len(matching.suggestions(db, need))
    few = len(statements)
    for number in range(30):
        buur = f"Buur {chr(ord('a') + number % 26)}{number // 26 * 'x'}"
        _person(db, buur, "Lindestraat", skills=("koken",), is_volunteer=True)
    statements.clear()
    assert len(matching.suggestions(db, need, limit=100)) == small + 30
    assert len(statements) == few <= 8


def test_introduce_records_one_contact_moment_with_both(any_db: Database, world: World) -> None:
    need = world.need(any_db, NeedKind.OTHER, "iemand die kan koken voor de buurtmaaltijd")
    changes = matching.introduce(any_db, need, person_id=world.ids["ali"], today=TODAY)
    with any_db.read() as session:
        moment = session.execute(select(ContactMoment)).scalar_one()
        session.expunge(moment)
        linked = set(
            session.execute(
                select(ContactMomentPerson.person_id).where(
                    ContactMomentPerson.contact_moment_id == moment.id
                )
            ).scalars()
        )
        audit = session.execute(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity == "contact_moment")
        ).scalar_one()
    assert changes.touched == {Entity.CONTACT_MOMENT: frozenset({moment.id})}
    assert moment.occurred_on == TODAY
    assert moment.channel == "gesprek"
    assert moment.initiative_id == world.initiative_id
    assert moment.summary == (
        "Kennismaking gelegd voor iemand die kan koken voor de buurtmaaltijd: Ali Bakker – "
        "vaardigheid: koken, woont in dezelfde straat"
    )
    assert linked == {world.ids["fatima"], world.ids["ali"]}
    assert audit == 1
    detail = contacts.get_contact_moment(any_db, moment.id)
    assert detail.initiative_title == "Buurtmaaltijd Lindeplein"


def test_introduce_an_organisation_with_an_own_summary(db: Database) -> None:
    world = _world(db)
    need = world.need(db, NeedKind.PLACE, "")
    matching.introduce(
        db, need, organisation_id=world.ids["school"], summary="Gebeld met de directeur."
    )
    default = matching.introduce(db, need, organisation_id=world.ids["moskee"], today=TODAY)
    with db.read() as session:
        summaries = session.execute(
            select(ContactMoment.summary).order_by(ContactMoment.id)
        ).scalars()
        assert list(summaries) == [
            "Gebeld met de directeur.",
            "Kennismaking gelegd voor een plek: Moskee Al Fath – "
            "organisatie: kerk, moskee of tempel",
        ]
    assert default


def test_introduce_refuses_what_makes_no_sense(db: Database) -> None:
    world = _world(db)
    need = world.need(db, NeedKind.OTHER, "koken")
    with pytest.raises(ValidationErrors, match="Kies één persoon of één organisatie"):
        matching.introduce(db, need)
    with pytest.raises(ValidationErrors, match="Kies één persoon of één organisatie"):
        matching.introduce(
            db, need, person_id=world.ids["ali"], organisation_id=world.ids["school"]
        )
    with pytest.raises(ValidationErrors, match="doet al mee"):
        matching.introduce(db, need, person_id=world.ids["fatima"])
    with pytest.raises(NotFound, match="bestaat niet meer"):
        matching.introduce(db, need, person_id=world.ids["ali"] + 1000)
    with db.read() as session:
        assert session.execute(select(func.count()).select_from(ContactMoment)).scalar_one() == 0

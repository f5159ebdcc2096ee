"""Every item model of the person tabs, the organisations list and Vervolgacties is a valid
Qt model (pytest-qt's model tester), pages where its list can grow long, and reads its rows
the way the panels show them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester

from buurtdesk.db.engine import Database
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.gui import icons
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.follow_ups.model import WHAT, FollowUpsModel
from buurtdesk.gui.netwerk.person_tabs import person_tabs
from buurtdesk.gui.netwerk.tabs.contact_list import ContactMomentsModel
from buurtdesk.gui.netwerk.tabs.memberships import MembershipsModel, Side
from buurtdesk.gui.netwerk.tabs.relationships import RelationshipsModel
from buurtdesk.gui.netwerk.tabs.rows_model import ROW_ID_ROLE
from buurtdesk.gui.organisations.model import OrganisationsModel
from buurtdesk.gui.resources import icons_dir
from buurtdesk.services import contacts, memberships, organisations, relationships
from buurtdesk.services.organisations import OrganisationQuery
from tests.gui.conftest import add_people, add_person

TODAY = date(2026, 11, 30)


def check(qtmodeltester: ModelTester, model: object) -> None:
    qtmodeltester.check(model, force_py=True)  # pytest-qt's thorough Python checks
    qtmodeltester.check(model)  # and Qt's own QAbstractItemModelTester


def organisation(db: Database, name: str) -> int:
    return organisations.create_organisation(db, OrganisationInput(name=name)).organisation_id


def test_the_memberships_model_from_both_sides(
    qtmodeltester: ModelTester, db: Database, language: str
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    clubs = [organisation(db, f"Club {n}") for n in range(3)]
    for club in clubs:
        memberships.add_membership(
            db, person_id=kees, organisation_id=club, function="lid", since=date(2020, 1, 1)
        )
    of_person = MembershipsModel(Side.PERSON, today=lambda: TODAY)
    of_person.set_source(
        lambda offset, _limit: memberships.memberships_of_person(db, kees) if offset == 0 else []
    )
    check(qtmodeltester, of_person)
    assert of_person.texts(0) == ["Club 0", "Club 1", "Club 2"]
    assert of_person.texts(2) == ["sinds 1 jan 2020"] * 3

    add_people(db, 5)
    for person in range(2, 7):
        memberships.add_membership(db, person_id=person, organisation_id=clubs[0])
    members = MembershipsModel(Side.ORGANISATION, today=lambda: TODAY, page_size=2)
    members.set_source(
        lambda offset, limit: memberships.members_of_organisation(
            db, clubs[0], limit=limit, offset=offset
        )
    )
    assert members.rowCount() == 2  # a page, not everyone
    check(qtmodeltester, members)
    while members.canFetchMore(QModelIndex()):
        members.fetchMore(QModelIndex())
    assert members.rowCount() == 6
    assert members.texts(0)[-1] == "Bos, Kees"
    members.reload()  # read again with the testers watching: as many rows as before
    assert members.rowCount() == 6


def test_the_relationships_model(qtmodeltester: ModelTester, db: Database, language: str) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    els = add_person(db, voornaam="Els", tussenvoegsel="van der", achternaam="Berg")
    kinds = {k.name: k.kind_id for k in relationships.list_kinds(db)}
    relationships.add_relationship(
        db, person_id=els, other_person_id=kees, kind_id=kinds["mentor van"]
    )
    model = RelationshipsModel()
    model.set_rows(relationships.relationships_of_person(db, kees))
    check(qtmodeltester, model)
    assert model.sentence(0) == "mentee van Els van der Berg"
    assert model.index(0, 1).data(ROW_ID_ROLE) == model.relationship(0).relationship_id


def test_the_contact_moments_model_pages_newest_first(
    qtmodeltester: ModelTester, db: Database, language: str
) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    for days in range(5):
        contacts.record_contact_moment(
            db,
            contacts.ContactMomentInput(
                occurred_on=TODAY - timedelta(days=days),
                summary=f"Gesprek {days}",
                person_ids=(kees,),
                follow_up="Terugbellen" if days == 1 else "",
                follow_up_due=TODAY - timedelta(days=1) if days == 1 else None,
            ),
            today=TODAY,
        )
    model = ContactMomentsModel(today=lambda: TODAY, page_size=2)
    model.owner = ("person", kees)
    model.set_source(
        lambda offset, limit: contacts.contact_moments_of_person(
            db, kees, limit=limit, offset=offset
        )
    )
    assert model.rowCount() == 2
    check(qtmodeltester, model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 5
    assert model.texts(0)[0] == "ma 30 nov 2026 · Gesprek. Gesprek 0."
    assert model.texts(0)[1] == (
        "zo 29 nov 2026 · Gesprek. Gesprek 1. "
        "Vervolgactie: Terugbellen — te laat, sinds zo 29 nov 2026."
    )
    assert model.is_overdue(model.moment(1))


def test_the_organisations_model(qtmodeltester: ModelTester, db: Database, language: str) -> None:
    for n in range(7):
        organisation(db, f"Vereniging {n}")
    model = OrganisationsModel(db=db, bus=ChangeBus(), page_size=3)
    assert model.rowCount() == 3
    assert model.count == 7
    check(qtmodeltester, model)
    assert model.locate(model.row_id(organisations.search_organisations(db)[6])) == 6
    model.set_query(OrganisationQuery(text="3"))
    assert model.texts(0) == ["Vereniging 3"]
    assert model.count == 1


def test_the_follow_ups_model(qtmodeltester: ModelTester, db: Database, language: str) -> None:
    kees = add_person(db, voornaam="Kees", achternaam="Bos")
    for days in range(-3, 4):
        contacts.record_contact_moment(
            db,
            contacts.ContactMomentInput(
                occurred_on=TODAY - timedelta(days=10),
                person_ids=(kees,),
                follow_up=f"Actie {days}",
                follow_up_due=TODAY + timedelta(days=days),
            ),
            today=TODAY,
        )
    model = FollowUpsModel(db=db, today=lambda: TODAY, page_size=2)
    model.start(only_overdue=False)
    assert model.rowCount() == 2
    check(qtmodeltester, model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.texts(WHAT) == [f"Actie {days}" for days in range(-3, 4)]
    model.start(only_overdue=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.texts(WHAT) == ["Actie -3", "Actie -2", "Actie -1"]
    check(qtmodeltester, model)


def test_every_icon_the_tabs_and_parts_use_exists(language: str) -> None:
    names = {spec.icon for spec in person_tabs()}
    names |= {"building-2", "list-todo", "pencil", "x", "plus", "check", "undo-2", "trash-2"}
    names |= {"calendar-clock", "circle-alert", "user-round", "save", "users", "messages-square"}
    for name in sorted(names):
        assert (icons_dir() / f"{name}.svg").is_file(), name
        assert not icons.pixmap(name, 24).isNull(), name

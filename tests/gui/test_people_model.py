"""The people list model: a valid Qt model, paged with keyset paging, refreshed on change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.netwerk.people_model import NAME, PERSON_ID_ROLE, ROLES, PeopleModel
from buurtdesk.services import people, people_search
from buurtdesk.services.people_search import PeopleQuery
from tests.gui.conftest import add_people, surname


def names(model: PeopleModel) -> list[str]:
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_the_model_passes_qt_s_model_tester(
    qtmodeltester: ModelTester, db: Database, language: str
) -> None:
    add_people(db, 35)
    model = PeopleModel(db=db, bus=ChangeBus(), page_size=10)
    qtmodeltester.check(model, force_py=True)  # pytest-qt's thorough Python checks
    qtmodeltester.check(model)  # and Qt's own QAbstractItemModelTester
    assert model.rowCount() >= 10


def test_rows_arrive_a_page_at_a_time_in_list_order(db: Database, language: str) -> None:
    add_people(db, 1000)
    model = PeopleModel(db=db, bus=ChangeBus(), page_size=200)
    assert model.rowCount() == 200  # never the whole table up front
    assert model.canFetchMore(QModelIndex())
    pages = 1
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        pages += 1
    assert model.rowCount() == 1000
    assert pages in (5, 6)  # the last, empty fetch may be needed to know the end
    assert names(model) == [f"{surname(n)}, Jan" for n in range(1000)]
    ids = [model.index(row, NAME).data(PERSON_ID_ROLE) for row in range(1000)]
    assert len(set(ids)) == 1000


def test_the_pages_follow_on_by_rank(
    db: Database, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_people(db, 25)
    calls: list[int | None] = []
    real_fetch = people_search.fetch_page

    def spy(db: Database, query: PeopleQuery, *, after_rank: int | None = None, limit: int = 200):  # type: ignore[no-untyped-def]
        calls.append(after_rank)
        return real_fetch(db, query, after_rank=after_rank, limit=limit)

    monkeypatch.setattr(people_search, "fetch_page", spy)
    model = PeopleModel(db=db, bus=ChangeBus(), page_size=10)
    model.fetchMore(QModelIndex())
    last_of_first_page = real_fetch(db, PeopleQuery(), limit=10)[-1].rank
    assert calls == [None, last_of_first_page]


def test_a_search_narrows_the_list_and_the_count(qtbot: QtBot, db: Database, language: str) -> None:
    add_people(db, 60)
    people.create_person(db, PersonInput(voornaam="Fatima", achternaam="El Amrani"))
    model = PeopleModel(db=db, bus=ChangeBus(), page_size=50)
    assert model.count == 61
    with qtbot.waitSignal(model.count_changed) as counted:
        model.set_query(PeopleQuery(text="amrani"))
    assert names(model) == ["Amrani, Fatima el"]
    assert counted.args == [1]


def test_roles_show_as_words(db: Database, language: str) -> None:
    people.create_person(db, PersonInput(voornaam="Els", achternaam="Visser", is_volunteer=True))
    model = PeopleModel(db=db, bus=ChangeBus())
    assert model.index(0, ROLES).data() == "bewoner, vrijwilliger"
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "Naam"


def test_a_published_change_refetches_what_is_loaded(db: Database, language: str) -> None:
    add_people(db, 30)
    bus = ChangeBus()
    model = PeopleModel(db=db, bus=bus, page_size=10)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    saved = people.create_person(db, PersonInput(voornaam="Ab", achternaam="Aa"))
    bus.publish(saved.changes)
    assert model.rowCount() >= 20
    assert model.index(0, NAME).data() == "Aa, Ab"
    assert model.count == 31


def test_locate_fetches_further_pages_to_find_a_person(db: Database, language: str) -> None:
    add_people(db, 120)
    model = PeopleModel(db=db, bus=ChangeBus(), page_size=20)
    last = people_search.fetch_page(db, PeopleQuery(), after_rank=None, limit=200)[-1]
    row = model.locate(last.person_id)
    assert row == 119
    assert model.rowCount() == 120

"""The rank that makes the substring index return people in list order stays correct
through inserts, renames and crowded spots, including the window re-spread."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from buurtdesk.db import person_order
from buurtdesk.db.engine import Database
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import people


def _check_invariants(db: Database) -> list[str]:
    with db.read() as session:
        rows = session.execute(
            text("select id, sort_key, search_rank from person order by search_rank")
        ).all()
        by_rank = [r.id for r in rows]
        by_name = [
            r.id for r in session.execute(text("select id from person order by sort_key, id"))
        ]
        if db.is_sqlite:
            fts = [r[0] for r in session.execute(text("select rowid from person_fts"))]
            assert fts == [r.search_rank for r in rows], "FTS row ids follow the ranks"
            assert (
                session.execute(
                    text("insert into person_fts(person_fts) values('integrity-check')")
                )
                is not None
            )
    assert by_rank == by_name
    return [r.sort_key for r in rows]


def test_people_added_in_any_order_list_in_name_order(db: Database) -> None:
    for name in ["Visser", "Aalders", "Mulder", "Bakker", "Zwart", "Croes", "Bakker"]:
        people.create_person(db, PersonInput(voornaam="Sam", achternaam=name))
    keys = _check_invariants(db)
    assert [k.split("\x1f")[0] for k in keys] == [
        "aalders",
        "bakker",
        "bakker",
        "croes",
        "mulder",
        "visser",
        "zwart",
    ]


def test_a_crowded_spot_is_spread_out_again(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Squeeze 100 people between two neighbours whose ranks are only 64 apart."""
    monkeypatch.setattr(person_order, "RANK_GAP", 64)
    people.create_person(db, PersonInput(achternaam="Aa"))
    people.create_person(db, PersonInput(achternaam="Zz"))
    for i in range(100):
        people.create_person(
            db,
            PersonInput(
                voornaam=f"Kim{'a' * (i % 7)}", achternaam=f"M{chr(97 + i // 26)}{chr(97 + i % 26)}"
            ),
        )
    _check_invariants(db)


def test_renaming_moves_a_person_to_the_new_place(db: Database) -> None:
    ids = [
        people.create_person(db, PersonInput(voornaam="Jo", achternaam=n)).person_id
        for n in ["Bos", "Dekker", "Jansen"]
    ]
    data = people.get_person(db, ids[0]).data
    people.update_person(db, ids[0], PersonInput(**{**data.__dict__, "achternaam": "Kok"}))
    keys = _check_invariants(db)
    assert [k.split("\x1f")[0] for k in keys] == ["dekker", "jansen", "kok"]


surnames = st.sampled_from(["Berg", "Bos", "Vos", "Smit", "Bakker", "Aydın", "Öztürk", "Vries"])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.tuples(st.booleans(), surnames, st.sampled_from(["Jan", "Ans", "Piet", ""])),
        min_size=1,
        max_size=25,
    )
)
def test_any_sequence_of_adds_and_renames_keeps_the_order(
    db: Database, steps: list[tuple[bool, str, str]]
) -> None:
    monkeypatch_gap = person_order.RANK_GAP
    person_order.RANK_GAP = 8  # crowd the ranks so re-spreading happens often
    try:
        with db.write() as session:
            session.execute(text("delete from person"))
        ids: list[int] = []
        for rename, surname, first in steps:
            if rename and ids:
                target = ids[len(ids) // 2]
                people.update_person(db, target, PersonInput(voornaam=first, achternaam=surname))
            else:
                ids.append(
                    people.create_person(
                        db, PersonInput(voornaam=first, achternaam=surname)
                    ).person_id
                )
        _check_invariants(db)
    finally:
        person_order.RANK_GAP = monkeypatch_gap


def _wait_until_another_transaction_waits_for_the_lock(db: Database) -> None:
    import time

    deadline = time.monotonic() + 10
    waiting = "select count(*) from pg_locks where locktype = 'advisory' and not granted"
    with db.engine.connect() as connection:
        while not connection.execute(text(waiting)).scalar():
            assert time.monotonic() < deadline, "the second PC never queued for the lock"
            connection.rollback()


@pytest.mark.postgres
def test_two_pcs_adding_at_the_same_spot_both_succeed(pg_db: Database) -> None:
    """The second transaction waits for the first one's rank instead of colliding."""
    import threading

    from buurtdesk.db.person_order import rank_for

    people.create_person(pg_db, PersonInput(achternaam="Aa"))
    people.create_person(pg_db, PersonInput(achternaam="Zz"))
    first_has_rank = threading.Event()
    errors: list[BaseException] = []

    def first_pc() -> None:
        try:
            with pg_db.write() as session:
                from buurtdesk.domain.network import Person

                rank = rank_for(session, "mm\x1f\x1f")
                first_has_rank.set()
                session.add(Person(achternaam="Mm", sort_key="mm\x1f\x1f", search_rank=rank))
                session.flush()
                _wait_until_another_transaction_waits_for_the_lock(pg_db)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    worker = threading.Thread(target=first_pc)
    worker.start()
    assert first_has_rank.wait(5)
    people.create_person(pg_db, PersonInput(achternaam="Mm"))
    worker.join()
    assert errors == []
    _check_invariants(pg_db)

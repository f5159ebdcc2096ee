"""Two PCs on one PostgreSQL database take the last place at the same moment: the second
waits for the first and lands on the waiting list; capacity is never exceeded."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import Connection, insert, select, text

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Occurrence, SignUp, SignUpStatus
from buurtdesk.services import activities, signups
from buurtdesk.services.signups import SignUpResult, WalkInInput
from tests.services.agenda_helpers import TODAY, activity_input, sign_up
from tests.services.signups_world import plan

pytestmark = pytest.mark.postgres


def _first_pc_takes_the_last_place(connection: Connection, occurrence_id: int) -> None:
    """What register_* does up to its commit: lock the date, add a confirmed sign-up."""
    connection.execute(
        select(Occurrence.id).where(Occurrence.id == occurrence_id).with_for_update()
    )
    connection.execute(
        insert(SignUp).values(
            occurrence_id=occurrence_id,
            walk_in_name="Eerste PC",
            walk_in_phone="0611111111",
            party_size=1,
            status=SignUpStatus.CONFIRMED.value,
            position=0,
            consent_contact=False,
            consent_photos=False,
        )
    )


def _waits_for_a_lock(db: Database, worker: threading.Thread) -> bool:
    """Until the worker is blocked on a row lock (True) or has finished without (False)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with db.engine.connect() as probe:
            waiting = probe.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
            )
        if waiting:
            return True
        worker.join(timeout=0.05)
        if not worker.is_alive():
            return False
    raise AssertionError("the second PC neither waited nor finished")


def _confirmed(db: Database, occurrence_id: int) -> int:
    with db.read() as session:
        rows = session.scalars(
            select(SignUp.party_size).where(
                SignUp.occurrence_id == occurrence_id,
                SignUp.status == SignUpStatus.CONFIRMED.value,
            )
        ).all()
        return sum(rows)


def test_the_last_place_goes_to_one_pc_the_other_waits(pg_db: Database) -> None:
    film = plan(pg_db, "Filmavond", capacity=1)
    results: list[SignUpResult] = []

    def second_pc() -> None:
        walk_in = WalkInInput("Tweede PC", phone="0622222222")
        results.append(signups.register_walk_in(pg_db, film.first, walk_in))

    with pg_db.engine.connect() as first_pc:
        transaction = first_pc.begin()
        _first_pc_takes_the_last_place(first_pc, film.first)
        worker = threading.Thread(target=second_pc)
        worker.start()
        blocked = _waits_for_a_lock(pg_db, worker)
        transaction.commit()
    worker.join(timeout=20)
    assert blocked, "the second PC must wait for the first one's lock on the date"
    [second] = results
    assert second.status is SignUpStatus.WAITING
    assert _confirmed(pg_db, film.first) == 1


def test_lowering_capacity_waits_for_a_sign_up_in_progress(pg_db: Database) -> None:
    """A coordinator lowers the places to 1 while the door takes the second place: the
    change waits for the sign-up and is then refused, so nobody is over the limit."""
    coffee = activities.create_activity(
        pg_db, activity_input(capacity="2"), today=TODAY
    ).activity_id
    with pg_db.read() as session:
        first_date = session.scalars(
            select(Occurrence.id)
            .where(Occurrence.activity_id == coffee)
            .order_by(Occurrence.starts_at)
        ).first()
    assert first_date is not None
    sign_up(pg_db, first_date, "Al aangemeld")
    refusals: list[Exception] = []

    def coordinator() -> None:
        try:
            activities.update_activity(pg_db, coffee, activity_input(capacity="1"), today=TODAY)
        except Exception as refused:
            refusals.append(refused)

    with pg_db.engine.connect() as door:
        transaction = door.begin()
        _first_pc_takes_the_last_place(door, first_date)
        worker = threading.Thread(target=coordinator)
        worker.start()
        blocked = _waits_for_a_lock(pg_db, worker)
        transaction.commit()
    worker.join(timeout=20)
    assert blocked
    [refused] = refusals
    assert "De capaciteit kan niet lager zijn dan 2." in str(refused)
    assert _confirmed(pg_db, first_date) == 2

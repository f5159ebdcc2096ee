"""On the day at the door: regulars preloaded, check-in and undo, live counts."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Attendance, SignUpStatus
from buurtdesk.domain.errors import ValidationError
from buurtdesk.services import signups
from buurtdesk.services.signups import WalkInInput
from buurtdesk.services.signups_types import REGULAR_STATUS
from tests.services.signups_world import add_person, make_regular, plan


def test_regulars_are_on_the_door_list_and_can_be_checked_in(any_db: Database) -> None:
    koffie = plan(any_db, weeks=2, capacity=10)
    annie = add_person(any_db, "Annie", "Berg", tussenvoegsel="van den", telefoon="0612121212")
    bert = add_person(any_db, "Bert", "Aalders")
    make_regular(any_db, koffie.activity_id, annie, added=datetime(2020, 1, 1))
    make_regular(any_db, koffie.activity_id, bert, added=datetime(2020, 1, 1))
    signups.register_person(any_db, koffie.first, bert, party_size=2)
    rows = signups.door_list(any_db, koffie.first)
    assert [(r.name, r.status, r.is_regular) for r in rows] == [
        ("Bert Aalders", SignUpStatus.CONFIRMED.value, True),
        ("Annie van den Berg", REGULAR_STATUS, True),
    ]
    assert rows[1].phone == "06 12121212"
    assert rows[1].signup_id is None
    counts = signups.occurrence_counts(any_db, koffie.first)
    # The regular without a sign-up keeps a place too.
    assert (counts.expected, counts.present, counts.free) == (3, 0, 7)

    assert signups.check_in(any_db, koffie.first, person_id=annie).message == (
        "Annie van den Berg is binnen."
    )
    assert signups.check_in(any_db, koffie.first, person_id=annie).message == (
        "Annie van den Berg was al binnengemeld."
    )
    signups.check_in(any_db, koffie.first, person_id=bert)  # through the sign-up
    counts = signups.occurrence_counts(any_db, koffie.first)
    assert (counts.present, counts.walk_ins) == (3, 0)
    assert all(r.present for r in signups.door_list(any_db, koffie.first))
    with any_db.read() as session:
        attendance = session.scalars(select(Attendance)).all()
        assert sorted((a.person_id, a.signup_id is not None) for a in attendance) == sorted(
            [(annie, False), (bert, True)]
        )
    # The next date starts empty.
    assert signups.occurrence_counts(any_db, koffie.occurrence_ids[1]).present == 0


def test_undo_check_in(any_db: Database) -> None:
    koffie = plan(any_db)
    walk_in = signups.register_walk_in(
        any_db, koffie.first, WalkInInput("Els Smit", phone="0611111111"), check_in=True
    )
    assert signups.occurrence_counts(any_db, koffie.first).walk_ins == 1
    undone = signups.undo_check_in(any_db, koffie.first, signup_id=walk_in.signup_id)
    assert undone.message == "Els Smit is niet meer binnengemeld."
    counts = signups.occurrence_counts(any_db, koffie.first)
    assert (counts.present, counts.walk_ins, counts.expected) == (0, 0, 1)


def test_someone_from_the_waiting_list_who_is_let_in_is_confirmed(any_db: Database) -> None:
    film = plan(any_db, capacity=1)
    jan, els = add_person(any_db, "Jan", "Jansen"), add_person(any_db, "Els", "Smit")
    signups.register_person(any_db, film.first, jan)
    waiting = signups.register_person(any_db, film.first, els)
    signups.check_in(any_db, film.first, signup_id=waiting.signup_id)
    rows = {r.name: r for r in signups.door_list(any_db, film.first)}
    assert rows["Els Smit"].status == SignUpStatus.CONFIRMED.value
    assert rows["Els Smit"].present


def test_a_cancelled_sign_up_is_not_checked_in(any_db: Database) -> None:
    koffie = plan(any_db)
    result = signups.register_walk_in(any_db, koffie.first, WalkInInput("Els", phone="0611111111"))
    signups.cancel_signup(any_db, result.signup_id)
    with pytest.raises(ValidationError, match="afgemeld"):
        signups.check_in(any_db, koffie.first, signup_id=result.signup_id)
    assert signups.door_list(any_db, koffie.first) == []
    assert len(signups.door_list(any_db, koffie.first, include_cancelled=True)) == 1


def test_the_waiting_list_comes_last_in_its_order(any_db: Database) -> None:
    film = plan(any_db, capacity=1)
    names = ["Zeger Zwart", "Yvonne Geel", "Anton Aap"]
    for i, name in enumerate(names):
        signups.register_walk_in(any_db, film.first, WalkInInput(name, phone=f"06111111{i}1"))
    rows = signups.door_list(any_db, film.first)
    assert [(r.name, r.position) for r in rows] == [
        ("Zeger Zwart", 0),
        ("Yvonne Geel", 1),
        ("Anton Aap", 2),
    ]

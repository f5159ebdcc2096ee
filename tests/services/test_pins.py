"""The coordinator's PIN: no default, no trivial PINs, argon2, a back-off that survives a
restart, and any active coordinator's PIN unlocks."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.access import volunteer_at
from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.privacy import User
from buurtdesk.services import pins
from buurtdesk.services.pins import PinRefused

T0 = datetime(2030, 1, 1, 12, 0, 0)


def test_there_is_no_default_pin(db: Database) -> None:
    assert not pins.has_pin(db)
    with pytest.raises(PinRefused, match="nog geen pincode"):
        pins.verify_pin(db, "0000")


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("123", "4 tot en met 8 cijfers"),
        ("123456789", "4 tot en met 8 cijfers"),
        ("12a4", "alleen uit cijfers"),
        ("１２３５", "alleen uit cijfers"),
        ("0000", "hetzelfde cijfer"),
        ("77777777", "hetzelfde cijfer"),
        ("1234", "reeks"),
        ("4321", "reeks"),
        ("345678", "reeks"),
    ],
)
def test_short_long_and_trivial_pins_are_refused(db: Database, pin: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason) as refused:
        pins.set_pin(db, pin)
    assert refused.value.field == "pin"
    assert not pins.has_pin(db)


def test_the_pin_is_stored_as_an_argon2_hash(db: Database) -> None:
    pins.set_pin(db, "2580")
    assert pins.has_pin(db)
    with db.read() as session:
        user = session.scalars(select(User)).one()
        assert user.username == "coordinator"
        assert user.pin_hash.startswith("$argon2id$")
        assert "2580" not in user.pin_hash
    kiosk = db.as_actor(volunteer_at(1))
    assert pins.has_pin(kiosk)
    pins.verify_pin(kiosk, "2580", now=T0)


def test_wrong_tries_back_off_doubling_up_to_a_quarter_of_an_hour(db_path: object) -> None:
    url = f"sqlite:///{db_path}"
    db = Database.open(url)
    pins.set_pin(db, "2580")
    now = T0
    waits = []
    for _ in range(10):
        with pytest.raises(PinRefused) as refused:
            pins.verify_pin(db, "1111", now=now)
        waits.append(refused.value.wait_seconds)
        now += timedelta(seconds=refused.value.wait_seconds)
    assert waits == [0, 0, 30, 60, 120, 240, 480, 900, 900, 900]
    assert refused.value.message == "Pincode onjuist. Probeer het over 15 minuten opnieuw."
    # Restarting the program does not reset the wait; even the right PIN must wait.
    db.dispose()
    db = Database.open(url)
    with pytest.raises(PinRefused) as early:
        pins.verify_pin(db, "2580", now=now - timedelta(seconds=10))
    assert early.value.wait_seconds == 10
    assert early.value.message == "Wacht nog 10 seconden voordat u het opnieuw probeert."
    pins.verify_pin(db, "2580", now=now)
    # A correct PIN starts the count afresh.
    with pytest.raises(PinRefused) as fresh:
        pins.verify_pin(db, "1111", now=now)
    assert fresh.value.wait_seconds == 0
    assert "nog 2 keer" in fresh.value.message
    db.dispose()


def test_the_third_wrong_try_says_how_long_to_wait(db: Database) -> None:
    pins.set_pin(db, "2580")
    for _ in range(2):
        with pytest.raises(PinRefused):
            pins.verify_pin(db, "9999", now=T0)
    with pytest.raises(PinRefused) as third:
        pins.verify_pin(db, "9999", now=T0)
    assert third.value.message == "Pincode onjuist. Probeer het over 30 seconden opnieuw."


def test_any_active_coordinator_unlocks(db: Database) -> None:
    pins.set_pin(db, "2580")  # makes the user "coordinator"
    with db.write() as session:
        session.add(User(username="fatima", role="coordinator"))
        session.add(User(username="oud", role="coordinator", active=False))
    with db.read() as session:
        ids = {u.username: u.id for u in session.scalars(select(User))}
    pins.set_pin(db, "97531", user_id=ids["fatima"])
    pins.set_pin(db, "86420", user_id=ids["oud"])
    pins.verify_pin(db, "2580", now=T0)
    pins.verify_pin(db, "97531", now=T0)
    with pytest.raises(PinRefused):
        pins.verify_pin(db, "86420", now=T0)

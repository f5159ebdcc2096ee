"""The kiosk's reach: every function a volunteer may call works for the kiosk's own activity
and is refused, with nothing written, for any other activity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from buurtdesk.db.engine import Database
from buurtdesk.domain.access import volunteer_at
from buurtdesk.domain.agenda import Attendance, SignUp
from buurtdesk.domain.errors import PermissionDenied
from buurtdesk.domain.privacy import AuditEntry, Consent, User
from buurtdesk.services import kiosk, signups
from buurtdesk.services.access import ACCESS_ATTRIBUTE, VOLUNTEER_ALLOWED
from buurtdesk.services.signups import WalkInInput
from tests.services.signups_world import add_person, make_regular, plan
from tests.services.test_access import FUNCTIONS


@dataclass(frozen=True)
class Door:
    """One date of an activity, with a sign-up and a regular on it."""

    activity_id: int
    occurrence_id: int
    signup_id: int
    regular_id: int


Call = Callable[[Database, Door], Any]

CALLS: dict[str, Call] = {
    "kiosk.kiosk_info": lambda db, d: kiosk.kiosk_info(db, d.activity_id, date.today()),
    "kiosk.kiosk_search": lambda db, d: kiosk.kiosk_search(db, d.occurrence_id, "a"),
    "kiosk.kiosk_check_in": lambda db, d: kiosk.kiosk_check_in(
        db, d.occurrence_id, signup_id=d.signup_id
    ),
    "kiosk.kiosk_check_in(regular)": lambda db, d: kiosk.kiosk_check_in(
        db, d.occurrence_id, person_id=d.regular_id
    ),
    "kiosk.kiosk_walk_in": lambda db, d: kiosk.kiosk_walk_in(
        db, d.occurrence_id, WalkInInput("Sanne Bos", phone="0611223344")
    ),
    "kiosk.kiosk_sign_up": lambda db, d: kiosk.kiosk_sign_up(
        db, d.occurrence_id, WalkInInput("Ton Tak", phone="0629887766")
    ),
    "kiosk.kiosk_counts": lambda db, d: kiosk.kiosk_counts(db, d.occurrence_id),
}

# Allowed for a volunteer without an activity: they concern no activity and no person.
NO_ACTIVITY = {"pins.has_pin", "pins.verify_pin", "pins.seconds_to_wait"}

VOLUNTEER_FUNCTIONS = sorted(
    name for name, f in FUNCTIONS if getattr(f, ACCESS_ATTRIBUTE, None) == VOLUNTEER_ALLOWED
)


def test_every_volunteer_function_is_tried_here() -> None:
    tried = {name.partition("(")[0] for name in CALLS} | NO_ACTIVITY
    assert set(VOLUNTEER_FUNCTIONS) <= tried
    assert set(VOLUNTEER_FUNCTIONS) >= {name.partition("(")[0] for name in CALLS}


def _door(db: Database, title: str) -> Door:
    planned = plan(db, title, first_day=date.today())
    person = add_person(db, "Anna", "Smit")
    regular = add_person(db, "Arie", "Aalders")
    make_regular(db, planned.activity_id, regular, added=datetime(2020, 1, 1))
    signup = signups.register_person(db, planned.first, person).signup_id
    return Door(planned.activity_id, planned.first, signup, regular)


def _written(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        counts = [
            session.scalar(select(func.count()).select_from(table))
            for table in (SignUp, Attendance, AuditEntry, Consent, User)
        ]
        checked_in = session.scalar(
            select(func.count()).select_from(SignUp).where(SignUp.checked_in_at.is_not(None))
        )
    return (*(int(c or 0) for c in counts), int(checked_in or 0))


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_volunteer_reaches_only_the_kiosks_own_activity(any_db: Database, name: str) -> None:
    own = _door(any_db, "Koffieochtend")
    other = _door(any_db, "Filmavond")
    volunteer = any_db.as_actor(volunteer_at(own.activity_id))
    before = _written(any_db)
    with pytest.raises(PermissionDenied, match="andere activiteit"):
        CALLS[name](volunteer, other)
    assert _written(any_db) == before
    CALLS[name](volunteer, own)

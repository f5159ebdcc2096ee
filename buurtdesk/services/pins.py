"""The coordinator's PIN, which is needed to leave the kiosk.

Hashed with argon2; there is no default PIN. After three wrong tries in a row the next try
has to wait 30 seconds, doubling with every further wrong try up to 15 minutes. The count
and the moment of the next allowed try live in ``app_user``, so restarting the program does
not reset them. Any active coordinator's PIN unlocks; the back-off counts for all of them.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from itertools import pairwise
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ScalarResult, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import BuurtdeskError, NotFound, ValidationError
from buurtdesk.domain.privacy import Role, User
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only, volunteer_allowed
from buurtdesk.services.changes import Changes, Entity

MIN_DIGITS: Final = 4
MAX_DIGITS: Final = 8
FREE_TRIES: Final = 3
FIRST_WAIT: Final = 30
LONGEST_WAIT: Final = 15 * 60
COORDINATOR_USERNAME: Final = "coordinator"

_hasher = PasswordHasher()


class PinRefused(BuurtdeskError):
    """A wrong PIN (``wrong``), or a try during the back-off, which is not checked at all
    (so a right PIN is never called wrong); ``wait_seconds`` until the next try."""

    def __init__(self, message: str, wait_seconds: int = 0, *, wrong: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.wait_seconds = wait_seconds
        self.wrong = wrong


def check_pin_rules(pin: str) -> str:
    """4 to 8 digits, not all the same digit and not a run such as 1234 or 4321."""
    if not pin.isascii() or not pin.isdigit():
        raise ValidationError("pin", "Een pincode bestaat alleen uit cijfers.")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise ValidationError(
            "pin", f"Een pincode heeft {MIN_DIGITS} tot en met {MAX_DIGITS} cijfers."
        )
    steps = {int(b) - int(a) for a, b in pairwise(pin)}
    if steps == {0}:
        raise ValidationError(
            "pin", "Deze pincode is te makkelijk te raden. Gebruik niet steeds hetzelfde cijfer."
        )
    if steps in ({1}, {-1}):
        raise ValidationError(
            "pin",
            "Deze pincode is te makkelijk te raden. Gebruik geen reeks zoals 1234 of 4321.",
        )
    return pin


@coordinator_only
def set_pin(db: Database, pin: str, *, user_id: int | None = None) -> Changes:
    """Set the PIN of coordinator ``user_id``, or of the first active coordinator; when
    there is no coordinator user yet, one called "coordinator" is made."""
    pin_hash = _hasher.hash(check_pin_rules(pin))
    with db.write() as session:
        if user_id is not None:
            user = session.get(User, user_id)
            if user is None or user.role != Role.COORDINATOR.value:
                raise NotFound("Deze coördinator bestaat niet meer.")
        else:
            user = _coordinators(session).first() or _new_coordinator(session)
        user.pin_hash = pin_hash
        user.failed_pin_attempts = 0
        user.pin_locked_until = None
        session.flush()
        audit.record(
            session,
            action="pincode ingesteld",
            entity="user",
            entity_id=user.id,
            user_id=db.actor.user_id,
        )
        return Changes.of(Entity.USER, user.id)


@volunteer_allowed
def has_pin(db: Database) -> bool:
    """Whether a coordinator has set a PIN. Allowed for the kiosk without an activity
    check: it tells nothing about any activity or person."""
    with db.read() as session:
        return any(user.pin_hash for user in _coordinators(session))


@volunteer_allowed
def seconds_to_wait(db: Database, *, now: datetime | None = None) -> int:
    """How long the back-off still runs (0: a PIN may be tried). Allowed for the kiosk
    without an activity check, like ``verify_pin``: the PIN screen shows the wait at once
    instead of after a try."""
    moment = now or utcnow()
    with db.read() as session:
        locked = [u.pin_locked_until for u in _coordinators(session) if u.pin_locked_until]
    until = max(locked, default=None)
    return 0 if until is None or moment >= until else math.ceil((until - moment).total_seconds())


@volunteer_allowed
def verify_pin(db: Database, pin: str, *, now: datetime | None = None) -> None:
    """Return when ``pin`` is a coordinator's PIN; raise ``PinRefused`` otherwise.

    Allowed for the kiosk without an activity check: it is how the kiosk is left. ``now``
    (naive UTC) is for tests. The outcome is committed before this returns or raises.
    """
    moment = now or utcnow()
    refused: PinRefused | None = None
    with db.write() as session:
        users = [user for user in _coordinators(session) if user.pin_hash]
        if not users:
            raise PinRefused("Er is nog geen pincode ingesteld. Vraag de coördinator.")
        locked_until = max((u.pin_locked_until for u in users if u.pin_locked_until), default=None)
        if locked_until is not None and moment < locked_until:
            wait = math.ceil((locked_until - moment).total_seconds())
            raise PinRefused(
                f"Wacht nog {_duration(wait)} voordat u het opnieuw probeert.", wait, wrong=False
            )
        match = next((u for u in users if _matches(u.pin_hash, pin)), None)
        if match is not None:
            for user in users:
                user.failed_pin_attempts = 0
                user.pin_locked_until = None
            if _hasher.check_needs_rehash(match.pin_hash):
                match.pin_hash = _hasher.hash(pin)
        else:
            failures = max(u.failed_pin_attempts for u in users) + 1
            wait = _wait_after(failures)
            for user in users:
                user.failed_pin_attempts = failures
                user.pin_locked_until = moment + timedelta(seconds=wait) if wait else None
            refused = PinRefused(_wrong_message(failures, wait), wait)
    if refused is not None:
        raise refused


def _wait_after(failures: int) -> int:
    if failures < FREE_TRIES:
        return 0
    return int(min(FIRST_WAIT * 2 ** min(failures - FREE_TRIES, 10), LONGEST_WAIT))


def _wrong_message(failures: int, wait: int) -> str:
    if wait:
        return f"Pincode onjuist. Probeer het over {_duration(wait)} opnieuw."
    left = FREE_TRIES - failures
    tries = "1 keer" if left == 1 else f"{left} keer"
    return f"Pincode onjuist. U kunt het nog {tries} proberen, daarna moet u even wachten."


def _duration(seconds: int) -> str:
    if seconds < 60:
        return "1 seconde" if seconds == 1 else f"{seconds} seconden"
    minutes = math.ceil(seconds / 60)
    return "1 minuut" if minutes == 1 else f"{minutes} minuten"


def _matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def _coordinators(session: Session) -> ScalarResult[User]:
    return session.scalars(
        select(User)
        .where(User.role == Role.COORDINATOR.value, User.active.is_(True))
        .order_by(User.id)
    )


def _new_coordinator(session: Session) -> User:
    user = User(username=COORDINATOR_USERNAME, display_name="Coördinator")
    session.add(user)
    session.flush()
    return user

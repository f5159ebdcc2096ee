"""The aanmeldbalie (kiosk): what a volunteer at the door of one activity may do.

Every function here except :func:`open_kiosk` is allowed for a volunteer and first checks,
through the occurrence it is given, that the activity is the kiosk's own. Searching shows
first names and the initial of the last name only ("Jan V."), never phone numbers,
addresses or e-mail. Every write is committed before the function returns, so the screen
says "saved" only when it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import (
    Activity,
    ActivityRegular,
    ActivityStatus,
    Attendance,
    Occurrence,
    SignUp,
)
from buurtdesk.domain.dutch_dates import format_when
from buurtdesk.domain.errors import NotFound, ValidationError
from buurtdesk.domain.network import Person
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import fold
from buurtdesk.services import pins
from buurtdesk.services.access import coordinator_only, require_activity, volunteer_allowed
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.signups_common import (
    Place,
    greeting_name,
    kiosk_label,
    load_place,
    load_signup,
    local_today,
    person_name,
    signup_name,
)
from buurtdesk.services.signups_core import ACTIVE, place_walk_in, record_attendance
from buurtdesk.services.signups_door import counts_for
from buurtdesk.services.signups_input import validate_walk_in
from buurtdesk.services.signups_types import REGULAR_STATUS, Counts, WalkInInput

MAX_RESULTS: Final = 20
NOT_ON_LIST: Final = "Deze persoon staat niet op de lijst van deze activiteit."


@dataclass(frozen=True)
class KioskInfo:
    activity_id: int
    title: str
    occurrence_id: int
    when_text: str


@dataclass(frozen=True)
class KioskRow:
    """``status``: a SignUpStatus value, or "vaste deelnemer" for a regular."""

    signup_id: int | None
    person_id: int | None
    label: str
    party_size: int
    status: str
    present: bool


@dataclass(frozen=True)
class KioskResult:
    message: str
    changes: Changes
    signup_id: int | None = None


@coordinator_only
def open_kiosk(db: Database, activity_id: int, *, today: date | None = None) -> KioskInfo:
    """Open the door for one activity: today's date of it, or the next one. Refused while
    no coordinator has a PIN, because leaving the kiosk needs one."""
    if not pins.has_pin(db):
        raise ValidationError("pin", "Stel eerst een pincode in voor de coördinator.")
    with db.read() as session:
        return _info(session, activity_id, today or local_today())


@volunteer_allowed
def kiosk_info(db: Database, activity_id: int, today: date) -> KioskInfo:
    """Which date the door is for: today's, or the next one."""
    require_activity(db, activity_id)
    with db.read() as session:
        return _info(session, activity_id, today)


def _info(session: Session, activity_id: int, today: date) -> KioskInfo:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound("Deze activiteit bestaat niet meer.")
    occurrence = session.scalars(
        select(Occurrence)
        .where(
            Occurrence.activity_id == activity_id,
            Occurrence.starts_at >= datetime.combine(today, time.min),
            Occurrence.status != ActivityStatus.CANCELLED.value,
        )
        .order_by(Occurrence.starts_at)
        .limit(1)
    ).first()
    if occurrence is None:
        raise ValidationError(
            "activity", f"{activity.title} heeft geen datum vandaag of later. Kies een andere."
        )
    return KioskInfo(
        activity_id,
        activity.title,
        occurrence.id,
        format_when(occurrence.starts_at, occurrence.ends_at),
    )


@volunteer_allowed
def kiosk_search(db: Database, occurrence_id: int, prefix: str) -> list[KioskRow]:
    """Sign-ups and regulars of this date whose first or last name starts with ``prefix``
    (also "jan v" or "de vr"), ignoring case and accents. An empty prefix finds nobody."""
    needle = fold(prefix)
    with db.read() as session:
        place = load_place(session, db, occurrence_id)
        if not needle:
            return []
        found = [row for name, row in _candidates(session, place) if _starts_with(name, needle)]
    found.sort(key=lambda row: (fold(row.label), row.signup_id or 0, row.person_id or 0))
    return found[:MAX_RESULTS]


def _candidates(session: Session, place: Place) -> list[tuple[PersonName, KioskRow]]:
    occurrence_id = place.occurrence.id
    found: list[tuple[PersonName, KioskRow]] = []
    signed: set[int] = set()
    for signup, person in session.execute(
        select(SignUp, Person)
        .outerjoin(Person, Person.id == SignUp.person_id)
        .where(SignUp.occurrence_id == occurrence_id, SignUp.status.in_(ACTIVE))
    ):
        if signup.person_id is not None:
            signed.add(signup.person_id)
        name = signup_name(signup, person)
        row = KioskRow(
            signup.id,
            signup.person_id,
            kiosk_label(name),
            signup.party_size,
            signup.status,
            signup.checked_in_at is not None,
        )
        found.append((name, row))
    present = set(
        session.scalars(
            select(Attendance.person_id).where(Attendance.occurrence_id == occurrence_id)
        )
    )
    for person in session.scalars(
        select(Person)
        .join(ActivityRegular, ActivityRegular.person_id == Person.id)
        .where(ActivityRegular.activity_id == place.activity.id)
    ):
        if person.id in signed:
            continue
        name = person_name(person)
        row = KioskRow(None, person.id, kiosk_label(name), 1, REGULAR_STATUS, person.id in present)
        found.append((name, row))
    return found


def _starts_with(name: PersonName, needle: str) -> bool:
    first, infix, last = fold(name.voornaam), fold(name.tussenvoegsel), fold(name.achternaam)
    candidates = [
        *first.split(),
        *last.split(),
        first,
        last,
        f"{infix} {last}".strip(),
        f"{first} {infix} {last}".replace("  ", " ").strip(),
        f"{first} {last}".strip(),
    ]
    return any(candidate.startswith(needle) for candidate in candidates)


@volunteer_allowed
def kiosk_check_in(
    db: Database, occurrence_id: int, *, signup_id: int | None = None, person_id: int | None = None
) -> KioskResult:
    """Check in someone found by :func:`kiosk_search`: "Welkom, Jan!"."""
    with db.write() as session:
        place = load_place(session, db, occurrence_id)
        place.refuse_if_cancelled()
        signup: SignUp | None = None
        if signup_id is not None:
            signup = load_signup(session, place, signup_id)
            person = session.get(Person, signup.person_id) if signup.person_id else None
            name = signup_name(signup, person)
        elif person_id is not None:
            person = _listed_person(session, place, person_id)
            name = person_name(person)
        else:
            raise NotFound(NOT_ON_LIST)
        done = record_attendance(session, place, signup=signup, person_id=person_id)
        greeting = greeting_name(name)
        if not done.new:
            return KioskResult(f"{greeting} was al binnengemeld. Welkom!", Changes())
        changes = Changes.of(Entity.ATTENDANCE, occurrence_id)
        if done.signup is not None:
            changes |= Changes.of(Entity.SIGNUP, done.signup.id)
        return KioskResult(f"Welkom, {greeting}!", changes, done.signup.id if done.signup else None)


def _listed_person(session: Session, place: Place, person_id: int) -> Person:
    """A person the kiosk may check in: a regular, or signed up for this date."""
    regular = session.get(ActivityRegular, (place.activity.id, person_id))
    signed_up = session.scalars(
        select(SignUp.id).where(
            SignUp.occurrence_id == place.occurrence.id,
            SignUp.person_id == person_id,
            SignUp.status.in_(ACTIVE),
        )
    ).first()
    person = session.get(Person, person_id)
    if person is None or (regular is None and signed_up is None):
        raise NotFound(NOT_ON_LIST)
    return person


@volunteer_allowed
def kiosk_walk_in(
    db: Database, occurrence_id: int, data: WalkInInput, *, check_in: bool = True
) -> KioskResult:
    """Quick add at the door: signed up and (by default) checked in at once."""
    valid = validate_walk_in(data)
    with db.write() as session:
        place = load_place(session, db, occurrence_id, lock=True)
        placed = place_walk_in(session, place, valid, check_in=check_in, user_id=db.actor.user_id)
        greeting = greeting_name(signup_name(placed.signup, None))
        changes = Changes.of(Entity.SIGNUP, placed.signup.id)
        if check_in:
            message = f"Welkom, {greeting}! U bent aangemeld en binnengemeld."
            changes |= Changes.of(Entity.ATTENDANCE, occurrence_id)
        else:
            message = _sign_up_message(greeting, placed.position, place)
        return KioskResult(message, changes, placed.signup.id)


@volunteer_allowed
def kiosk_sign_up(db: Database, occurrence_id: int, data: WalkInInput) -> KioskResult:
    """Sign up for this date without checking in; the waiting list when it is full."""
    return kiosk_walk_in(db, occurrence_id, data, check_in=False)


def _sign_up_message(greeting: str, position: int, place: Place) -> str:
    if position:
        return (
            f"{greeting}, het is vol. U staat op de wachtlijst (plaats {position}). "
            "We laten het u weten als er plaats is."
        )
    return f"{greeting}, u bent aangemeld voor {place.day_text}."


@volunteer_allowed
def kiosk_counts(db: Database, occurrence_id: int) -> Counts:
    with db.read() as session:
        return counts_for(session, load_place(session, db, occurrence_id))

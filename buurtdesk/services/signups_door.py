"""At the door on the day: check people in, the door list and the live counts.

``check_in``, ``undo_check_in``, ``door_list`` and ``occurrence_counts`` are also reachable
as ``buurtdesk.services.signups.<name>``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CursorResult, Delete, delete, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import ActivityRegular, Attendance, SignUp, SignUpStatus
from buurtdesk.domain.network import Person
from buurtdesk.domain.validation.names import SORT_SEPARATOR
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.signups_common import (
    Place,
    email_of,
    expected_regulars,
    full_name,
    load_person,
    load_place,
    load_signup,
    phone_of,
    waiting_rank,
)
from buurtdesk.services.signups_core import ACTIVE, active_signup_of, record_attendance
from buurtdesk.services.signups_types import REGULAR_STATUS, CheckInResult, Counts, DoorRow


@coordinator_only
def check_in(
    db: Database, occurrence_id: int, *, signup_id: int | None = None, person_id: int | None = None
) -> CheckInResult:
    """Mark a sign-up or a person present (a regular without a sign-up, or anyone: the
    coordinator may also record afterwards who came to a date that is past)."""
    with db.write() as session:
        place = load_place(session, db, occurrence_id)
        place.refuse_if_cancelled()
        signup, person = _target(session, place, signup_id, person_id)
        name = full_name(signup, person)
        done = record_attendance(session, place, signup=signup, person_id=person_id)
        if not done.new:
            return CheckInResult(f"{name} was al binnengemeld.", Changes())
        audit.record(
            session,
            action="binnengemeld",
            entity="occurrence",
            entity_id=occurrence_id,
            user_id=db.actor.user_id,
        )
        return CheckInResult(f"{name} is binnen.", attendance_changes(done.signup, occurrence_id))


@coordinator_only
def undo_check_in(
    db: Database, occurrence_id: int, *, signup_id: int | None = None, person_id: int | None = None
) -> CheckInResult:
    """Take back a check-in made by mistake; the sign-up itself stays."""
    with db.write() as session:
        place = load_place(session, db, occurrence_id)
        signup, person = _target(session, place, signup_id, person_id)
        name = full_name(signup, person)
        if signup is None and person_id is not None:
            signup = active_signup_of(session, occurrence_id, person_id)
        removed = 0
        if signup is not None:
            signup.checked_in_at = None
            removed += _deleted(
                session, delete(Attendance).where(Attendance.signup_id == signup.id)
            )
        if person_id is not None:
            removed += _deleted(
                session,
                delete(Attendance).where(
                    Attendance.occurrence_id == occurrence_id, Attendance.person_id == person_id
                ),
            )
        if not removed:
            return CheckInResult(f"{name} was niet binnengemeld.", Changes())
        return CheckInResult(
            f"{name} is niet meer binnengemeld.", attendance_changes(signup, occurrence_id)
        )


def _deleted(session: Session, statement: Delete) -> int:
    result: CursorResult[Any] = session.execute(statement)  # type: ignore[assignment]
    return int(result.rowcount)


def attendance_changes(signup: SignUp | None, occurrence_id: int) -> Changes:
    changes = Changes.of(Entity.ATTENDANCE, occurrence_id)
    return changes | Changes.of(Entity.SIGNUP, signup.id) if signup is not None else changes


def _target(
    session: Session, place: Place, signup_id: int | None, person_id: int | None
) -> tuple[SignUp | None, Person | None]:
    if signup_id is not None:
        signup = load_signup(session, place, signup_id)
        person = session.get(Person, signup.person_id) if signup.person_id else None
        return signup, person
    if person_id is None:
        raise ValueError("check_in needs a signup_id or a person_id")
    return None, load_person(session, person_id)


@coordinator_only
def door_list(
    db: Database, occurrence_id: int, *, include_cancelled: bool = False
) -> list[DoorRow]:
    """Sign-ups and the regulars who did not sign up, sorted by name; then the waiting
    list in order; then (when asked) the cancelled sign-ups."""
    with db.read() as session:
        place = load_place(session, db, occurrence_id)
        return door_rows(session, place, include_cancelled=include_cancelled)


def door_rows(session: Session, place: Place, *, include_cancelled: bool = False) -> list[DoorRow]:
    occurrence_id = place.occurrence.id
    present_people = set(
        session.scalars(
            select(Attendance.person_id).where(
                Attendance.occurrence_id == occurrence_id, Attendance.person_id.is_not(None)
            )
        )
    )
    regular_ids = set(
        session.scalars(
            select(ActivityRegular.person_id).where(
                ActivityRegular.activity_id == place.activity.id
            )
        )
    )
    signed: list[tuple[str, DoorRow]] = []
    waiting: list[tuple[int, DoorRow]] = []
    cancelled: list[tuple[str, DoorRow]] = []
    rows = session.execute(
        select(SignUp, Person)
        .outerjoin(Person, Person.id == SignUp.person_id)
        .where(SignUp.occurrence_id == occurrence_id)
    ).all()
    signed_people: set[int] = set()
    for signup, person in rows:
        status = signup.status
        # Any sign-up of a regular, also a cancelled one ("not this time"), replaces the
        # expected-regular line: the same rule as the counts (expected_regulars).
        if signup.person_id is not None:
            signed_people.add(signup.person_id)
        if status == SignUpStatus.CANCELLED.value and not include_cancelled:
            continue
        row = DoorRow(
            signup_id=signup.id,
            person_id=signup.person_id,
            name=full_name(signup, person),
            phone=phone_of(signup, person),
            status=status,
            position=waiting_rank(session, signup) if status == SignUpStatus.WAITING else 0,
            party_size=signup.party_size,
            is_regular=signup.person_id in regular_ids,
            is_walk_in=signup.person_id is None,
            present=signup.checked_in_at is not None,
            consent_contact=signup.consent_contact,
            consent_photos=signup.consent_photos,
            email=email_of(signup, person),
        )
        key = person.sort_key if person is not None else signup.walk_in_name.casefold()
        if status == SignUpStatus.WAITING:
            waiting.append((signup.position, row))
        elif status == SignUpStatus.CANCELLED:
            cancelled.append((key, row))
        else:
            signed.append((key, row))
    for person in session.scalars(select(Person).where(Person.id.in_(regular_ids - signed_people))):
        row = DoorRow(
            signup_id=None,
            person_id=person.id,
            name=full_name(None, person),
            phone=phone_of(None, person),
            status=REGULAR_STATUS,
            position=0,
            party_size=1,
            is_regular=True,
            is_walk_in=False,
            present=person.id in present_people,
            consent_contact=False,
            consent_photos=False,
            email=person.email,
        )
        signed.append((person.sort_key + SORT_SEPARATOR, row))
    signed.sort(key=lambda pair: pair[0])
    waiting.sort(key=lambda pair: pair[0])
    cancelled.sort(key=lambda pair: pair[0])
    return [row for _, row in signed + waiting + cancelled]


@coordinator_only
def occurrence_counts(db: Database, occurrence_id: int) -> Counts:
    with db.read() as session:
        return counts_for(session, load_place(session, db, occurrence_id))


def counts_for(session: Session, place: Place) -> Counts:
    occurrence_id = place.occurrence.id
    signups = session.execute(
        select(SignUp.person_id, SignUp.status, SignUp.party_size, SignUp.checked_in_at).where(
            SignUp.occurrence_id == occurrence_id, SignUp.status.in_(ACTIVE)
        )
    ).all()
    confirmed = sum(s.party_size for s in signups if s.status == SignUpStatus.CONFIRMED)
    waiting = sum(s.party_size for s in signups if s.status == SignUpStatus.WAITING)
    present = sum(s.party_size for s in signups if s.checked_in_at is not None)
    walk_ins = sum(
        s.party_size for s in signups if s.checked_in_at is not None and s.person_id is None
    )
    regulars = expected_regulars(session, place)
    present += len(
        session.scalars(
            select(Attendance.id).where(
                Attendance.occurrence_id == occurrence_id, Attendance.signup_id.is_(None)
            )
        ).all()
    )
    capacity = place.activity.capacity
    return Counts(
        expected=confirmed + regulars,
        present=present,
        walk_ins=walk_ins,
        waiting=waiting,
        capacity=capacity,
        free=None if capacity is None else max(capacity - confirmed - regulars, 0),
    )

"""Sign-ups at the coordinator's desk: a person from the network or a walk-in, the waiting
list, cancelling (and who to call then), check-in, the door list and the live counts.

The rules of capacity and the waiting list are in :mod:`signups_core`; check-in and the
lists in :mod:`signups_door` (re-exported here, so ``signups.check_in`` works too).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import ActivityRegular, SignUp, SignUpStatus
from buurtdesk.domain.errors import NotFound, ValidationError
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.signups_common import (
    SIGNUP_GONE,
    Place,
    load_person,
    load_place,
    load_signup,
    local_today,
)
from buurtdesk.services.signups_core import (
    Placed,
    active_signup_of,
    add_signup,
    place_walk_in,
    promote_waiting,
)
from buurtdesk.services.signups_door import (
    check_in,
    door_list,
    occurrence_counts,
    undo_check_in,
)
from buurtdesk.services.signups_input import parse_party_size, validate_walk_in
from buurtdesk.services.signups_types import (
    CancelResult,
    CheckInResult,
    Counts,
    DoorRow,
    Promoted,
    SignUpResult,
    WalkInInput,
)

__all__ = [
    "CancelResult",
    "CheckInResult",
    "Counts",
    "DoorRow",
    "Promoted",
    "SignUpResult",
    "WalkInInput",
    "cancel_signup",
    "check_in",
    "door_list",
    "occurrence_counts",
    "register_person",
    "register_walk_in",
    "undo_check_in",
]


@coordinator_only
def register_person(
    db: Database,
    occurrence_id: int,
    person_id: int,
    *,
    party_size: int | str = 1,
    consent_contact: bool = False,
    consent_photos: bool = False,
) -> SignUpResult:
    """Sign up someone from the network; the ticked consents are kept with their date."""
    size = parse_party_size(party_size)
    with db.write() as session:
        place = load_place(session, db, occurrence_id, lock=True)
        place.refuse_sign_up_if_closed(local_today())
        person = load_person(session, person_id)
        placed = add_signup(
            session,
            place,
            person=person,
            party_size=size,
            consent_contact=consent_contact,
            consent_photos=consent_photos,
            user_id=db.actor.user_id,
        )
        return _result(placed)


@coordinator_only
def register_walk_in(
    db: Database, occurrence_id: int, data: WalkInInput, *, check_in: bool = False
) -> SignUpResult:
    """Sign up someone who is not in the network: a name and a phone number or e-mail.

    With ``check_in`` they are at the door: confirmed (even over capacity) and present.
    That also works for a date that is past, to record afterwards who came.
    """
    valid = validate_walk_in(data)
    with db.write() as session:
        place = load_place(session, db, occurrence_id, lock=True)
        placed = place_walk_in(session, place, valid, check_in=check_in, user_id=db.actor.user_id)
        changes = Changes.of(Entity.SIGNUP, placed.signup.id)
        if check_in:
            changes |= Changes.of(Entity.ATTENDANCE, occurrence_id)
        return _result(placed, changes)


def _result(placed: Placed, changes: Changes | None = None) -> SignUpResult:
    return SignUpResult(
        placed.signup.id,
        placed.status,
        placed.position,
        placed.message,
        changes or Changes.of(Entity.SIGNUP, placed.signup.id),
    )


@coordinator_only
def cancel_signup(db: Database, signup_id: int) -> CancelResult:
    """Cancel a sign-up. When places come free, the waiting list moves up in order and the
    message says whom to call, with their phone number."""
    with db.write() as session:
        occurrence_id = _occurrence_of(session, signup_id)
        place = load_place(session, db, occurrence_id, lock=True)
        signup = load_signup(session, place, signup_id)
        if signup.status == SignUpStatus.CANCELLED.value:
            return CancelResult("Deze aanmelding was al afgemeld.", (), Changes())
        signup.status = SignUpStatus.CANCELLED.value
        signup.position = 0
        return _cancelled(session, db, place, signup)


@coordinator_only
def cancel_regular(db: Database, occurrence_id: int, person_id: int) -> CancelResult:
    """A regular who will not come to this date: recorded as an "afgemeld" sign-up, so
    their kept place comes free (and the waiting list moves up) and the door list and the
    counts no longer expect them."""
    with db.write() as session:
        place = load_place(session, db, occurrence_id, lock=True)
        regular = session.get(ActivityRegular, (place.activity.id, person_id))
        if regular is None:
            raise NotFound("Deze persoon is geen vaste deelnemer (meer) van deze activiteit.")
        if active_signup_of(session, occurrence_id, person_id) is not None:
            raise ValidationError(
                "person", "Deze vaste deelnemer heeft zich aangemeld: meld die aanmelding af."
            )
        signup = SignUp(
            occurrence_id=occurrence_id,
            person_id=person_id,
            party_size=1,
            status=SignUpStatus.CANCELLED.value,
            position=0,
            entered_by_id=db.actor.user_id,
        )
        session.add(signup)
        return _cancelled(session, db, place, signup)


def _cancelled(session: Session, db: Database, place: Place, signup: SignUp) -> CancelResult:
    session.flush()
    audit.record(
        session,
        action="afgemeld",
        entity="signup",
        entity_id=signup.id,
        user_id=db.actor.user_id,
    )
    promoted: tuple[Promoted, ...] = ()
    message = "Afgemeld."
    still_open = not place.is_cancelled and place.occurrence.starts_at.date() >= local_today()
    if still_open:  # a waiting party that did not fit may have held up the queue
        promotion = promote_waiting(session, place)
        promoted = promotion.promoted
        if promotion.message:
            message = f"{message} {promotion.message}"
    changes = Changes.of(Entity.SIGNUP, signup.id, *(p.signup_id for p in promoted))
    return CancelResult(message, promoted, changes)


def _occurrence_of(session: Session, signup_id: int) -> int:
    signup = session.get(SignUp, signup_id)
    if signup is None:
        raise NotFound(SIGNUP_GONE)
    return signup.occurrence_id

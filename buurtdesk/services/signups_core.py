"""The rules of a sign-up inside one transaction, shared by the desk and the kiosk.

Capacity counts the party sizes of confirmed sign-ups. The waiting list is strictly first
come, first served: while anyone waits, a newcomer joins the queue behind them, and when
places free up the queue moves up from the front only as far as the first party that
does not fit (a party of 3 is not passed over by a single person for the 1 free place);
the message then tells the coordinator, who can decide otherwise by hand. Walk-ins who
are checked in at the door are confirmed even over capacity: they are already inside.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from buurtdesk.domain.agenda import Attendance, SignUp, SignUpStatus
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.network import Person
from buurtdesk.domain.privacy import Consent, ConsentPurpose
from buurtdesk.domain.validation.text import fold
from buurtdesk.services import audit
from buurtdesk.services.signups_common import (
    Place,
    email_of,
    full_name,
    is_expected_regular,
    local_today,
    next_waiting_position,
    person_name,
    phone_of,
    places_taken,
    waiting_rank,
)
from buurtdesk.services.signups_input import ValidWalkIn
from buurtdesk.services.signups_types import Promoted

ACTIVE = (SignUpStatus.CONFIRMED.value, SignUpStatus.WAITING.value)


@dataclass(frozen=True)
class Placed:
    signup: SignUp
    status: SignUpStatus
    position: int
    message: str


def add_signup(
    session: Session,
    place: Place,
    *,
    person: Person | None = None,
    walk_in: ValidWalkIn | None = None,
    party_size: int = 1,
    consent_contact: bool = False,
    consent_photos: bool = False,
    present: bool = False,
    user_id: int | None = None,
) -> Placed:
    """Add a sign-up for ``person`` or ``walk_in``: confirmed when it fits (or when the
    walk-in is ``present``), on the waiting list otherwise. Refuses a second sign-up."""
    occurrence_id = place.occurrence.id
    name = person_name(person).full_name if person is not None else walk_in.name if walk_in else ""
    _refuse_twice(session, place, name, person, walk_in)
    capacity = place.activity.capacity
    person_id = person.id if person is not None else None
    taken = places_taken(session, place, signing_up=person_id) if capacity is not None else 0
    fits = capacity is None or taken + party_size <= capacity
    # A regular's kept place is theirs: they do not queue behind the waiting list for it.
    kept = person_id is not None and is_expected_regular(session, place, person_id)
    confirmed = present or (fits and (kept or not _anyone_waiting(session, occurrence_id)))
    signup = SignUp(
        occurrence_id=occurrence_id,
        person_id=person.id if person is not None else None,
        party_size=party_size,
        status=(SignUpStatus.CONFIRMED if confirmed else SignUpStatus.WAITING).value,
        position=0 if confirmed else next_waiting_position(session, occurrence_id),
        consent_contact=consent_contact,
        consent_photos=consent_photos,
        entered_by_id=user_id,
    )
    if walk_in is not None:
        signup.walk_in_name = walk_in.name
        signup.walk_in_phone = walk_in.phone
        signup.walk_in_email = walk_in.email
        signup.walk_in_address = walk_in.address
    try:
        with session.begin_nested():
            session.add(signup)
            session.flush()
    except IntegrityError:
        # Another PC signed the same person up between our check and our insert.
        raise ValidationError("person", _already_message(name, place)) from None
    if person is not None:
        _record_consents(session, place, person.id, consent_contact, consent_photos, user_id)
    audit.record(session, action="aangemeld", entity="signup", entity_id=signup.id, user_id=user_id)
    if confirmed:
        persons = f" ({party_size} personen)" if party_size > 1 else ""
        message = f"{name} is aangemeld{persons}."
        if capacity is not None and taken + party_size > capacity:
            message += f" Let op: er zijn nu meer mensen dan de {capacity} plaatsen."
        return Placed(signup, SignUpStatus.CONFIRMED, 0, message)
    rank = waiting_rank(session, signup)
    message = f"{name} staat op de wachtlijst (plaats {rank})."
    return Placed(signup, SignUpStatus.WAITING, rank, message)


def active_signup_of(session: Session, occurrence_id: int, person_id: int) -> SignUp | None:
    """The person's sign-up (signed up or waiting) for this date, if any."""
    return session.scalars(
        select(SignUp).where(
            SignUp.occurrence_id == occurrence_id,
            SignUp.person_id == person_id,
            SignUp.status.in_(ACTIVE),
        )
    ).first()


def _already_message(name: str, place: Place) -> str:
    return f"{name} is al aangemeld voor deze activiteit op {place.day_text}."


def _refuse_twice(
    session: Session,
    place: Place,
    name: str,
    person: Person | None,
    walk_in: ValidWalkIn | None,
) -> None:
    active = select(SignUp).where(
        SignUp.occurrence_id == place.occurrence.id, SignUp.status.in_(ACTIVE)
    )
    if person is not None:
        earlier = session.scalars(active.where(SignUp.person_id == person.id)).first()
        if earlier is not None:
            raise ValidationError("person", _twice_message(session, earlier, name, place))
        return
    assert walk_in is not None
    same_name = fold(walk_in.name)
    for earlier in session.scalars(active.where(SignUp.person_id.is_(None))):
        same_contact = (walk_in.phone and earlier.walk_in_phone == walk_in.phone) or (
            walk_in.email and earlier.walk_in_email == walk_in.email
        )
        if same_contact and fold(earlier.walk_in_name) == same_name:
            raise ValidationError(
                "name", _twice_message(session, earlier, earlier.walk_in_name, place)
            )


def _twice_message(session: Session, earlier: SignUp, name: str, place: Place) -> str:
    if earlier.status == SignUpStatus.WAITING.value:
        return (
            f"{name} staat al op de wachtlijst voor deze activiteit op {place.day_text} "
            f"(plaats {waiting_rank(session, earlier)})."
        )
    return _already_message(name, place)


def _anyone_waiting(session: Session, occurrence_id: int) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    SignUp.occurrence_id == occurrence_id,
                    SignUp.status == SignUpStatus.WAITING.value,
                )
            )
        )
    )


def _record_consents(
    session: Session,
    place: Place,
    person_id: int,
    contact: bool,
    photos: bool,
    user_id: int | None,
) -> None:
    """Ticked consents become Consent rows with their date; an unticked box records
    nothing (it was not asked), so it never overrides an earlier yes or no."""
    source = f"aanmelding {place.activity.title} {place.day_text}"[:100]
    for purpose, given in ((ConsentPurpose.CONTACT, contact), (ConsentPurpose.PHOTOS, photos)):
        if given:
            session.add(
                Consent(
                    person_id=person_id,
                    purpose=purpose.value,
                    given=True,
                    recorded_by_id=user_id,
                    source=source,
                )
            )


def place_walk_in(
    session: Session, place: Place, walk_in: ValidWalkIn, *, check_in: bool, user_id: int | None
) -> Placed:
    """A walk-in's sign-up; with ``check_in`` they are at the door: confirmed (even over
    capacity) and present, which also records afterwards who came to a past date."""
    if check_in:
        place.refuse_if_cancelled()
    else:
        place.refuse_sign_up_if_closed(local_today())
    placed = add_signup(
        session,
        place,
        walk_in=walk_in,
        party_size=walk_in.party_size,
        consent_contact=walk_in.consent_contact,
        consent_photos=walk_in.consent_photos,
        present=check_in,
        user_id=user_id,
    )
    if check_in:
        record_attendance(session, place, signup=placed.signup)
    return placed


@dataclass(frozen=True)
class CheckedIn:
    """``new`` is False when they were already checked in; ``signup`` the one used."""

    new: bool
    signup: SignUp | None


def record_attendance(
    session: Session, place: Place, *, signup: SignUp | None = None, person_id: int | None = None
) -> CheckedIn:
    """Check in a sign-up or a person (a regular, or anyone the coordinator names).

    A person with a sign-up for this date is checked in through it; someone from the
    waiting list who is let in is confirmed.
    """
    occurrence_id = place.occurrence.id
    if signup is None and person_id is not None:
        signup = active_signup_of(session, occurrence_id, person_id)
    if signup is not None:
        if signup.status == SignUpStatus.CANCELLED.value:
            raise ValidationError(
                "signup", "Deze aanmelding is afgemeld. Meld de persoon opnieuw aan."
            )
        if signup.checked_in_at is not None:
            return CheckedIn(False, signup)
        signup.status = SignUpStatus.CONFIRMED.value
        signup.position = 0
        signup.checked_in_at = utcnow()
        person_id = signup.person_id
    attendance = None
    if person_id is not None:
        attendance = session.scalars(
            select(Attendance).where(
                Attendance.occurrence_id == occurrence_id, Attendance.person_id == person_id
            )
        ).first()
    if attendance is not None:
        if signup is None:
            return CheckedIn(False, signup)
        attendance.signup_id = signup.id
        return CheckedIn(True, signup)
    session.add(
        Attendance(
            occurrence_id=occurrence_id,
            person_id=person_id,
            signup_id=signup.id if signup is not None else None,
            checked_in_at=signup.checked_in_at if signup is not None else utcnow(),
        )
    )
    session.flush()
    return CheckedIn(True, signup)


@dataclass(frozen=True)
class Promotion:
    promoted: tuple[Promoted, ...]
    message: str


def promote_waiting(session: Session, place: Place) -> Promotion:
    """Move the waiting list up from the front as far as the free places allow."""
    capacity = place.activity.capacity
    free = None if capacity is None else capacity - places_taken(session, place)
    waiting = session.scalars(
        select(SignUp)
        .where(
            SignUp.occurrence_id == place.occurrence.id,
            SignUp.status == SignUpStatus.WAITING.value,
        )
        .order_by(SignUp.position, SignUp.id)
    ).all()
    promoted: list[Promoted] = []
    sentences: list[str] = []
    for signup in waiting:
        person = session.get(Person, signup.person_id) if signup.person_id else None
        name = full_name(signup, person)
        if free is not None and signup.party_size > free:
            if free > 0:
                places = "1 plaats" if free == 1 else f"{free} plaatsen"
                sentences.append(
                    f"Er is nog {places} vrij, maar de eerste op de wachtlijst ({name}, "
                    f"{signup.party_size} personen) past daar niet in."
                )
            break
        signup.status = SignUpStatus.CONFIRMED.value
        signup.position = 0
        if free is not None:
            free -= signup.party_size
        entry = Promoted(
            signup.id, name, phone_of(signup, person), email_of(signup, person), signup.party_size
        )
        promoted.append(entry)
        sentences.append(_call_sentence(entry))
    return Promotion(tuple(promoted), " ".join(sentences))


def _call_sentence(entry: Promoted) -> str:
    moved = "de aanmelding is van de wachtlijst naar aangemeld gegaan."
    if entry.phone:
        return f"Bel {entry.name} ({entry.phone}): er is nu plaats, {moved}"
    if entry.email:
        return f"Mail {entry.name} ({entry.email}): er is nu plaats, {moved}"
    return f"Laat {entry.name} weten dat er nu plaats is: {moved}"

"""What every sign-up, check-in and kiosk function does first: find the date, check the
role, say whether it is open; and how people are named in messages and on the kiosk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import (
    Activity,
    ActivityRegular,
    ActivityStatus,
    Occurrence,
    SignUp,
    SignUpStatus,
)
from buurtdesk.domain.dutch_dates import format_date
from buurtdesk.domain.errors import NotFound, ValidationError
from buurtdesk.domain.network import Person
from buurtdesk.domain.validation.names import PersonName, split_full_name
from buurtdesk.domain.validation.phone import format_phone
from buurtdesk.services.access import require_activity

OCCURRENCE_GONE = (
    "Deze datum bestaat niet meer. Misschien is hij op een andere computer verwijderd."
)
SIGNUP_GONE = (
    "Deze aanmelding bestaat niet meer. Misschien is ze op een andere computer verwijderd."
)
PERSON_GONE = "Deze persoon bestaat niet meer. Misschien is hij op een andere computer verwijderd."


@dataclass(frozen=True)
class Place:
    """The occurrence a call is about, with its activity, loaded after the role check."""

    occurrence: Occurrence
    activity: Activity

    @property
    def day_text(self) -> str:
        return format_date(self.occurrence.starts_at.date())

    @property
    def is_cancelled(self) -> bool:
        cancelled = ActivityStatus.CANCELLED.value
        return self.occurrence.status == cancelled or self.activity.status == cancelled

    def refuse_if_cancelled(self) -> None:
        if self.is_cancelled:
            raise ValidationError(
                "occurrence",
                f"{self.activity.title} op {self.day_text} is afgelast. "
                "Aanmelden en binnenmelden kan niet.",
            )

    def refuse_sign_up_if_closed(self, today: date) -> None:
        """A sign-up is for a date that still comes (today included) and is not cancelled."""
        self.refuse_if_cancelled()
        if self.occurrence.starts_at.date() < today:
            raise ValidationError(
                "occurrence",
                f"{self.activity.title} was op {self.day_text} en is al voorbij. Aanmelden "
                "kan niet meer; wie er was, kunt u nog wel binnenmelden.",
            )


def load_place(session: Session, db: Database, occurrence_id: int, *, lock: bool = False) -> Place:
    """Load the occurrence, refuse a volunteer of another activity, then load the activity.

    ``lock`` takes the occurrence row for this transaction on PostgreSQL (SELECT … FOR
    UPDATE), so two PCs cannot both take the last place; SQLite's BEGIN IMMEDIATE already
    lets one writer in at a time.
    """
    query = select(Occurrence).where(Occurrence.id == occurrence_id)
    if lock:
        query = query.with_for_update()
    occurrence = session.scalar(query)
    if occurrence is None:
        raise NotFound(OCCURRENCE_GONE)
    require_activity(db, occurrence.activity_id)
    activity = session.get(Activity, occurrence.activity_id)
    if activity is None:
        raise NotFound(OCCURRENCE_GONE)
    return Place(occurrence, activity)


def local_today() -> date:
    """Today on the wall clock: occurrences are stored in naive local time."""
    return datetime.now().date()


def load_signup(session: Session, place: Place, signup_id: int) -> SignUp:
    signup = session.get(SignUp, signup_id)
    if signup is None or signup.occurrence_id != place.occurrence.id:
        raise NotFound(SIGNUP_GONE)
    return signup


def load_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(PERSON_GONE)
    return person


def person_name(person: Person) -> PersonName:
    return PersonName(person.voornaam, person.tussenvoegsel, person.achternaam)


def walk_in_name(text: str) -> PersonName:
    """The parts of a walk-in's typed name; a name the splitter cannot read (digits, odd
    signs) counts its first word as voornaam and its last as achternaam."""
    try:
        return split_full_name(text)
    except ValidationError:
        words = text.split()
        if len(words) < 2:
            return PersonName("", "", text)
        return PersonName(words[0], "", words[-1])


def signup_name(signup: SignUp, person: Person | None) -> PersonName:
    if person is not None:
        return person_name(person)
    return walk_in_name(signup.walk_in_name)


def full_name(signup: SignUp | None, person: Person | None) -> str:
    """The name the coordinator sees: "Jan de Vries", a walk-in as typed."""
    if person is not None:
        return person_name(person).full_name
    return signup.walk_in_name if signup is not None else ""


def phone_of(signup: SignUp | None, person: Person | None) -> str:
    stored = person.telefoon if person is not None else signup.walk_in_phone if signup else ""
    return format_phone(stored) if stored else ""


def email_of(signup: SignUp | None, person: Person | None) -> str:
    return person.email if person is not None else signup.walk_in_email if signup else ""


def kiosk_label(name: PersonName) -> str:
    """First name and the initial of the last name: "Jan V." for Jan de Vries. Nothing
    more, so the people waiting behind at the door learn nothing about each other."""
    initial = f"{name.achternaam[:1].upper()}." if name.achternaam else ""
    if name.voornaam:
        return f"{name.voornaam} {initial}".strip()
    infix = name.tussenvoegsel[:1].upper() + name.tussenvoegsel[1:]
    return f"{infix} {initial}".strip()


def greeting_name(name: PersonName) -> str:
    return name.voornaam or kiosk_label(name)


def confirmed_places(session: Session, occurrence_id: int) -> int:
    """Places taken: the party sizes of the confirmed sign-ups added up."""
    total = session.scalar(
        select(func.coalesce(func.sum(SignUp.party_size), 0)).where(
            SignUp.occurrence_id == occurrence_id,
            SignUp.status == SignUpStatus.CONFIRMED.value,
        )
    )
    return int(total or 0)


def expected_regulars(session: Session, place: Place) -> int:
    """Regulars of the activity with no sign-up of any kind for this date: they are
    expected and keep a place. One who cancelled for this date has an "afgemeld" row and
    no longer counts; one on the waiting list counts there."""
    signed = select(SignUp.person_id).where(
        SignUp.occurrence_id == place.occurrence.id, SignUp.person_id.is_not(None)
    )
    total = session.scalar(
        select(func.count()).where(
            ActivityRegular.activity_id == place.activity.id,
            ActivityRegular.person_id.not_in(signed),
        )
    )
    return int(total or 0)


def places_taken(session: Session, place: Place, *, signing_up: int | None = None) -> int:
    """Places taken on this date: confirmed sign-ups (party sizes) and expected regulars.
    ``signing_up``: a person signing up now, whose kept place as a regular is theirs."""
    taken = confirmed_places(session, place.occurrence.id) + expected_regulars(session, place)
    if signing_up is not None and is_expected_regular(session, place, signing_up):
        taken -= 1
    return taken


def is_expected_regular(session: Session, place: Place, person_id: int) -> bool:
    regular = session.get(ActivityRegular, (place.activity.id, person_id))
    if regular is None:
        return False
    signed = session.scalar(
        select(func.count()).where(
            SignUp.occurrence_id == place.occurrence.id, SignUp.person_id == person_id
        )
    )
    return not signed


def waiting_rank(session: Session, signup: SignUp) -> int:
    """The place on the waiting list (1 = next in line): stored positions only ever grow,
    so a place is counted, and nobody's row is rewritten when someone moves up."""
    ahead = session.scalar(
        select(func.count()).where(
            SignUp.occurrence_id == signup.occurrence_id,
            SignUp.status == SignUpStatus.WAITING.value,
            SignUp.position <= signup.position,
        )
    )
    return int(ahead or 0)


def next_waiting_position(session: Session, occurrence_id: int) -> int:
    last = session.scalar(
        select(func.max(SignUp.position)).where(SignUp.occurrence_id == occurrence_id)
    )
    return int(last or 0) + 1

"""Contact moments (a talk, a call, a home visit) with their follow-ups (vervolgacties).

``open_follow_ups`` is the "Vervolgacties" list and the start screen's "what needs me":
open follow-ups by due date, overdue ones first, those without a date last.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final, TypeVar

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from buurtdesk.domain.initiatives import Initiative
from buurtdesk.domain.network import (
    ContactChannel,
    ContactMoment,
    ContactMomentOrganisation,
    ContactMomentPerson,
    Organisation,
    Person,
)
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import clean_text, fold
from buurtdesk.services import audit
from buurtdesk.services.changes import Changes, Entity

PAGE_SIZE: Final = 50
MAX_SUMMARY_LENGTH: Final = 10_000
MAX_FOLLOW_UP_LENGTH: Final = 2_000
MAX_LINKS: Final = 1_000
PREVIEW_LENGTH: Final = 300
EARLIEST: Final = date(1950, 1, 1)
# A contact moment may be noted ahead (a planned call); a follow-up may be far ahead.
MOMENT_AHEAD: Final = timedelta(days=366)
FOLLOW_UP_AHEAD: Final = timedelta(days=5 * 366)
GONE: Final = (
    "Dit contactmoment bestaat niet meer. Misschien is het op een andere computer verwijderd."
)
CHANNEL_LABELS: Final[dict[ContactChannel, str]] = {
    ContactChannel.CONVERSATION: "Gesprek",
    ContactChannel.PHONE: "Telefoon",
    ContactChannel.EMAIL: "E-mail",
    ContactChannel.HOME_VISIT: "Huisbezoek",
    ContactChannel.MEETING: "Bijeenkomst",
    ContactChannel.MESSAGE: "Bericht",
    ContactChannel.OTHER: "Overig",
}
T = TypeVar("T")


@dataclass(frozen=True)
class ContactMomentInput:
    """What the form hands in. Dates are ``date`` values (the date picker parses them)."""

    occurred_on: date | None = None
    channel: str = ContactChannel.CONVERSATION.value
    summary: str = ""
    person_ids: tuple[int, ...] = ()
    organisation_ids: tuple[int, ...] = ()
    initiative_id: int | None = None
    follow_up: str = ""
    follow_up_due: date | None = None


@dataclass(frozen=True)
class ValidContactMoment:
    occurred_on: date
    channel: ContactChannel
    summary: str
    person_ids: tuple[int, ...]
    organisation_ids: tuple[int, ...]
    initiative_id: int | None
    follow_up: str
    follow_up_due: date | None


@dataclass(frozen=True)
class NameRef:
    """A linked person (full name, "Jan van der Berg") or organisation, by id."""

    id: int
    name: str


@dataclass(frozen=True)
class SavedContactMoment:
    contact_moment_id: int
    changes: Changes


@dataclass(frozen=True)
class ContactMomentRow:
    """One line of a person's or an organisation's contact history."""

    contact_moment_id: int
    occurred_on: date
    channel: str
    channel_label: str
    summary_preview: str
    people: tuple[NameRef, ...]
    organisations: tuple[NameRef, ...]
    follow_up: str
    follow_up_due: date | None
    follow_up_done: bool

    @property
    def about(self) -> str:
        return about_text(self.people, self.organisations)


@dataclass(frozen=True)
class ContactMomentDetail:
    contact_moment_id: int
    data: ContactMomentInput
    people: tuple[NameRef, ...]
    organisations: tuple[NameRef, ...]
    initiative_title: str
    follow_up_done: bool
    follow_up_done_at: datetime | None


@dataclass(frozen=True)
class FollowUpRow:
    """One open vervolgactie: what to do, about whom, by when."""

    contact_moment_id: int
    follow_up: str
    due: date | None
    overdue: bool
    occurred_on: date
    summary_preview: str
    people: tuple[NameRef, ...]
    organisations: tuple[NameRef, ...]

    @property
    def about(self) -> str:
        return about_text(self.people, self.organisations)


@dataclass(frozen=True)
class FollowUpCount:
    open: int
    overdue: int


def about_text(people: Iterable[NameRef], organisations: Iterable[NameRef]) -> str:
    """ "Jan Jansen, Fatma Yılmaz; Woonstad" — people first, then organisations."""
    parts = [", ".join(p.name for p in people), ", ".join(o.name for o in organisations)]
    return "; ".join(p for p in parts if p)


def channel_label(channel: str) -> str:
    try:
        return CHANNEL_LABELS[ContactChannel(channel)]
    except ValueError:
        return channel


def preview(text: str) -> str:
    """The start of a text on one line, for a list."""
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW_LENGTH else line[: PREVIEW_LENGTH - 1].rstrip() + "…"


def _date(value: date | None, *, field: str, label: str, latest: date) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if value < EARLIEST:
        raise ValidationError(
            field, f"{label} ligt te ver in het verleden. Controleer het jaartal."
        )
    if value > latest:
        raise ValidationError(field, f"{label} ligt te ver in de toekomst. Controleer het jaartal.")
    return value


def _channel(value: str) -> ContactChannel:
    text = fold(value or "")
    if not text:
        return ContactChannel.CONVERSATION
    for channel, label in CHANNEL_LABELS.items():
        if text in (channel.value, fold(label)):
            return channel
    raise ValidationError(
        "channel",
        "Kies hoe het contact was: gesprek, telefoon, e-mail, huisbezoek, bijeenkomst, "
        "bericht of overig.",
    )


def _ids(values: Iterable[int]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(int(v) for v in values))


def validate_contact_moment(data: ContactMomentInput, *, today: date) -> ValidContactMoment:
    """Check every field; raise ``ValidationErrors`` listing each wrong field at once."""
    errors: list[ValidationError] = []

    def check(compute: Callable[[], T], fallback: T) -> T:
        try:
            return compute()
        except ValidationError as error:
            errors.append(error)
            return fallback

    occurred_on = check(
        lambda: _date(
            data.occurred_on, field="occurred_on", label="Datum", latest=today + MOMENT_AHEAD
        ),
        None,
    )
    if data.occurred_on is None:
        errors.append(ValidationError("occurred_on", "Vul de datum van het contactmoment in."))
    summary = check(
        lambda: clean_text(
            data.summary,
            field="summary",
            label="Verslag",
            max_length=MAX_SUMMARY_LENGTH,
            multiline=True,
            article="het",
        ),
        "",
    )
    follow_up = check(
        lambda: clean_text(
            data.follow_up,
            field="follow_up",
            label="Vervolgactie",
            max_length=MAX_FOLLOW_UP_LENGTH,
            multiline=True,
        ),
        "",
    )
    due = check(
        lambda: _date(
            data.follow_up_due,
            field="follow_up_due",
            label="Datum van de vervolgactie",
            latest=today + FOLLOW_UP_AHEAD,
        ),
        None,
    )
    if due is not None and not follow_up and not any(e.field == "follow_up" for e in errors):
        errors.append(
            ValidationError(
                "follow_up",
                "Er staat een datum voor de vervolgactie, maar geen vervolgactie. "
                "Beschrijf wat er moet gebeuren, of haal de datum weg.",
            )
        )
    person_ids = _ids(data.person_ids)
    organisation_ids = _ids(data.organisation_ids)
    if not person_ids and not organisation_ids:
        errors.append(
            ValidationError(
                "person_ids", "Kies minstens één persoon of organisatie met wie het contact was."
            )
        )
    if len(person_ids) + len(organisation_ids) > MAX_LINKS:
        errors.append(
            ValidationError(
                "person_ids",
                f"Koppel hoogstens {MAX_LINKS} personen en organisaties aan één contactmoment.",
            )
        )
    channel = check(lambda: _channel(data.channel), ContactChannel.OTHER)
    if errors or occurred_on is None:
        raise ValidationErrors(errors)
    return ValidContactMoment(
        occurred_on=occurred_on,
        channel=channel,
        summary=summary,
        person_ids=person_ids,
        organisation_ids=organisation_ids,
        initiative_id=data.initiative_id,
        follow_up=follow_up,
        follow_up_due=due,
    )


def _check_links(session: Session, valid: ValidContactMoment) -> None:
    """Everything linked must still exist (another PC may just have removed it)."""
    for model, ids, message in (
        (Person, valid.person_ids, "Een van de gekozen personen bestaat niet meer."),
        (
            Organisation,
            valid.organisation_ids,
            "Een van de gekozen organisaties bestaat niet meer.",
        ),
    ):
        if ids:
            found = session.execute(
                select(func.count()).select_from(model).where(model.id.in_(ids))
            ).scalar_one()
            if found != len(ids):
                raise NotFound(message)
    if valid.initiative_id is not None and session.get(Initiative, valid.initiative_id) is None:
        raise NotFound("Het gekozen initiatief bestaat niet meer.")


def _apply(session: Session, moment: ContactMoment, valid: ValidContactMoment) -> None:
    moment.occurred_on = valid.occurred_on
    moment.channel = valid.channel.value
    moment.summary = valid.summary
    moment.initiative_id = valid.initiative_id
    moment.follow_up = valid.follow_up
    moment.follow_up_due = valid.follow_up_due
    if not valid.follow_up:
        moment.follow_up_done = False
        moment.follow_up_done_at = None
    session.flush()
    session.execute(
        delete(ContactMomentPerson).where(ContactMomentPerson.contact_moment_id == moment.id)
    )
    session.execute(
        delete(ContactMomentOrganisation).where(
            ContactMomentOrganisation.contact_moment_id == moment.id
        )
    )
    session.add_all(
        ContactMomentPerson(contact_moment_id=moment.id, person_id=p) for p in valid.person_ids
    )
    session.add_all(
        ContactMomentOrganisation(contact_moment_id=moment.id, organisation_id=o)
        for o in valid.organisation_ids
    )


def record_contact_moment(
    db: Database,
    data: ContactMomentInput,
    *,
    today: date | None = None,
    user_id: int | None = None,
) -> SavedContactMoment:
    """Validate and add a contact moment with its people and organisations."""
    valid = validate_contact_moment(data, today=today or date.today())
    with db.write() as session:
        _check_links(session, valid)
        moment = ContactMoment(recorded_by_id=user_id, follow_up_done=False)
        session.add(moment)
        _apply(session, moment, valid)
        audit.record(
            session,
            action="toegevoegd",
            entity="contact_moment",
            entity_id=moment.id,
            user_id=user_id,
        )
        return SavedContactMoment(moment.id, Changes.of(Entity.CONTACT_MOMENT, moment.id))


def update_contact_moment(
    db: Database,
    contact_moment_id: int,
    data: ContactMomentInput,
    *,
    today: date | None = None,
    user_id: int | None = None,
) -> SavedContactMoment:
    valid = validate_contact_moment(data, today=today or date.today())
    with db.write() as session:
        moment = session.get(ContactMoment, contact_moment_id)
        if moment is None:
            raise NotFound(GONE)
        _check_links(session, valid)
        _apply(session, moment, valid)
        audit.record(
            session,
            action="gewijzigd",
            entity="contact_moment",
            entity_id=contact_moment_id,
            user_id=user_id,
        )
    return SavedContactMoment(
        contact_moment_id, Changes.of(Entity.CONTACT_MOMENT, contact_moment_id)
    )


def delete_contact_moment(
    db: Database, contact_moment_id: int, *, user_id: int | None = None
) -> Changes:
    with db.write() as session:
        moment = session.get(ContactMoment, contact_moment_id)
        if moment is None:
            raise NotFound(GONE)
        session.delete(moment)
        audit.record(
            session,
            action="verwijderd",
            entity="contact_moment",
            entity_id=contact_moment_id,
            user_id=user_id,
        )
    return Changes.of(Entity.CONTACT_MOMENT, contact_moment_id)


def set_follow_up_done(
    db: Database, contact_moment_id: int, done: bool = True, *, user_id: int | None = None
) -> Changes:
    """Tick a vervolgactie off (``done``), or open it again."""
    with db.write() as session:
        moment = session.get(ContactMoment, contact_moment_id)
        if moment is None:
            raise NotFound(GONE)
        if not moment.follow_up:
            raise ValidationErrors(
                [ValidationError("follow_up", "Dit contactmoment heeft geen vervolgactie.")]
            )
        if moment.follow_up_done != done:
            moment.follow_up_done = done
            moment.follow_up_done_at = utcnow() if done else None
            audit.record(
                session,
                action="vervolgactie afgerond" if done else "vervolgactie heropend",
                entity="contact_moment",
                entity_id=contact_moment_id,
                user_id=user_id,
            )
    return Changes.of(Entity.CONTACT_MOMENT, contact_moment_id)


def _links(
    session: Session, moment_ids: list[int]
) -> tuple[dict[int, list[NameRef]], dict[int, list[NameRef]]]:
    """People and organisations of a page of contact moments, by name."""
    people: dict[int, list[NameRef]] = defaultdict(list)
    organisations: dict[int, list[NameRef]] = defaultdict(list)
    if not moment_ids:
        return people, organisations
    for row in session.execute(
        select(
            ContactMomentPerson.contact_moment_id,
            Person.id,
            Person.voornaam,
            Person.tussenvoegsel,
            Person.achternaam,
        )
        .join(Person, Person.id == ContactMomentPerson.person_id)
        .where(ContactMomentPerson.contact_moment_id.in_(moment_ids))
        .order_by(Person.sort_key, Person.id)
    ):
        name = PersonName(row.voornaam, row.tussenvoegsel, row.achternaam).full_name
        people[row.contact_moment_id].append(NameRef(row.id, name))
    for org in session.execute(
        select(ContactMomentOrganisation.contact_moment_id, Organisation.id, Organisation.name)
        .join(Organisation, Organisation.id == ContactMomentOrganisation.organisation_id)
        .where(ContactMomentOrganisation.contact_moment_id.in_(moment_ids))
        .order_by(Organisation.sort_key, Organisation.id)
    ):
        organisations[org.contact_moment_id].append(NameRef(org.id, org.name))
    return people, organisations


def get_contact_moment(db: Database, contact_moment_id: int) -> ContactMomentDetail:
    with db.read() as session:
        moment = session.get(ContactMoment, contact_moment_id)
        if moment is None:
            raise NotFound(GONE)
        people, organisations = _links(session, [contact_moment_id])
        title = ""
        if moment.initiative_id is not None:
            title = (
                session.execute(
                    select(Initiative.title).where(Initiative.id == moment.initiative_id)
                ).scalar_one_or_none()
                or ""
            )
        data = ContactMomentInput(
            occurred_on=moment.occurred_on,
            channel=moment.channel,
            summary=moment.summary,
            person_ids=tuple(p.id for p in people[contact_moment_id]),
            organisation_ids=tuple(o.id for o in organisations[contact_moment_id]),
            initiative_id=moment.initiative_id,
            follow_up=moment.follow_up,
            follow_up_due=moment.follow_up_due,
        )
        return ContactMomentDetail(
            contact_moment_id=contact_moment_id,
            data=data,
            people=tuple(people[contact_moment_id]),
            organisations=tuple(organisations[contact_moment_id]),
            initiative_title=title,
            follow_up_done=moment.follow_up_done,
            follow_up_done_at=moment.follow_up_done_at,
        )


_ROW_COLUMNS = (
    ContactMoment.id,
    ContactMoment.occurred_on,
    ContactMoment.channel,
    ContactMoment.summary,
    ContactMoment.follow_up,
    ContactMoment.follow_up_due,
    ContactMoment.follow_up_done,
)


def _history(
    db: Database, link: Any, link_id: Any, condition: Any, limit: int, offset: int
) -> list[ContactMomentRow]:
    statement = (
        select(*_ROW_COLUMNS)
        .join(link, link_id == ContactMoment.id)
        .where(condition)
        .order_by(ContactMoment.occurred_on.desc(), ContactMoment.id.desc())
        .limit(limit)
        .offset(offset)
    )
    with db.read() as session:
        rows = session.execute(statement).all()
        people, organisations = _links(session, [r.id for r in rows])
    return [
        ContactMomentRow(
            contact_moment_id=r.id,
            occurred_on=r.occurred_on,
            channel=r.channel,
            channel_label=channel_label(r.channel),
            summary_preview=preview(r.summary),
            people=tuple(people[r.id]),
            organisations=tuple(organisations[r.id]),
            follow_up=r.follow_up,
            follow_up_due=r.follow_up_due,
            follow_up_done=r.follow_up_done,
        )
        for r in rows
    ]


def contact_moments_of_person(
    db: Database, person_id: int, *, limit: int = PAGE_SIZE, offset: int = 0
) -> list[ContactMomentRow]:
    """A page of a person's contact moments, newest first."""
    return _history(
        db,
        ContactMomentPerson,
        ContactMomentPerson.contact_moment_id,
        ContactMomentPerson.person_id == person_id,
        limit,
        offset,
    )


def contact_moments_of_organisation(
    db: Database, organisation_id: int, *, limit: int = PAGE_SIZE, offset: int = 0
) -> list[ContactMomentRow]:
    """A page of an organisation's contact moments, newest first."""
    return _history(
        db,
        ContactMomentOrganisation,
        ContactMomentOrganisation.contact_moment_id,
        ContactMomentOrganisation.organisation_id == organisation_id,
        limit,
        offset,
    )


def _open() -> Any:
    return (ContactMoment.follow_up_done.is_(False), ContactMoment.follow_up != "")


def open_follow_ups(
    db: Database, *, today: date, limit: int = PAGE_SIZE, offset: int = 0
) -> list[FollowUpRow]:
    """Open vervolgacties by due date: overdue first, then upcoming, those without a date
    last; within a day the oldest first."""
    statement = (
        select(
            ContactMoment.id,
            ContactMoment.follow_up,
            ContactMoment.follow_up_due,
            ContactMoment.occurred_on,
            ContactMoment.summary,
        )
        .where(*_open())
        .order_by(
            case((ContactMoment.follow_up_due.is_(None), 1), else_=0),
            ContactMoment.follow_up_due,
            ContactMoment.id,
        )
        .limit(limit)
        .offset(offset)
    )
    with db.read() as session:
        rows = session.execute(statement).all()
        people, organisations = _links(session, [r.id for r in rows])
    return [
        FollowUpRow(
            contact_moment_id=r.id,
            follow_up=r.follow_up,
            due=r.follow_up_due,
            overdue=r.follow_up_due is not None and r.follow_up_due < today,
            occurred_on=r.occurred_on,
            summary_preview=preview(r.summary),
            people=tuple(people[r.id]),
            organisations=tuple(organisations[r.id]),
        )
        for r in rows
    ]


def count_open_follow_ups(db: Database, *, today: date) -> FollowUpCount:
    """How many vervolgacties are open, and how many of those are overdue (for a badge)."""
    overdue = case((ContactMoment.follow_up_due < today, 1), else_=0)
    with db.read() as session:
        row = session.execute(
            select(func.count(), func.coalesce(func.sum(overdue), 0)).where(*_open())
        ).one()
    return FollowUpCount(open=int(row[0]), overdue=int(row[1]))

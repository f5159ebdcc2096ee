"""Contact moments (a talk, a call, a home visit) with their follow-ups (vervolgacties):
recording, changing and removing them, and ticking a follow-up off; one transaction each.

This is the module the window and the CLI import: it also hands on what its parts hold,
so every name stays where it was. ``contact_values`` has the values the window sees,
``contact_validation`` checks the form, ``contact_queries`` reads the lists and
``open_follow_ups`` (the "Vervolgacties" list and the start screen's "what needs me").
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from buurtdesk.domain.initiatives import Initiative
from buurtdesk.domain.network import (
    ContactMoment,
    ContactMomentOrganisation,
    ContactMomentPerson,
    Organisation,
    Person,
)
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.contact_queries import (
    PAGE_SIZE,
    contact_moments_of_organisation,
    contact_moments_of_person,
    count_open_follow_ups,
    get_contact_moment,
    open_follow_ups,
)
from buurtdesk.services.contact_validation import (
    EARLIEST,
    FOLLOW_UP_AHEAD,
    MAX_FOLLOW_UP_LENGTH,
    MAX_LINKS,
    MAX_SUMMARY_LENGTH,
    MOMENT_AHEAD,
    validate_contact_moment,
)
from buurtdesk.services.contact_values import (
    CHANNEL_LABELS,
    GONE,
    PREVIEW_LENGTH,
    ContactMomentDetail,
    ContactMomentInput,
    ContactMomentRow,
    FollowUpCount,
    FollowUpRow,
    NameRef,
    SavedContactMoment,
    ValidContactMoment,
    about_text,
    channel_label,
    preview,
)

__all__ = [
    "CHANNEL_LABELS",
    "EARLIEST",
    "FOLLOW_UP_AHEAD",
    "GONE",
    "MAX_FOLLOW_UP_LENGTH",
    "MAX_LINKS",
    "MAX_SUMMARY_LENGTH",
    "MOMENT_AHEAD",
    "PAGE_SIZE",
    "PREVIEW_LENGTH",
    "ContactMomentDetail",
    "ContactMomentInput",
    "ContactMomentRow",
    "FollowUpCount",
    "FollowUpRow",
    "NameRef",
    "SavedContactMoment",
    "ValidContactMoment",
    "about_text",
    "add_contact_moment",
    "channel_label",
    "contact_moments_of_organisation",
    "contact_moments_of_person",
    "count_open_follow_ups",
    "delete_contact_moment",
    "get_contact_moment",
    "open_follow_ups",
    "preview",
    "record_contact_moment",
    "set_follow_up_done",
    "update_contact_moment",
    "validate_contact_moment",
]


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


@coordinator_only
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
        moment_id = add_contact_moment(session, valid, user_id=user_id)
        return SavedContactMoment(moment_id, Changes.of(Entity.CONTACT_MOMENT, moment_id))


def add_contact_moment(
    session: Session, valid: ValidContactMoment, *, user_id: int | None = None
) -> int:
    """Add a checked contact moment inside the caller's transaction; return its id.

    For a service whose one action also records a contact moment (Koppelen's introduction).
    """
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
    return moment.id


@coordinator_only
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


@coordinator_only
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


@coordinator_only
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

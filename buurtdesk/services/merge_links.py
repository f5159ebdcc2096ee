"""Moving a person's links in a merge: one rule per table that points at a person.

Each rule moves the removed person's rows to the kept person and, where the kept person
already has the same link (both on one contact moment, both signed up for one date),
combines the two into one. ``MOVERS`` lists the rules in the order they run; ``merge``
refuses to run while a table pointing at person.id is missing from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import CursorResult, Table, delete, select, update
from sqlalchemy.orm import Session

from buurtdesk.domain.agenda import SignUpStatus
from buurtdesk.domain.models import metadata
from buurtdesk.domain.network import RelationshipKind
from buurtdesk.domain.validation.text import fold


def _changed(session: Session, statement: Any) -> int:
    """Run an UPDATE or DELETE and return how many rows it changed."""
    result: CursorResult[Any] = session.execute(statement)  # type: ignore[assignment]
    return int(result.rowcount)


def _table(name: str) -> Table:
    return metadata.tables[name]


@dataclass
class Tally:
    """What a rule did: rows moved to the kept person, and rows combined with theirs."""

    moved: int = 0
    combined: int = 0


Mover = Callable[[Session, int, int], Tally]


def _move_pairs(session: Session, table_name: str, other: str, keep: int, remove: int) -> Tally:
    """A link table whose key is (other, person_id): move what the kept person lacks,
    drop what they already have."""
    table = _table(table_name)
    mine = table.alias("mine")
    has_already = table.c[other].in_(select(mine.c[other]).where(mine.c.person_id == keep))
    moved = _changed(
        session,
        update(table).where(table.c.person_id == remove, ~has_already).values(person_id=keep),
    )
    combined = _changed(session, delete(table).where(table.c.person_id == remove))
    return Tally(moved, combined)


def _move_all(session: Session, table_name: str, keep: int, remove: int) -> Tally:
    table = _table(table_name)
    moved = _changed(
        session, update(table).where(table.c.person_id == remove).values(person_id=keep)
    )
    return Tally(moved, 0)


def _move_tags(session: Session, keep: int, remove: int) -> Tally:
    return _move_pairs(session, "person_tag", "tag_id", keep, remove)


def _move_contact_moments(session: Session, keep: int, remove: int) -> Tally:
    return _move_pairs(session, "contact_moment_person", "contact_moment_id", keep, remove)


def _move_initiatives(session: Session, keep: int, remove: int) -> Tally:
    return _move_pairs(session, "initiative_person", "initiative_id", keep, remove)


def _move_regulars(session: Session, keep: int, remove: int) -> Tally:
    return _move_pairs(session, "activity_regular", "activity_id", keep, remove)


def _move_meeting_attendance(session: Session, keep: int, remove: int) -> Tally:
    table = _table("meeting_attendance")
    theirs = table.alias("theirs")
    # Both attended: the kept row takes the organisation they came for, if it had none.
    session.execute(
        update(table)
        .where(table.c.person_id == keep, table.c.organisation_id.is_(None))
        .values(
            organisation_id=select(theirs.c.organisation_id)
            .where(theirs.c.person_id == remove, theirs.c.meeting_id == table.c.meeting_id)
            .scalar_subquery()
        )
    )
    return _move_pairs(session, "meeting_attendance", "meeting_id", keep, remove)


def _move_memberships(session: Session, keep: int, remove: int) -> Tally:
    table = _table("membership")
    tally = Tally()
    rows = session.execute(select(table).where(table.c.person_id == remove)).all()
    for row in rows:
        same = session.execute(
            select(table).where(
                table.c.person_id == keep, table.c.organisation_id == row.organisation_id
            )
        ).all()
        twin = next((t for t in same if fold(t.function) == fold(row.function)), None)
        if twin is None:
            session.execute(update(table).where(table.c.id == row.id).values(person_id=keep))
            tally.moved += 1
            continue
        since = min((d for d in (twin.since, row.since) if d is not None), default=None)
        until = None if twin.until is None or row.until is None else max(twin.until, row.until)
        session.execute(delete(table).where(table.c.id == row.id))
        session.execute(update(table).where(table.c.id == twin.id).values(since=since, until=until))
        tally.combined += 1
    return tally


def _move_relationships(session: Session, keep: int, remove: int) -> Tally:
    table = _table("person_relationship")
    tally = Tally()
    mutual = dict(session.execute(select(RelationshipKind.id, RelationshipKind.mutual)).all())
    rows = session.execute(
        select(table).where((table.c.from_person_id == remove) | (table.c.to_person_id == remove))
    ).all()
    for row in rows:
        new_from = keep if row.from_person_id == remove else row.from_person_id
        new_to = keep if row.to_person_id == remove else row.to_person_id
        same = (table.c.from_person_id == new_from) & (table.c.to_person_id == new_to)
        if mutual.get(row.kind_id, True):
            same = same | ((table.c.from_person_id == new_to) & (table.c.to_person_id == new_from))
        duplicate = session.execute(
            select(table.c.id).where(table.c.kind_id == row.kind_id, table.c.id != row.id, same)
        ).first()
        if new_from == new_to or duplicate is not None:
            # A tie between the two records, or one the kept person has already.
            session.execute(delete(table).where(table.c.id == row.id))
            tally.combined += 1
        else:
            session.execute(
                update(table)
                .where(table.c.id == row.id)
                .values(from_person_id=new_from, to_person_id=new_to)
            )
            tally.moved += 1
    return tally


_STATUS_PREFERENCE: Final = {SignUpStatus.CONFIRMED.value: 0, SignUpStatus.WAITING.value: 1}


def _move_signups(session: Session, keep: int, remove: int) -> Tally:
    """Both signed up for one date: one sign-up stays (a confirmed place before a waiting
    list place, else the kept person's), with the check-in of either."""
    table = _table("signup")
    attendance = _table("attendance")
    cancelled = SignUpStatus.CANCELLED.value
    tally = Tally()
    rows = session.execute(select(table).where(table.c.person_id == remove)).all()
    for row in rows:
        twin = None
        if row.status != cancelled:
            twin = session.execute(
                select(table).where(
                    table.c.person_id == keep,
                    table.c.occurrence_id == row.occurrence_id,
                    table.c.status != cancelled,
                )
            ).first()
        if twin is None:
            session.execute(update(table).where(table.c.id == row.id).values(person_id=keep))
            tally.moved += 1
            continue
        ours_first = _STATUS_PREFERENCE.get(twin.status, 2) <= _STATUS_PREFERENCE.get(row.status, 2)
        winner, loser = (twin, row) if ours_first else (row, twin)
        session.execute(
            update(attendance).where(attendance.c.signup_id == loser.id).values(signup_id=winner.id)
        )
        session.execute(delete(table).where(table.c.id == loser.id))
        session.execute(
            update(table)
            .where(table.c.id == winner.id)
            .values(
                person_id=keep,
                checked_in_at=winner.checked_in_at or loser.checked_in_at,
                party_size=max(winner.party_size, loser.party_size),
                consent_contact=winner.consent_contact or loser.consent_contact,
                consent_photos=winner.consent_photos or loser.consent_photos,
            )
        )
        tally.combined += 1
    return tally


def _move_attendance(session: Session, keep: int, remove: int) -> Tally:
    """Both checked in at one date: one presence stays, with the earliest check-in."""
    table = _table("attendance")
    tally = Tally()
    rows = session.execute(select(table).where(table.c.person_id == remove)).all()
    for row in rows:
        twin = session.execute(
            select(table).where(
                table.c.person_id == keep, table.c.occurrence_id == row.occurrence_id
            )
        ).first()
        if twin is None:
            session.execute(update(table).where(table.c.id == row.id).values(person_id=keep))
            tally.moved += 1
            continue
        session.execute(delete(table).where(table.c.id == row.id))
        session.execute(
            update(table)
            .where(table.c.id == twin.id)
            .values(
                checked_in_at=min(twin.checked_in_at, row.checked_in_at),
                signup_id=twin.signup_id if twin.signup_id is not None else row.signup_id,
            )
        )
        tally.combined += 1
    return tally


def _move_activity_organisers(session: Session, keep: int, remove: int) -> Tally:
    table = _table("activity_organiser")
    mine = table.alias("mine")
    already = table.c.activity_id.in_(select(mine.c.activity_id).where(mine.c.person_id == keep))
    combined = _changed(session, delete(table).where(table.c.person_id == remove, already))
    moved = _changed(
        session, update(table).where(table.c.person_id == remove).values(person_id=keep)
    )
    return Tally(moved, combined)


def _move_shifts(session: Session, keep: int, remove: int) -> Tally:
    return _move_all(session, "volunteer_shift", keep, remove)


def _move_consents(session: Session, keep: int, remove: int) -> Tally:
    # The whole history moves; the newest consent per purpose stays the one in force.
    return _move_all(session, "consent", keep, remove)


# table -> (columns pointing at person.id, (singular, plural) label, mover). Order matters:
# sign-ups before attendance (attendance may follow a combined sign-up).
MOVERS: Final[dict[str, tuple[tuple[str, ...], tuple[str, str], Mover]]] = {
    "person_tag": (
        ("person_id",),
        ("vaardigheid of interesse", "vaardigheden en interesses"),
        _move_tags,
    ),
    "membership": (("person_id",), ("lidmaatschap", "lidmaatschappen"), _move_memberships),
    "person_relationship": (
        ("from_person_id", "to_person_id"),
        ("relatie", "relaties"),
        _move_relationships,
    ),
    "contact_moment_person": (
        ("person_id",),
        ("contactmoment", "contactmomenten"),
        _move_contact_moments,
    ),
    "meeting_attendance": (
        ("person_id",),
        ("netwerkbijeenkomst", "netwerkbijeenkomsten"),
        _move_meeting_attendance,
    ),
    "signup": (("person_id",), ("aanmelding", "aanmeldingen"), _move_signups),
    "attendance": (("person_id",), ("aanwezigheid", "aanwezigheden"), _move_attendance),
    "volunteer_shift": (
        ("person_id",),
        ("vrijwilligersdienst", "vrijwilligersdiensten"),
        _move_shifts,
    ),
    "initiative_person": (("person_id",), ("initiatief", "initiatieven"), _move_initiatives),
    "activity_regular": (
        ("person_id",),
        ("vaste deelname", "vaste deelnames"),
        _move_regulars,
    ),
    "consent": (("person_id",), ("toestemming", "toestemmingen"), _move_consents),
    "activity_organiser": (
        ("person_id",),
        ("activiteit als organisator", "activiteiten als organisator"),
        _move_activity_organisers,
    ),
}

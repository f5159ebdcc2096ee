"""Merge two records of one person into one, in one transaction, losing no link.

The kept person keeps its own values; its empty fields are filled from the removed one and
the notes are joined. Every row that points at the removed person is moved to the kept one.
Where the kept person already has the same link (both on one contact moment, both signed up
for one date) the two are combined into one. Which tables point at a person is read from
the schema, and a merge refuses to run while a table is not handled here, so a table added
later can never lose its rows to the cascade.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import CursorResult, Table, delete, func, select, update
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.db.person_order import rank_for
from buurtdesk.domain.agenda import SignUpStatus
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.errors import BuurtdeskError, NotFound, ValidationError, ValidationErrors
from buurtdesk.domain.models import metadata
from buurtdesk.domain.network import PersonTag, RelationshipKind, Tag, TagKind
from buurtdesk.domain.person_fields import person_search_text
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import fold
from buurtdesk.services import audit
from buurtdesk.services.changes import Changes, Entity

PERSON_TABLE: Final = "person"


@dataclass(frozen=True)
class MovedLinks:
    """Rows of one kind moved to the kept person; ``combined`` were already there and were
    joined with the kept person's own. ``label`` names the kind in Dutch ("contactmomenten")."""

    table: str
    label: str
    moved: int
    combined: int


@dataclass(frozen=True)
class MergeResult:
    kept_person_id: int
    removed_person_id: int
    list_name: str
    moved: tuple[MovedLinks, ...]
    filled_fields: tuple[str, ...]
    summary: str
    changes: Changes

    @property
    def moved_count(self) -> int:
        return sum(m.moved for m in self.moved)


class UnhandledReference(BuurtdeskError):
    """A table points at person.id and the merge does not know how to move its rows."""


# --- what points at a person -----------------------------------------------------------


def person_references() -> set[tuple[str, str]]:
    """Every (table, column) with a foreign key to person.id, read from the schema."""
    return {
        (table.name, fk.parent.name)
        for table in metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == PERSON_TABLE and fk.column.name == "id"
    }


def unhandled_references() -> set[tuple[str, str]]:
    handled = {
        (table, column)
        for table, (columns, _labels, _mover) in _MOVERS.items()
        for column in columns
    }
    return person_references() - handled


def _changed(session: Session, statement: Any) -> int:
    """Run an UPDATE or DELETE and return how many rows it changed."""
    result: CursorResult[Any] = session.execute(statement)  # type: ignore[assignment]
    return int(result.rowcount)


def _table(name: str) -> Table:
    return metadata.tables[name]


@dataclass
class _Tally:
    moved: int = 0
    combined: int = 0


Mover = Callable[[Session, int, int], _Tally]


def _move_pairs(session: Session, table_name: str, other: str, keep: int, remove: int) -> _Tally:
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
    return _Tally(moved, combined)


def _move_all(session: Session, table_name: str, keep: int, remove: int) -> _Tally:
    table = _table(table_name)
    moved = _changed(
        session, update(table).where(table.c.person_id == remove).values(person_id=keep)
    )
    return _Tally(moved, 0)


def _move_tags(session: Session, keep: int, remove: int) -> _Tally:
    return _move_pairs(session, "person_tag", "tag_id", keep, remove)


def _move_contact_moments(session: Session, keep: int, remove: int) -> _Tally:
    return _move_pairs(session, "contact_moment_person", "contact_moment_id", keep, remove)


def _move_initiatives(session: Session, keep: int, remove: int) -> _Tally:
    return _move_pairs(session, "initiative_person", "initiative_id", keep, remove)


def _move_meeting_attendance(session: Session, keep: int, remove: int) -> _Tally:
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


def _move_memberships(session: Session, keep: int, remove: int) -> _Tally:
    table = _table("membership")
    tally = _Tally()
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


def _move_relationships(session: Session, keep: int, remove: int) -> _Tally:
    table = _table("person_relationship")
    tally = _Tally()
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


def _move_signups(session: Session, keep: int, remove: int) -> _Tally:
    """Both signed up for one date: one sign-up stays (a confirmed place before a waiting
    list place, else the kept person's), with the check-in of either."""
    table = _table("signup")
    attendance = _table("attendance")
    cancelled = SignUpStatus.CANCELLED.value
    tally = _Tally()
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


def _move_attendance(session: Session, keep: int, remove: int) -> _Tally:
    """Both checked in at one date: one presence stays, with the earliest check-in."""
    table = _table("attendance")
    tally = _Tally()
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


def _move_activity_organisers(session: Session, keep: int, remove: int) -> _Tally:
    table = _table("activity_organiser")
    mine = table.alias("mine")
    already = table.c.activity_id.in_(select(mine.c.activity_id).where(mine.c.person_id == keep))
    combined = _changed(session, delete(table).where(table.c.person_id == remove, already))
    moved = _changed(
        session, update(table).where(table.c.person_id == remove).values(person_id=keep)
    )
    return _Tally(moved, combined)


def _move_shifts(session: Session, keep: int, remove: int) -> _Tally:
    return _move_all(session, "volunteer_shift", keep, remove)


def _move_consents(session: Session, keep: int, remove: int) -> _Tally:
    # The whole history moves; the newest consent per purpose stays the one in force.
    return _move_all(session, "consent", keep, remove)


# table -> (columns pointing at person.id, (singular, plural) label, mover). Order matters:
# sign-ups before attendance (attendance may follow a combined sign-up).
_MOVERS: Final[dict[str, tuple[tuple[str, ...], tuple[str, str], Mover]]] = {
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
    "consent": (("person_id",), ("toestemming", "toestemmingen"), _move_consents),
    "activity_organiser": (
        ("person_id",),
        ("activiteit als organisator", "activiteiten als organisator"),
        _move_activity_organisers,
    ),
}


# --- the person's own fields -----------------------------------------------------------

_ADDRESS: Final = ("straat", "huisnummer", "postcode", "woonplaats")
_FILLABLE: Final = {
    "voornaam": "voornaam",
    "tussenvoegsel": "tussenvoegsel",
    "telefoon": "telefoonnummer",
    "email": "e-mailadres",
    "birth_year": "geboortejaar",
}
_ROLES: Final = {
    "is_resident": "bewoner",
    "is_volunteer": "vrijwilliger",
    "is_initiator": "initiatiefnemer",
    "is_professional": "professional",
}


def _addresses_agree(kept: Any, removed: Any) -> bool:
    """The two addresses do not contradict each other where both are filled in."""
    return all(
        not getattr(kept, f)
        or not getattr(removed, f)
        or fold(getattr(kept, f)) == fold(getattr(removed, f))
        for f in _ADDRESS
    )


def _merged_fields(kept: Any, removed: Any) -> tuple[dict[str, Any], list[str]]:
    """The kept person's new values (only those that change) and the Dutch names of what
    was filled in."""
    values: dict[str, Any] = {}
    filled: list[str] = []
    for field, label in _FILLABLE.items():
        if not getattr(kept, field) and getattr(removed, field):
            values[field] = getattr(removed, field)
            filled.append(label)
    if not any(getattr(kept, f) for f in _ADDRESS) and any(getattr(removed, f) for f in _ADDRESS):
        values.update({f: getattr(removed, f) for f in _ADDRESS})
        values.update(street_id=removed.street_id, buurt_id=removed.buurt_id)
        filled.append("adres")
    elif _addresses_agree(kept, removed):
        parts = [f for f in _ADDRESS if not getattr(kept, f) and getattr(removed, f)]
        values.update({f: getattr(removed, f) for f in parts})
        if kept.street_id is None and removed.street_id is not None:
            values.update(street_id=removed.street_id, buurt_id=removed.buurt_id)
        filled.extend(parts)
    for field, label in _ROLES.items():
        if getattr(removed, field) and not getattr(kept, field):
            values[field] = True
            filled.append(f"rol {label}")
    theirs = removed.notes.strip()
    if theirs and theirs not in kept.notes:
        values["notes"] = f"{kept.notes.rstrip()}\n\n{theirs}" if kept.notes.strip() else theirs
        filled.append("opmerkingen")
    return values, filled


def _search_text(session: Session, person: dict[str, Any], person_id: int) -> str:
    tags = session.execute(
        select(Tag.name)
        .join(PersonTag, PersonTag.tag_id == Tag.id)
        .where(
            PersonTag.person_id == person_id,
            Tag.kind.in_((TagKind.SKILL.value, TagKind.INTEREST.value)),
        )
        .order_by(Tag.kind.desc(), Tag.name)  # skills ("vaardigheid") before interests
    ).scalars()
    return person_search_text(
        PersonName(person["voornaam"], person["tussenvoegsel"], person["achternaam"]),
        straat=person["straat"],
        huisnummer=person["huisnummer"],
        postcode=person["postcode"],
        woonplaats=person["woonplaats"],
        telefoon=person["telefoon"],
        email=person["email"],
        tags=list(tags),
    )


# --- the merge -------------------------------------------------------------------------


def _counted(count: int, labels: tuple[str, str]) -> str:
    return f"{count} {labels[0] if count == 1 else labels[1]}"


def _summary(moved: list[MovedLinks], labels: dict[str, tuple[str, str]]) -> str:
    moves = [_counted(m.moved, labels[m.table]) for m in moved if m.moved]
    combined = sum(m.combined for m in moved)
    text = f"{', '.join(moves)} verplaatst" if moves else "Geen koppelingen verplaatst"
    if combined:
        text += (
            f"; {combined} dubbele {'koppeling' if combined == 1 else 'koppelingen'} samengevoegd"
        )
    return text


def _merge(session: Session, keep_id: int, remove_id: int, user_id: int | None) -> MergeResult:
    missing = unhandled_references()
    if missing:
        names = ", ".join(f"{t}.{c}" for t, c in sorted(missing))
        raise UnhandledReference(
            f"Samenvoegen kan niet: deze versie weet niet hoe {names} mee moet. "
            "Er is niets veranderd."
        )
    person = _table(PERSON_TABLE)
    kept = session.execute(select(person).where(person.c.id == keep_id)).first()
    removed = session.execute(select(person).where(person.c.id == remove_id)).first()
    if kept is None or removed is None:
        raise NotFound(
            "Een van beide personen bestaat niet meer. Misschien is hij al samengevoegd."
        )

    moved: list[MovedLinks] = []
    labels = {table: spec[1] for table, spec in _MOVERS.items()}
    for table, (_columns, label, mover) in _MOVERS.items():
        tally = mover(session, keep_id, remove_id)
        moved.append(MovedLinks(table, label[1], tally.moved, tally.combined))

    values, filled = _merged_fields(kept, removed)
    session.execute(delete(person).where(person.c.id == remove_id))

    new = {**kept._asdict(), **values}
    name = PersonName(new["voornaam"], new["tussenvoegsel"], new["achternaam"])
    if name.sort_key != kept.sort_key:
        values["sort_key"] = name.sort_key
        values["search_rank"] = rank_for(session, name.sort_key, keep_id)
    search_text = _search_text(session, new, keep_id)
    if search_text != kept.search_text:
        values["search_text"] = search_text
    values["updated_at"] = utcnow()
    session.execute(update(person).where(person.c.id == keep_id).values(**values))

    summary = _summary(moved, labels)
    audit.record(
        session,
        action="samengevoegd",
        entity="person",
        entity_id=keep_id,
        user_id=user_id,
        detail=f"persoon {remove_id} opgenomen; {summary}",
    )
    audit.record(
        session,
        action="verwijderd (samengevoegd)",
        entity="person",
        entity_id=remove_id,
        user_id=user_id,
        detail=f"opgenomen in persoon {keep_id}",
    )
    changes = (
        Changes.of(Entity.PERSON, keep_id, remove_id)
        | Changes.of(Entity.MEMBERSHIP)
        | Changes.of(Entity.RELATIONSHIP)
        | Changes.of(Entity.CONTACT_MOMENT)
        | Changes.of(Entity.TAG)
    )
    return MergeResult(
        kept_person_id=keep_id,
        removed_person_id=remove_id,
        list_name=name.list_name,
        moved=tuple(moved),
        filled_fields=tuple(filled),
        summary=summary,
        changes=changes,
    )


def _check_ids(keep_id: int, remove_id: int) -> None:
    if keep_id == remove_id:
        raise ValidationErrors(
            [ValidationError("remove_id", "Kies twee verschillende personen om samen te voegen.")]
        )


def merge_people(
    db: Database, keep_id: int, remove_id: int, *, user_id: int | None = None
) -> MergeResult:
    """Merge ``remove_id`` into ``keep_id`` and delete ``remove_id``; all or nothing."""
    _check_ids(keep_id, remove_id)
    with db.write() as session:
        return _merge(session, keep_id, remove_id, user_id)


class _Rollback(Exception):
    def __init__(self, result: MergeResult) -> None:
        super().__init__()
        self.result = result


def preview_merge(db: Database, keep_id: int, remove_id: int) -> MergeResult:
    """What ``merge_people`` would do, for the "are you sure" question; nothing is saved."""
    _check_ids(keep_id, remove_id)
    try:
        with db.write() as session:
            raise _Rollback(_merge(session, keep_id, remove_id, None))
    except _Rollback as done:
        return done.result


def count_links(db: Database, person_id: int) -> dict[str, int]:
    """Rows pointing at a person, per table (for tests and the merge dialog)."""
    counts: dict[str, int] = {}
    with db.read() as session:
        for table_name, column in sorted(person_references()):
            table = _table(table_name)
            n = session.execute(
                select(func.count()).select_from(table).where(table.c[column] == person_id)
            ).scalar_one()
            counts[table_name] = counts.get(table_name, 0) + int(n)
    return counts

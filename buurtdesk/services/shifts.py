"""Volunteer shifts per date (who, which task, how many hours) and hours per person."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Occurrence, VolunteerShift
from buurtdesk.domain.errors import FieldErrors, NotFound, ValidationError, ValidationErrors
from buurtdesk.domain.network import Person
from buurtdesk.domain.validation.text import clean_text
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity
from buurtdesk.services.signups_common import load_person, load_place, person_name

MAX_HOURS: Final = Decimal(24)
MAX_TASK: Final = 100
HOURS_HINT: Final = "Schrijf de uren als 2, 2,5 of 2:30."
SHIFT_GONE = "Deze dienst bestaat niet meer. Misschien is hij op een andere computer verwijderd."
_HOURS_AND_MINUTES: Final = re.compile(r"(\d{1,2}):([0-5]\d)")
_DECIMAL_HOURS: Final = re.compile(r"\d{1,2}([.,]\d{1,2})?")


@dataclass(frozen=True)
class Saved:
    id: int
    changes: Changes


@dataclass(frozen=True)
class ShiftRow:
    shift_id: int
    person_id: int
    name: str
    task: str
    hours: Decimal


@dataclass(frozen=True)
class HoursRow:
    person_id: int
    name: str
    shifts: int
    hours: Decimal


def parse_hours(text: str) -> Decimal:
    """ "2,5", "2.5" and "2:30" are two and a half hours; more than 0, at most 24."""
    value = text.strip()
    try:
        if match := _HOURS_AND_MINUTES.fullmatch(value):
            hours = Decimal(match[1]) + Decimal(match[2]) / 60
        elif _DECIMAL_HOURS.fullmatch(value):
            hours = Decimal(value.replace(",", "."))
        else:
            message = f"Vul het aantal uren in. {HOURS_HINT}" if not value else HOURS_HINT
            raise ValidationError("hours", message)
    except InvalidOperation:
        raise ValidationError("hours", HOURS_HINT) from None
    if not Decimal(0) < hours <= MAX_HOURS:
        raise ValidationError(
            "hours", f"Een dienst duurt meer dan 0 en hoogstens 24 uur. {HOURS_HINT}"
        )
    return hours.quantize(Decimal("0.01"))


def _valid(task: str, hours: str) -> tuple[str, Decimal]:
    errors = FieldErrors()
    clean_task = errors.check(
        lambda: clean_text(task, field="task", label="Taak", max_length=MAX_TASK), ""
    )
    parsed = errors.check(lambda: parse_hours(hours), Decimal(0))
    if errors.errors:
        raise ValidationErrors(errors.errors)
    return clean_task, parsed


@coordinator_only
def add_shift(db: Database, occurrence_id: int, person_id: int, task: str, hours: str) -> Saved:
    clean_task, parsed = _valid(task, hours)
    with db.write() as session:
        load_place(session, db, occurrence_id)
        load_person(session, person_id)
        shift = VolunteerShift(
            occurrence_id=occurrence_id, person_id=person_id, task=clean_task, hours=parsed
        )
        session.add(shift)
        session.flush()
        _audit(session, db, "toegevoegd", shift.id)
        return Saved(shift.id, Changes.of(Entity.SHIFT, shift.id))


@coordinator_only
def update_shift(db: Database, shift_id: int, person_id: int, task: str, hours: str) -> Saved:
    clean_task, parsed = _valid(task, hours)
    with db.write() as session:
        shift = _shift(session, shift_id)
        load_person(session, person_id)
        shift.person_id = person_id
        shift.task = clean_task
        shift.hours = parsed
        _audit(session, db, "gewijzigd", shift_id)
    return Saved(shift_id, Changes.of(Entity.SHIFT, shift_id))


@coordinator_only
def delete_shift(db: Database, shift_id: int) -> Changes:
    with db.write() as session:
        session.delete(_shift(session, shift_id))
        _audit(session, db, "verwijderd", shift_id)
    return Changes.of(Entity.SHIFT, shift_id)


@coordinator_only
def shifts_for(db: Database, occurrence_id: int) -> list[ShiftRow]:
    with db.read() as session:
        load_place(session, db, occurrence_id)
        rows = session.execute(
            select(VolunteerShift, Person)
            .join(Person, Person.id == VolunteerShift.person_id)
            .where(VolunteerShift.occurrence_id == occurrence_id)
            .order_by(VolunteerShift.task, Person.sort_key, VolunteerShift.id)
        ).all()
        return [
            ShiftRow(s.id, p.id, person_name(p).full_name, s.task, Decimal(str(s.hours)))
            for s, p in rows
        ]


@coordinator_only
def volunteer_hours(db: Database, first: date, last: date) -> list[HoursRow]:
    """Hours per volunteer over the shifts of the dates from ``first`` to ``last``
    (both included), by name."""
    start = datetime.combine(first, time.min)
    end = datetime.combine(last + timedelta(days=1), time.min)
    with db.read() as session:
        rows = session.execute(
            select(
                Person,
                func.count(VolunteerShift.id),
                func.coalesce(func.sum(VolunteerShift.hours), 0),
            )
            .join(VolunteerShift, VolunteerShift.person_id == Person.id)
            .join(Occurrence, Occurrence.id == VolunteerShift.occurrence_id)
            .where(Occurrence.starts_at >= start, Occurrence.starts_at < end)
            .group_by(Person.id)
            .order_by(Person.sort_key, Person.id)
        ).all()
        return [
            HoursRow(
                p.id, person_name(p).full_name, int(count), Decimal(str(total)).quantize(_CENT)
            )
            for p, count, total in rows
        ]


_CENT: Final = Decimal("0.01")


def _shift(session: Session, shift_id: int) -> VolunteerShift:
    shift = session.get(VolunteerShift, shift_id)
    if shift is None:
        raise NotFound(SHIFT_GONE)
    return shift


def _audit(session: Session, db: Database, action: str, shift_id: int) -> None:
    audit.record(
        session, action=action, entity="shift", entity_id=shift_id, user_id=db.actor.user_id
    )

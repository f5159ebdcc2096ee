"""Locations (buurthuis, bibliotheek) and their rooms: list, add, change and remove.

A location or room that activities still use is not removed: the coordinator is told which
activities, so no date silently loses its room.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Activity, Location, Occurrence, Room
from buurtdesk.domain.errors import NotFound, ValidationError
from buurtdesk.domain.location_fields import (
    LocationInput,
    RoomInput,
    validate_location,
    validate_room,
)
from buurtdesk.domain.validation.text import fold
from buurtdesk.services import audit
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import Changes, Entity

__all__ = [
    "LocationInput",
    "LocationRow",
    "RoomInput",
    "RoomRow",
    "Saved",
    "create_location",
    "create_room",
    "delete_location",
    "delete_room",
    "get_location",
    "get_room",
    "label_of_room",
    "list_locations",
    "list_rooms",
    "room_label",
    "update_location",
    "update_room",
]

LOCATION_GONE: Final = "Deze locatie bestaat niet meer. Misschien is ze ergens anders verwijderd."
ROOM_GONE: Final = "Deze zaal bestaat niet meer. Misschien is ze ergens anders verwijderd."


@dataclass(frozen=True)
class Saved:
    id: int
    changes: Changes


@dataclass(frozen=True)
class RoomRow:
    room_id: int
    name: str
    location_id: int
    location_name: str
    capacity: int | None
    accessibility: str
    label: str  # "Zaal 1 (Buurthuis De Linde)"


@dataclass(frozen=True)
class LocationRow:
    location_id: int
    name: str
    address: str
    room_count: int


def room_label(room_name: str | None, location_name: str | None) -> str:
    """ "Grote zaal (Buurthuis De Linde)"; "" without a room."""
    if not room_name:
        return ""
    return f"{room_name} ({location_name})" if location_name else room_name


def label_of_room(session: Session, room_id: int | None) -> str:
    """The stored room's label, "" without a room (or when it is gone)."""
    if room_id is None:
        return ""
    names = session.execute(
        select(Room.name, Location.name)
        .join(Location, Location.id == Room.location_id)
        .where(Room.id == room_id)
    ).first()
    return room_label(names[0], names[1]) if names is not None else ""


def _refuse_duplicate_location(session: Session, name: str, own_id: int | None) -> None:
    for other_id, other in session.execute(select(Location.id, Location.name)).all():
        if other_id != own_id and fold(other) == fold(name):
            raise ValidationError("name", f"Er is al een locatie met de naam {other}.")


def _refuse_duplicate_room(
    session: Session, location_id: int, name: str, own_id: int | None
) -> None:
    rows = session.execute(select(Room.id, Room.name).where(Room.location_id == location_id)).all()
    for other_id, other in rows:
        if other_id != own_id and fold(other) == fold(name):
            raise ValidationError("name", f"Deze locatie heeft al een zaal met de naam {other}.")


def _apply_location(location: Location, valid: LocationInput) -> None:
    location.name = valid.name
    location.straat = valid.straat
    location.huisnummer = valid.huisnummer
    location.postcode = valid.postcode
    location.woonplaats = valid.woonplaats
    location.notes = valid.notes


@coordinator_only
def list_rooms(db: Database) -> list[RoomRow]:
    """Every room, by location and name: the editor's room drop-down."""
    statement = (
        select(Room, Location.name)
        .join(Location, Location.id == Room.location_id)
        .order_by(Location.name, Room.name)
    )
    with db.read() as session:
        return [
            RoomRow(
                room.id,
                room.name,
                room.location_id,
                location_name,
                room.capacity,
                room.accessibility,
                room_label(room.name, location_name),
            )
            for room, location_name in session.execute(statement).all()
        ]


@coordinator_only
def list_locations(db: Database) -> list[LocationRow]:
    room_count = (
        select(func.count())
        .where(Room.location_id == Location.id)
        .correlate(Location)
        .scalar_subquery()
    )
    with db.read() as session:
        rows = session.execute(select(Location, room_count).order_by(Location.name)).all()
        return [
            LocationRow(
                location.id,
                location.name,
                ", ".join(
                    p
                    for p in (
                        f"{location.straat} {location.huisnummer}".strip(),
                        f"{location.postcode} {location.woonplaats}".strip(),
                    )
                    if p
                ),
                int(count),
            )
            for location, count in rows
        ]


@coordinator_only
def get_location(db: Database, location_id: int) -> LocationInput:
    with db.read() as session:
        location = session.get(Location, location_id)
        if location is None:
            raise NotFound(LOCATION_GONE)
        return LocationInput(
            location.name,
            location.straat,
            location.huisnummer,
            location.postcode,
            location.woonplaats,
            location.notes,
        )


@coordinator_only
def create_location(db: Database, data: LocationInput) -> Saved:
    valid = validate_location(data)
    with db.write() as session:
        _refuse_duplicate_location(session, valid.name, None)
        location = Location()
        _apply_location(location, valid)
        session.add(location)
        session.flush()
        audit.record(
            session,
            action="toegevoegd",
            entity="location",
            entity_id=location.id,
            user_id=db.actor.user_id,
        )
        return Saved(location.id, Changes.of(Entity.LOCATION, location.id))


@coordinator_only
def update_location(db: Database, location_id: int, data: LocationInput) -> Saved:
    valid = validate_location(data)
    with db.write() as session:
        location = session.get(Location, location_id)
        if location is None:
            raise NotFound(LOCATION_GONE)
        _refuse_duplicate_location(session, valid.name, location_id)
        _apply_location(location, valid)
        audit.record(
            session,
            action="gewijzigd",
            entity="location",
            entity_id=location_id,
            user_id=db.actor.user_id,
        )
    # Room labels name the location, so every list showing rooms refreshes.
    return Saved(location_id, Changes.of(Entity.LOCATION, location_id) | Changes.of(Entity.ROOM))


def _activities_using(session: Session, room_ids: list[int]) -> list[str]:
    if not room_ids:
        return []
    used_by_dates = select(Occurrence.activity_id).where(Occurrence.room_id.in_(room_ids))
    titles = session.scalars(
        select(Activity.title)
        .where(or_(Activity.room_id.in_(room_ids), Activity.id.in_(used_by_dates)))
        .distinct()
        .order_by(Activity.title)
    ).all()
    return list(titles)


def _in_use_message(what: str, titles: list[str]) -> str:
    named = ", ".join(titles[:3])
    more = f" en {len(titles) - 3} andere" if len(titles) > 3 else ""
    return (
        f"{what} wordt nog gebruikt door {named}{more}. "
        "Kies eerst een andere zaal voor die activiteiten."
    )


@coordinator_only
def delete_location(db: Database, location_id: int) -> Changes:
    """Remove a location with its rooms; refused while activities use one of its rooms."""
    with db.write() as session:
        location = session.get(Location, location_id)
        if location is None:
            raise NotFound(LOCATION_GONE)
        rooms = list(session.scalars(select(Room.id).where(Room.location_id == location_id)))
        titles = _activities_using(session, rooms)
        if titles:
            raise ValidationError("location", _in_use_message(location.name, titles))
        session.delete(location)
        audit.record(
            session,
            action="verwijderd",
            entity="location",
            entity_id=location_id,
            user_id=db.actor.user_id,
        )
    return Changes.of(Entity.LOCATION, location_id) | Changes.of(Entity.ROOM, *rooms)


@coordinator_only
def get_room(db: Database, room_id: int) -> RoomInput:
    with db.read() as session:
        room = session.get(Room, room_id)
        if room is None:
            raise NotFound(ROOM_GONE)
        capacity = "" if room.capacity is None else str(room.capacity)
        return RoomInput(room.name, capacity, room.accessibility)


@coordinator_only
def create_room(db: Database, location_id: int, data: RoomInput) -> Saved:
    name, capacity, accessibility = validate_room(data)
    with db.write() as session:
        if session.get(Location, location_id) is None:
            raise NotFound(LOCATION_GONE)
        _refuse_duplicate_room(session, location_id, name, None)
        room = Room(
            location_id=location_id, name=name, capacity=capacity, accessibility=accessibility
        )
        session.add(room)
        session.flush()
        audit.record(
            session,
            action="toegevoegd",
            entity="room",
            entity_id=room.id,
            user_id=db.actor.user_id,
        )
        return Saved(room.id, Changes.of(Entity.ROOM, room.id) | Changes.of(Entity.LOCATION))


@coordinator_only
def update_room(db: Database, room_id: int, data: RoomInput) -> Saved:
    name, capacity, accessibility = validate_room(data)
    with db.write() as session:
        room = session.get(Room, room_id)
        if room is None:
            raise NotFound(ROOM_GONE)
        _refuse_duplicate_room(session, room.location_id, name, room_id)
        room.name, room.capacity, room.accessibility = name, capacity, accessibility
        audit.record(
            session,
            action="gewijzigd",
            entity="room",
            entity_id=room_id,
            user_id=db.actor.user_id,
        )
    changes = Changes.of(Entity.ROOM, room_id) | Changes.of(Entity.OCCURRENCE)
    return Saved(room_id, changes)


@coordinator_only
def delete_room(db: Database, room_id: int) -> Changes:
    """Remove a room; refused while activities (or single dates) are planned in it."""
    with db.write() as session:
        room = session.get(Room, room_id)
        if room is None:
            raise NotFound(ROOM_GONE)
        titles = _activities_using(session, [room_id])
        if titles:
            raise ValidationError("room", _in_use_message(room.name, titles))
        session.delete(room)
        audit.record(
            session,
            action="verwijderd",
            entity="room",
            entity_id=room_id,
            user_id=db.actor.user_id,
        )
    return Changes.of(Entity.ROOM, room_id) | Changes.of(Entity.LOCATION)

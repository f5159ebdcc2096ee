"""Locations and rooms: the room list the editor offers, and no room lost under an activity."""

from __future__ import annotations

import pytest

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from buurtdesk.services import locations
from buurtdesk.services.changes import Entity
from buurtdesk.services.locations import LocationInput, RoomInput
from tests.services.agenda_helpers import plan


def _linde(db: Database) -> int:
    return locations.create_location(
        db,
        LocationInput(
            name="Buurthuis De Linde",
            straat="Lindelaan",
            huisnummer="4",
            postcode="6871ab",
            woonplaats="Renkum",
        ),
    ).id


def test_rooms_are_listed_with_their_location(any_db: Database) -> None:
    linde = _linde(any_db)
    saved = locations.create_room(
        any_db, linde, RoomInput(name="Zaal 1", capacity="40", accessibility="Drempelvrij")
    )
    assert saved.changes.affects(Entity.ROOM)
    locations.create_room(any_db, linde, RoomInput(name="Keuken", capacity=""))
    rooms = locations.list_rooms(any_db)
    assert [r.label for r in rooms] == [
        "Keuken (Buurthuis De Linde)",
        "Zaal 1 (Buurthuis De Linde)",
    ]
    assert (rooms[1].capacity, rooms[1].accessibility) == (40, "Drempelvrij")
    assert rooms[0].capacity is None
    [row] = locations.list_locations(any_db)
    assert (row.name, row.address, row.room_count) == (
        "Buurthuis De Linde",
        "Lindelaan 4, 6871 AB Renkum",
        2,
    )


def test_renaming_a_location_renames_its_room_labels(any_db: Database) -> None:
    linde = _linde(any_db)
    locations.create_room(any_db, linde, RoomInput(name="Zaal 1"))
    locations.update_location(any_db, linde, LocationInput(name="Wijkcentrum De Linde"))
    assert [r.label for r in locations.list_rooms(any_db)] == ["Zaal 1 (Wijkcentrum De Linde)"]
    assert locations.get_location(any_db, linde).name == "Wijkcentrum De Linde"


def test_bad_input_is_refused_in_dutch(any_db: Database) -> None:
    linde = _linde(any_db)
    with pytest.raises(ValidationErrors) as caught:
        locations.create_location(any_db, LocationInput(name="", postcode="12"))
    assert set(caught.value.by_field()) == {"name", "postcode"}
    with pytest.raises(ValidationError, match="Er is al een locatie met de naam"):
        locations.create_location(any_db, LocationInput(name="buurthuis de linde"))
    with pytest.raises(ValidationErrors) as caught:
        locations.create_room(any_db, linde, RoomInput(name="x" * 10_000, capacity="-3"))
    assert set(caught.value.by_field()) == {"name", "capacity"}
    locations.create_room(any_db, linde, RoomInput(name="Zaal 1"))
    with pytest.raises(ValidationError, match="al een zaal met de naam Zaal 1"):
        locations.create_room(any_db, linde, RoomInput(name="zaal 1"))


def test_a_room_in_use_is_not_removed(any_db: Database) -> None:
    linde = _linde(any_db)
    used = locations.create_room(any_db, linde, RoomInput(name="Zaal 1")).id
    empty = locations.create_room(any_db, linde, RoomInput(name="Zaal 2")).id
    plan(any_db, "Koffieochtend", room_id=used)
    with pytest.raises(ValidationError, match="Zaal 1 wordt nog gebruikt door Koffieochtend"):
        locations.delete_room(any_db, used)
    with pytest.raises(ValidationError, match="Buurthuis De Linde wordt nog gebruikt"):
        locations.delete_location(any_db, linde)
    locations.delete_room(any_db, empty)
    assert [r.name for r in locations.list_rooms(any_db)] == ["Zaal 1"]
    with pytest.raises(NotFound):
        locations.get_room(any_db, empty)


def test_an_unused_location_goes_with_its_rooms(any_db: Database) -> None:
    linde = _linde(any_db)
    locations.create_room(any_db, linde, RoomInput(name="Zaal 1"))
    locations.delete_location(any_db, linde)
    assert locations.list_rooms(any_db) == []
    assert locations.list_locations(any_db) == []

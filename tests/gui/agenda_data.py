"""Rooms and activities for the agenda window tests, planned around Tuesday 8 December 2026."""

from __future__ import annotations

from datetime import date, datetime

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import ActivityInput
from buurtdesk.domain.recurrence import Repeat, RepeatInput
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.services import activities, locations
from buurtdesk.services.locations import LocationInput, RoomInput

NOW = datetime(2026, 12, 8, 9, 30)  # a Tuesday morning
TODAY = NOW.date()


def add_room(db: Database, name: str = "Zaal 1", place: str = "Buurthuis De Linde") -> int:
    found = [loc for loc in locations.list_locations(db) if loc.name == place]
    if found:
        location_id = found[0].location_id
    else:
        location_id = locations.create_location(db, LocationInput(name=place)).id
    return locations.create_room(db, location_id, RoomInput(name=name, capacity="40")).id


def add_activity(
    db: Database,
    title: str,
    day: date,
    start: str = "10:00",
    end: str = "12:00",
    *,
    room_id: int | None = None,
    weekly: bool = False,
    allow_conflicts: bool = False,
) -> int:
    repeat = RepeatInput(Repeat.WEEKLY, weekdays=(day.weekday(),)) if weekly else RepeatInput()
    data = ActivityInput(
        title=title,
        room_id=room_id,
        date=f"{day.day:02d}-{day.month:02d}-{day.year}",
        start=start,
        end=end,
        repeat=repeat,
    )
    saved = activities.create_activity(db, data, allow_conflicts=allow_conflicts, today=TODAY)
    return saved.activity_id


def agenda_page(window: MainWindow):  # type: ignore[no-untyped-def]
    from buurtdesk.gui.agenda.page import AgendaPage

    window.show_part("agenda")
    page = window.page("agenda")
    assert isinstance(page, AgendaPage)
    return page

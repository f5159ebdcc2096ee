"""What the activity form offers to choose from (rooms, themes, initiatives) and the names
of the organisers it holds by id."""

from __future__ import annotations

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import ActivityInput
from buurtdesk.domain.errors import NotFound
from buurtdesk.gui.agenda.organisers import Named
from buurtdesk.services import locations, organisations, people
from buurtdesk.services.initiative_choices import list_initiatives
from buurtdesk.services.locations import RoomRow
from buurtdesk.services.themes import list_themes


def rooms(db: Database) -> list[RoomRow]:
    return locations.list_rooms(db)


def themes(db: Database) -> list[tuple[int, str]]:
    return [(row.theme_id, row.name) for row in list_themes(db)]


def initiatives(db: Database) -> list[tuple[int, str]]:
    return [(row.initiative_id, row.title) for row in list_initiatives(db)]


def organiser_names(db: Database, data: ActivityInput) -> tuple[Named, Named]:
    """(id, name) of the organising people and organisations; ones gone meanwhile are left
    out."""
    found_people: list[tuple[int, str]] = []
    for person_id in data.organiser_person_ids:
        try:
            found_people.append((person_id, people.get_person(db, person_id).full_name))
        except NotFound:
            continue
    found_organisations: list[tuple[int, str]] = []
    for organisation_id in data.organiser_organisation_ids:
        try:
            name = organisations.get_organisation(db, organisation_id).name
        except NotFound:
            continue
        found_organisations.append((organisation_id, name))
    return tuple(found_people), tuple(found_organisations)

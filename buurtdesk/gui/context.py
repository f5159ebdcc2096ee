"""What every part of the window is handed: the database, the change bus, and the few
window services a part may use. Passed in, never fetched from globals, so a test can hand
in a temporary database and its own prompts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from buurtdesk.db.engine import Database
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.prompts import Prompts

PEOPLE_PART = "netwerk"
AGENDA_PART = "agenda"
INITIATIVES_PART = "initiatieven"


class Navigator(QObject):
    """Requests to open something in another part ("open this person").

    The part that can show the thing listens; the main window brings that part forward.
    Parts' pages are made when first shown, so a request first brings its part forward
    (making the page and its listeners) and only then goes out.
    """

    show_part_requested = Signal(str)
    person_requested = Signal(int)
    new_person_requested = Signal()
    find_person_requested = Signal()
    occurrence_requested = Signal(int)
    initiative_requested = Signal(int)

    def show_part(self, part_id: str) -> None:
        self.show_part_requested.emit(part_id)

    def open_person(self, person_id: int) -> None:
        self.show_part(PEOPLE_PART)
        self.person_requested.emit(person_id)

    def new_person(self) -> None:
        self.show_part(PEOPLE_PART)
        self.new_person_requested.emit()

    def find_person(self) -> None:
        self.show_part(PEOPLE_PART)
        self.find_person_requested.emit()

    def open_occurrence(self, occurrence_id: int) -> None:
        """Show one date of an activity in the Agenda, selected, with its detail."""
        self.show_part(AGENDA_PART)
        self.occurrence_requested.emit(occurrence_id)

    def open_initiative(self, initiative_id: int) -> None:
        """Show an initiative on the board, its card chosen, with its detail."""
        self.show_part(INITIATIVES_PART)
        self.initiative_requested.emit(initiative_id)


@dataclass
class AppContext:
    db: Database
    bus: ChangeBus
    navigator: Navigator
    prompts: Prompts
    show_status: Callable[[str], None]
    now: Callable[[], datetime] = field(default=datetime.now)

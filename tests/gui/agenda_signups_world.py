"""The occurrence panel on its own, as the Agenda shows it on the detail side of a
1366×768 window, with its status line kept for the tests to read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pytestqt.qtbot import QtBot

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import Activity
from buurtdesk.gui.agenda.signups.panel import OccurrencePanel
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.context import AppContext, Navigator
from tests.gui.conftest import ScriptedPrompts
from tests.services import signups_world
from tests.services.signups_world import Planned

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

PANEL_SIZE = (700, 650)


@dataclass
class Desk:
    context: AppContext
    panel: OccurrencePanel
    status: list[str] = field(default_factory=list)

    def counts_text(self) -> str:
        return self.panel.counts.text.text()


def make_desk(qtbot: QtBot, db: Database, *, now: datetime | None = None) -> Iterator[Desk]:
    status: list[str] = []
    context = AppContext(
        db=db,
        bus=ChangeBus(),
        navigator=Navigator(),
        prompts=ScriptedPrompts(),
        show_status=status.append,
        now=(lambda: now) if now is not None else datetime.now,
    )
    panel = OccurrencePanel(context=context)
    qtbot.addWidget(panel)
    panel.resize(*PANEL_SIZE)
    panel.show()
    qtbot.waitExposed(panel)
    yield Desk(context, panel, status)


def plan(db: Database, title: str = "Koffieochtend", **options: Any) -> Planned:
    """The sign-up tests' agenda (``signups_world.plan``), its weekly rule naming the day as
    the activity editor writes it ("FREQ=WEEKLY;BYDAY=TU")."""
    planned = signups_world.plan(db, title, **options)
    with db.write() as session:
        activity = session.get(Activity, planned.activity_id)
        assert activity is not None
        if activity.rrule:
            activity.rrule = f"FREQ=WEEKLY;BYDAY={WEEKDAYS[activity.starts_at.weekday()]}"
    return planned

"""Builders for the board tests: a window on the Initiatieven part over a few initiatives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from buurtdesk.db.engine import Database
from buurtdesk.domain.initiatives import Initiative
from buurtdesk.gui.initiatives.column import BoardColumn
from buurtdesk.gui.initiatives.page import InitiativesPage
from buurtdesk.gui.main_window import MainWindow
from tests.services.initiative_helpers import stage_ids

MakeWindow = Callable[..., MainWindow]


def open_board(make_window: MakeWindow, db: Database) -> tuple[MainWindow, InitiativesPage]:
    window = make_window(db)
    window.show_part("initiatieven")
    page = window.page("initiatieven")
    assert isinstance(page, InitiativesPage)
    return window, page


def column(page: InitiativesPage, stage: str) -> BoardColumn:
    return next(c for c in page.board.columns if c.stage.name == stage)


def titles(page: InitiativesPage, stage: str) -> list[str]:
    return column(page, stage).model.titles()


def many_initiatives(db: Database, count: int, *, start: int = 0) -> None:
    """``count`` initiatives spread over the open stages, in one transaction."""
    ids = stage_ids(db)
    open_stages = [ids[name] for name in ("Idee", "Verkenning", "Plan", "Uitvoering")]
    now = datetime.now()
    with db.write() as session:
        for number in range(start, start + count):
            session.add(
                Initiative(
                    title=f"Initiatief {number:04d}",
                    stage_id=open_stages[number % len(open_stages)],
                    stage_since=now,
                    next_step="Bellen met de initiatiefnemers",
                    next_step_due=date(2099, 1, 1),
                    created_at=now,
                    updated_at=now,
                )
            )

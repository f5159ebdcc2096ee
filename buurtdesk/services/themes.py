"""Themes (welzijn, zorg, duurzaamheid, …) to choose from for activities and initiatives."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.themes import Theme
from buurtdesk.services.access import coordinator_only


@dataclass(frozen=True)
class ThemeRow:
    theme_id: int
    name: str


@coordinator_only
def list_themes(db: Database) -> list[ThemeRow]:
    with db.read() as session:
        rows = session.execute(select(Theme.id, Theme.name).order_by(Theme.name)).all()
    return [ThemeRow(theme_id, name) for theme_id, name in rows]

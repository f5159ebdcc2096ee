"""The board: cards with their people, themes, area and needs; filters; and a constant
number of SQL statements whether the board holds 5 initiatives or 500."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import event

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt, Wijk
from buurtdesk.domain.initiatives import (
    Initiative,
    InitiativeNeed,
    InitiativePerson,
    InitiativeTheme,
)
from buurtdesk.domain.themes import Theme
from buurtdesk.services.initiatives import BoardQuery, board
from tests.services.initiative_helpers import person, stage_ids

TODAY = date(2026, 12, 7)


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def _fill(db: Database, total: int) -> dict[str, int]:
    """``total`` initiatives over the open stages, two buurten, two themes, two initiators."""
    stages = stage_ids(db)
    fatma = person(db, "Fatma", "Yılmaz")
    jan = person(db, "Jan", "Vries", "de")
    with db.write() as session:
        wijk = Wijk(name="Centrum")
        session.add(wijk)
        session.flush()
        north, south = Buurt(wijk_id=wijk.id, name="Noord"), Buurt(wijk_id=wijk.id, name="Zuid")
        green, care = Theme(name="Duurzaamheid"), Theme(name="Zorg")
        session.add_all([north, south, green, care])
        session.flush()
        open_stages = ["Idee", "Verkenning", "Plan", "Uitvoering"]
        for n in range(total):
            item = Initiative(
                title=f"Initiatief {n:03d}" if n else "Moestuin Lindeplein",
                stage_id=stages[open_stages[n % 4]],
                stage_since=datetime(2026, 12, 1, 10),
                buurt_id=north.id if n % 2 else south.id,
                next_step="Bellen",
                next_step_due=date(2026, 12, 20),
            )
            session.add(item)
            session.flush()
            session.add(
                InitiativeTheme(initiative_id=item.id, theme_id=green.id if n % 3 else care.id)
            )
            session.add(InitiativePerson(initiative_id=item.id, person_id=fatma if n % 5 else jan))
            session.add(InitiativeNeed(initiative_id=item.id, kind="geld", status="open"))
        return {
            "north": north.id,
            "care": care.id,
            "fatma": fatma,
            "jan": jan,
            "plan": stages["Plan"],
        }


def test_a_card_shows_what_the_coordinator_needs(db: Database) -> None:
    _fill(db, 4)
    card = next(c for c in board(db, today=TODAY) if c.title == "Moestuin Lindeplein")
    assert (card.initiators, card.themes, card.area) == ("Jan de Vries", "Zorg", "Zuid")
    assert card.open_needs == ("Geld",)
    assert card.days_in_stage == 6
    assert (card.next_step, card.next_step_due) == ("Bellen", date(2026, 12, 20))
    assert not card.stalled
    assert card.position == 0


def test_the_number_of_statements_does_not_grow_with_the_board(any_db: Database) -> None:
    _fill(any_db, 500)
    last = stage_ids(any_db)["Uitvoering"]
    with counted(any_db) as few:
        board(any_db, BoardQuery(stage_id=last, buurt_id=-1), today=TODAY)
    with counted(any_db) as many:
        cards = board(any_db, today=TODAY)
    assert len(cards) == 500
    assert len(many) == len(few) <= 12
    per_stage = [c.position for c in cards if c.stage_id == cards[0].stage_id]
    assert per_stage == list(range(125))


def test_filters(any_db: Database) -> None:
    ids = _fill(any_db, 60)

    def titles(**query: Any) -> set[str]:
        return {c.title for c in board(any_db, BoardQuery(**query), today=TODAY)}

    everything = titles()
    assert len(everything) == 60
    assert len(titles(buurt_id=ids["north"])) == 30
    assert len(titles(theme_id=ids["care"])) == 20  # n % 3 == 0
    assert len(titles(person_id=ids["jan"])) == 12  # n % 5 == 0
    assert len(titles(stage_id=ids["plan"])) == 15
    assert len(titles(person_id=ids["jan"], theme_id=ids["care"])) == 4  # n % 15 == 0
    assert titles(text="moestuin") == {"Moestuin Lindeplein"}
    assert len(titles(text="yilmaz")) == 48, "initiators' names match without accents"
    assert titles(text="zuid moestuin") == {"Moestuin Lindeplein"}
    assert titles(text="onbekend") == set()

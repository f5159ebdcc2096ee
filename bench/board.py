"""Initiatives board: time to open the page with every column painted, and to refresh after
a move, against a plain QListView over a QStringListModel with the same titles.

Run: ``uv run python bench/board.py [--initiatives 500] [--rounds 15]``.
The database is the demo neighbourhood (2.000 people, seed 1: people, themes, buurten and
its own initiatives), topped up through the services to ``--initiatives`` initiatives, each
with one to three initiators, one or two themes, a buurt, a next step with a due date, open
needs and a few stages of history (moves through ``move_initiative``). It is made once and
kept in bench/out; every run works on a fresh copy, so the moves measured do not pile up.

* open: a new ``InitiativesPage`` (its ``refresh``: the stages, the filters' choices, one
  ``initiatives.board`` query for every card), shown 3000 px wide so that all six columns
  are on screen, and painted with ``repaint()`` (synchronous, children included);
* refresh after a move: a card moved one stage on through the service (timed apart), then
  its changes published on the bus as the Mover does (the page refetches the board) and
  the page painted again.

The baseline is Qt's plainest list: a QListView over a QStringListModel with the same
titles (no cards, no columns, no query): made, filled and painted at the same height; and
after a "move" one title taken out and put back elsewhere (``setStringList``), painted.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from databases import demo_db
from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel
from PySide6.QtWidgets import QApplication, QListView
from sqlalchemy import select
from stats import median, percentile, report

from buurtdesk.db.engine import Database
from buurtdesk.domain.dutch_dates import input_date
from buurtdesk.domain.initiatives import NeedKind
from buurtdesk.domain.network import Person
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.context import AppContext, Navigator
from buurtdesk.gui.initiatives.page import InitiativesPage
from buurtdesk.gui.prompts import Prompts
from buurtdesk.services import areas, initiatives, stages, themes
from buurtdesk.services.initiatives import BoardQuery, InitiativeInput

OUT = Path(__file__).resolve().parent / "out"
TODAY = date.today()
WIDTH, HEIGHT = 3000, 1000
WHAT = ("Moestuin", "Buurtmaaltijd", "Repair café", "Speeltuin", "Bankjes", "Zwerfafval",
        "Taalmaatjes", "Boekenkast", "Straatfeest", "Geveltuinen", "Buurtkrant")  # fmt: skip
WHERE = ("achter de flat", "op het plein", "in de Lindestraat", "bij de school", "aan het water")


def make_database(count: int) -> Path:
    path = OUT / f"board-{count}.sqlite"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    shutil.copyfile(demo_db(2000), partial)
    print(f"making {path.name} ...", file=sys.stderr)
    db = Database.open(f"sqlite:///{partial}")
    stages.ensure_default_stages(db)
    open_stages = [row.stage_id for row in stages.list_stages(db)][:5]
    theme_ids = [row.theme_id for row in themes.list_themes(db)]
    buurt_ids = [row.buurt_id for row in areas.list_buurten(db)]
    with db.read() as session:  # some residents to be the initiators
        person_ids = list(session.scalars(select(Person.id).order_by(Person.id).limit(400)))
    have = len(initiatives.board(db, BoardQuery(), today=TODAY))
    rng = random.Random(1)
    kinds = [kind.value for kind in NeedKind]
    for number in range(have, count):
        data = InitiativeInput(
            title=f"{rng.choice(WHAT)} {rng.choice(WHERE)} {number}",
            description="Bewoners willen samen iets doen voor de buurt.",
            buurt_id=rng.choice(buurt_ids) if buurt_ids else None,
            theme_ids=tuple(rng.sample(theme_ids, min(len(theme_ids), rng.randint(1, 2)))),
            initiator_person_ids=tuple(rng.sample(person_ids, rng.randint(1, 3))),
            next_step="Gesprek met de initiatiefnemers",
            next_step_due=input_date(TODAY.replace(day=1)),
        )
        item = initiatives.create_initiative(db, data).id
        for kind in rng.sample(kinds, rng.randint(0, 3)):
            initiatives.add_need(db, item, kind, "nog te regelen")
        for stage_id in open_stages[1 : 1 + rng.randint(0, 4)]:
            initiatives.move_initiative(
                db, item, stage_id, note="verder", confirm_open_checklist=True, today=TODAY
            )
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


class Board:
    """The buurtdesk page on a copy of the database."""

    def __init__(self, path: Path) -> None:
        run = path.with_name(path.stem + "-run.sqlite")
        for suffix in ("", "-wal", "-shm"):
            Path(str(run) + suffix).unlink(missing_ok=True)
        shutil.copyfile(path, run)
        self.db = Database.open(f"sqlite:///{run}")
        self.context = AppContext(
            db=self.db,
            bus=ChangeBus(),
            navigator=Navigator(),
            prompts=Prompts(),
            show_status=lambda _text: None,
        )
        self.page: InitiativesPage | None = None
        self.stage_ids = [row.stage_id for row in stages.list_stages(self.db)]
        rows = initiatives.board(self.db, BoardQuery(), today=TODAY)
        self.titles = [row.title for row in rows]
        self.movable = [(row.initiative_id, row.stage_id) for row in rows if row.stage_id in
                        self.stage_ids[:4]]  # fmt: skip
        self.moves = 0

    def close(self) -> None:
        """The page opened before goes for good (else it would refresh on every move too)."""
        if self.page is not None:
            self.page.hide()
            self.page.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.page = None
        self.context.bus = ChangeBus()

    def open(self) -> None:
        page = InitiativesPage(self.context)
        page.resize(WIDTH, HEIGHT)
        page.show()
        page.repaint()
        self.page = page

    def columns_painted(self) -> int:
        assert self.page is not None
        board = self.page.board
        viewport = board.viewport().rect()
        return sum(
            1
            for column in board.columns
            if column.isVisible()
            and viewport.contains(
                column.geometry().translated(-board.horizontalScrollBar().value(), 0)
            )
        )

    def move(self) -> initiatives.MoveResult:
        """One card one stage on (then back on the next call): the write alone."""
        initiative_id, home = self.movable[self.moves // 2 % len(self.movable)]
        there = self.stage_ids[self.stage_ids.index(home) + 1]
        target = there if self.moves % 2 == 0 else home
        self.moves += 1
        return initiatives.move_initiative(
            self.db, initiative_id, target, confirm_open_checklist=True, today=TODAY
        )

    def refresh_after(self, result: initiatives.MoveResult) -> None:
        assert self.page is not None
        self.context.bus.publish(result.changes)  # the page refetches, as after the Mover
        self.page.repaint()


class Baseline:
    def __init__(self, titles: list[str]) -> None:
        self.titles = titles
        self.view: QListView | None = None
        self.model: QStringListModel | None = None
        self.moves = 0

    def close(self) -> None:
        if self.view is not None:
            self.view.hide()
            self.view.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.view = None

    def open(self) -> None:
        self.model = QStringListModel(self.titles)
        view = QListView()
        view.setModel(self.model)
        view.resize(WIDTH, HEIGHT)
        view.show()
        view.repaint()
        self.view = view

    def refresh_after_move(self) -> None:
        assert self.model is not None
        assert self.view is not None
        titles = list(self.titles)
        moved = titles.pop(self.moves % len(titles))
        titles.insert((self.moves * 7) % len(titles), moved)
        self.moves += 1
        self.model.setStringList(titles)
        self.view.repaint()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--initiatives", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    path = make_database(args.initiatives)
    board = Board(path)
    baseline = Baseline(board.titles)

    ours_open: list[float] = []
    base_open: list[float] = []
    ours_refresh: list[float] = []
    writes: list[float] = []
    base_refresh: list[float] = []
    painted = 0
    for _ in range(args.rounds):
        board.close()
        baseline.close()
        ours_open.append(timed(board.open))
        base_open.append(timed(baseline.open))
        app.processEvents()
        painted = board.columns_painted()
        for _move in range(4):
            started = time.perf_counter()
            result = board.move()
            writes.append(time.perf_counter() - started)
            ours_refresh.append(timed(lambda result=result: board.refresh_after(result)))
            base_refresh.append(timed(baseline.refresh_after_move))
            app.processEvents()
    assert board.page is not None
    shown = board.page.board.card_count()

    def figures(what: str, values: list[float]) -> list[tuple[str, str, str]]:
        return [
            (f"{what}, median", f"{median(values) * 1000:7.2f} ms", ""),
            (f"{what}, p99", f"{percentile(values, 99) * 1000:7.2f} ms", ""),
        ]

    def rows(what: str, ours: list[float], base: list[float]) -> list[tuple[str, str, str]]:
        return (
            figures(f"{what}, buurtdesk", ours)
            + figures(f"{what}, QListView+QStringListModel", base)
            + [(f"{what}, ratio of medians", f"{median(ours) / median(base):7.1f}", "")]
        )

    title = (
        f"initiatives board, {shown} initiatives in {len(board.stage_ids)} stages "
        f"({painted} columns on screen, {WIDTH}x{HEIGHT}), {len(ours_open)} opens and "
        f"{len(ours_refresh)} moves"
    )
    report(
        title,
        rows("open page + paint", ours_open, base_open)
        + rows("refresh after a move + paint", ours_refresh, base_refresh)
        + figures("the move itself (service write)", writes),
    )
    board.db.dispose()


if __name__ == "__main__":
    main()

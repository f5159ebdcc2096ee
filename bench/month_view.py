"""Month view: time to first render and to switch months, against Qt's QSqlTableModel.

Run: ``uv run python bench/month_view.py [--activities 2000] [--rounds 5]``.
The database holds ``--activities`` activities planned over one year (2027) across 12
rooms: nine in ten one-off, one in ten recurring (weekly, every other week or monthly), so
the year has several thousand dates. It is made once through the services and kept in
bench/out.

* first render: a new month model (one query for the six weeks shown) and month view,
  shown and painted (``viewport().repaint()``, synchronous);
* switch: ``Volgende`` to the next month, fetched and painted, through the whole year.

The baseline shows the same six weeks' occurrence rows from the same file in a
QSqlTableModel (``setFilter`` on ``starts_at`` + ``select()``) in a QTableView, with the
same repaint: Qt's own way to show a table, without any calendar layout or sign-up counts.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtSql import QSqlDatabase, QSqlTableModel
from PySide6.QtWidgets import QApplication, QTableView
from stats import median, percentile, report

from buurtdesk.db import schema
from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import ActivityInput
from buurtdesk.domain.dutch_dates import input_date
from buurtdesk.domain.recurrence import Repeat, RepeatInput
from buurtdesk.gui.agenda import dates
from buurtdesk.gui.agenda.month_model import MonthModel
from buurtdesk.gui.agenda.month_view import MonthView
from buurtdesk.gui.agenda.source import AgendaSource
from buurtdesk.services import activities, locations
from buurtdesk.services.locations import LocationInput, RoomInput

OUT = Path(__file__).resolve().parent / "out"
YEAR = 2027
TODAY = date(YEAR, 1, 1)
TITLES = ("Koffieochtend", "Taalcafé", "Kookclub", "Bingo", "Repair café", "Yoga", "Breiclub")


def make_database(count: int) -> Path:
    path = OUT / f"agenda-{count}.sqlite"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    print(f"making {path.name} ...", file=sys.stderr)
    db = Database.open(f"sqlite:///{partial}")
    schema.upgrade(db.engine, backup_dir=OUT / "backups")
    rooms = []
    for place in ("Buurthuis De Linde", "Wijkcentrum Noord", "Bibliotheek"):
        location = locations.create_location(db, LocationInput(name=place)).id
        for name in ("Grote zaal", "Keuken", "Zaal 1", "Zaal 2"):
            rooms.append(locations.create_room(db, location, RoomInput(name=name)).id)
    rng = random.Random(1)
    for number in range(count):
        day = TODAY + timedelta(days=rng.randrange(365))
        hour = rng.choice((9, 10, 13, 14, 17, 19))
        repeat = RepeatInput()
        if number % 10 == 0:
            day = TODAY + timedelta(days=rng.randrange(270))  # a series runs a while
            kind = rng.choice((Repeat.WEEKLY, Repeat.WEEKLY, Repeat.MONTHLY_WEEKDAY))
            repeat = RepeatInput(
                kind,
                interval=rng.choice((1, 2)),
                weekdays=(day.weekday(),),
                until=date(YEAR, 12, 31),
            )
        data = ActivityInput(
            title=f"{rng.choice(TITLES)} {number}",
            room_id=rng.choice(rooms),
            date=input_date(day),
            start=f"{hour}:00",
            end=f"{hour + 2}:00",
            repeat=repeat,
            capacity=rng.choice(("", "20", "40")),
        )
        activities.create_activity(db, data, allow_conflicts=True, today=TODAY)
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path


class Baseline:
    def __init__(self, path: Path) -> None:
        self.connection = QSqlDatabase.addDatabase("QSQLITE", "baseline")
        self.connection.setDatabaseName(str(path))
        assert self.connection.open()
        self.view = QTableView()
        self.view.resize(900, 700)
        self.view.show()
        self.model: QSqlTableModel | None = None

    def first_render(self, year: int, month: int) -> None:
        self.model = QSqlTableModel(None, self.connection)
        self.model.setTable("occurrence")
        self.switch(year, month)
        self.view.setModel(self.model)
        self.view.viewport().repaint()

    def switch(self, year: int, month: int) -> None:
        assert self.model is not None
        first = dates.month_grid_start(year, month)
        last = first + timedelta(days=dates.GRID_DAYS)
        self.model.setFilter(f"starts_at >= '{first}' AND starts_at < '{last}'")
        self.model.select()
        while self.model.canFetchMore():
            self.model.fetchMore()
        self.view.viewport().repaint()


def switch(view: MonthView, month: int) -> None:
    """ "Volgende": the model fetches the month, the view paints it."""
    model = view.model()
    assert isinstance(model, MonthModel)
    model.set_month(YEAR, month)
    view.viewport().repaint()


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    path = make_database(args.activities)
    db = Database.open(f"sqlite:///{path}")
    source = AgendaSource(db, TODAY)
    year_dates = len(source.between(date(YEAR, 1, 1), date(YEAR, 12, 31)))
    baseline = Baseline(path)

    ours_first: list[float] = []
    base_first: list[float] = []
    ours_switch: list[float] = []
    base_switch: list[float] = []
    view: MonthView | None = None
    for _ in range(args.rounds):
        for month in (3, 6, 10):

            def first_render(month: int = month) -> None:
                nonlocal view
                # As the page does: one model for the month it opens on, one query.
                model = MonthModel(source, today=date(YEAR, month, 15))
                if view is not None:
                    view.deleteLater()
                view = MonthView(model)
                view.resize(900, 700)
                view.show()
                view.viewport().repaint()

            ours_first.append(timed(first_render))
            base_first.append(timed(lambda month=month: baseline.first_render(YEAR, month)))
            app.processEvents()
        assert view is not None
        for month in range(1, 13):
            ours_switch.append(timed(lambda view=view, month=month: switch(view, month)))
            base_switch.append(timed(lambda month=month: baseline.switch(YEAR, month)))

    def rows(what: str, ours: list[float], base: list[float]) -> list[tuple[str, str, str]]:
        return [
            (f"{what}, buurtdesk, median", f"{median(ours) * 1000:7.2f} ms", ""),
            (f"{what}, buurtdesk, p99", f"{percentile(ours, 99) * 1000:7.2f} ms", ""),
            (f"{what}, QSqlTableModel, median", f"{median(base) * 1000:7.2f} ms", ""),
            (f"{what}, QSqlTableModel, p99", f"{percentile(base, 99) * 1000:7.2f} ms", ""),
            (f"{what}, ratio of medians", f"{median(ours) / median(base):7.2f}", ""),
        ]

    def dutch(value: int) -> str:
        return f"{value:,}".replace(",", ".")

    title = (
        f"month view, {dutch(args.activities)} activities in {YEAR} ({dutch(year_dates)} "
        f"dates), {len(ours_first)} first renders and {len(ours_switch)} switches each"
    )
    report(
        title,
        rows("first render", ours_first, base_first)
        + rows("switch month", ours_switch, base_switch),
    )


if __name__ == "__main__":
    main()

"""Keystroke to repaint in the people search, against Qt's QSqlTableModel on the same file.

Run: ``uv run python bench/search_keystroke.py [--sizes 100000 1000000] [--rounds 5]``.
For every keystroke of a set of searches a coordinator would type, the time from the key
event to the people table having repainted (``viewport().repaint()``, synchronous). The
baseline types the same text into a QSqlTableModel on the same SQLite file:
``setFilter("search_text LIKE '%…%'")`` + ``select()`` + the same repaint. It is unsorted
(rowid order), which favours it: the people list is sorted by name.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from databases import demo_db
from PySide6.QtSql import QSqlDatabase, QSqlTableModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView
from stats import median, percentile, report

from buurtdesk.db.engine import Database
from buurtdesk.domain.validation.text import fold
from buurtdesk.gui.change_bus import ChangeBus
from buurtdesk.gui.netwerk.people_list import PeopleList

# Common and rare fragments, a street, a postcode, a phone number, a skill.
SEARCHES = ("berg", "jansen", "kerkweg", "ozturk", "6712 bv", "06 12", "koken", "xq")


def type_and_time(field: QLineEdit, repaint: Callable[[], None], text: str) -> list[float]:
    times = []
    field.clear()
    repaint()
    for char in text:
        started = time.perf_counter()
        QTest.keyClick(field, char)
        repaint()
        times.append(time.perf_counter() - started)
    return times


class Baseline:
    """Qt's own answer: a QSqlTableModel whose filter follows the search field."""

    def __init__(self, path: Path) -> None:
        self.connection = QSqlDatabase.addDatabase("QSQLITE", "baseline")
        self.connection.setDatabaseName(str(path))
        assert self.connection.open()
        self.model = QSqlTableModel(None, self.connection)
        self.model.setTable("person")
        self.model.select()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.field = QLineEdit()
        self.field.textChanged.connect(self._filter)
        self.view.resize(900, 600)
        self.view.show()

    def _filter(self, text: str) -> None:
        needle = fold(text).replace("'", "''")
        self.model.setFilter(f"search_text LIKE '%{needle}%'" if needle else "")
        self.model.select()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    for size in args.sizes:
        path = demo_db(size)
        people = PeopleList(db=Database.open(f"sqlite:///{path}"), bus=ChangeBus())
        people.resize(1366, 768)
        people.show()
        baseline = Baseline(path)
        app.processEvents()
        ours: list[float] = []
        base: list[float] = []
        per_search: dict[str, list[float]] = {s: [] for s in SEARCHES}
        for _ in range(args.rounds):
            for text in SEARCHES:
                times = type_and_time(people.search, people.table.viewport().repaint, text)
                ours += times
                per_search[text] += times
                base += type_and_time(baseline.field, baseline.view.viewport().repaint, text)
        rows = [
            ("buurtdesk, median", f"{median(ours) * 1000:7.2f} ms", ""),
            ("buurtdesk, p99", f"{percentile(ours, 99) * 1000:7.2f} ms", "(target <= 16 ms)"),
            ("QSqlTableModel, median", f"{median(base) * 1000:7.2f} ms", ""),
            ("QSqlTableModel, p99", f"{percentile(base, 99) * 1000:7.2f} ms", ""),
            ("ratio of medians", f"{median(ours) / median(base):7.2f}", "(below 1: faster)"),
            ("ratio of p99s", f"{percentile(ours, 99) / percentile(base, 99):7.2f}", ""),
        ]
        rows += [
            (f"  buurtdesk, typing '{t}', worst key", f"{max(v) * 1000:7.2f} ms", "")
            for t, v in per_search.items()
        ]
        title = f"keystroke to repaint, {size:,} people, {len(ours)} keystrokes each"
        report(title.replace(",", "."), rows)
        people.close()
        baseline.view.close()
        del baseline
        QSqlDatabase.removeDatabase("baseline")


if __name__ == "__main__":
    main()

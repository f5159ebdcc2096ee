"""Sign-up commit latency: ``register_walk_in`` against a bare SQLite INSERT + commit.

Run: ``uv run python bench/signup_commit.py [--runs 5] [--per-run 300]``.
Both write to a real file in bench/out with WAL and synchronous=FULL (the program's
pragmas), in the same run, interleaved call by call so that disk noise hits both alike.
Our figure is the whole service call a volunteer waits for: validation, the role and
capacity checks, the duplicate check, the insert, the audit row and the commit. The
baseline is ``INSERT INTO signup_bare`` + ``commit()`` through the sqlite3 module. Each
date gets 100 sign-ups (a busy activity), then the next date is used.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.agenda_rows

from databases import OUT
from stats import median, percentile, report

from buurtdesk.db import schema
from buurtdesk.db.engine import Database
from buurtdesk.services import signups
from buurtdesk.services.signups import WalkInInput
from tests.agenda_rows import add_dated_activity

PER_DATE = 100


def fresh_database(path: Path) -> Database:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = Database.open(f"sqlite:///{path}")
    schema.upgrade(db.engine, backup_dir=OUT / "backups")
    return db


def add_dates(db: Database, count: int) -> list[int]:
    start = datetime.combine(date.today() + timedelta(days=1), clock(10))
    with db.write() as session:
        _activity, dates = add_dated_activity(
            session, "Koffieochtend", start, weeks=range(count), capacity=80
        )
        return [occurrence.id for occurrence in dates]


def bare_connection(path: Path) -> sqlite3.Connection:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(
        "CREATE TABLE signup_bare (id INTEGER PRIMARY KEY, occurrence_id INTEGER, "
        "walk_in_name TEXT, walk_in_phone TEXT, party_size INTEGER, created_at TEXT)"
    )
    return connection


def bare_insert(connection: sqlite3.Connection, number: int) -> None:
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "INSERT INTO signup_bare (occurrence_id, walk_in_name, walk_in_phone, party_size, "
        "created_at) VALUES (?, ?, ?, ?, ?)",
        (1, f"Gast {number}", "+31612345678", 1, datetime.now().isoformat()),
    )
    connection.execute("COMMIT")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--per-run", type=int, default=300)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    ours_all: list[float] = []
    bare_all: list[float] = []
    rows: list[tuple[str, str, str]] = []
    for run in range(args.runs):
        db = fresh_database(OUT / "signup-bench.sqlite")
        dates = add_dates(db, args.per_run // PER_DATE + 1)
        bare = bare_connection(OUT / "signup-bare.sqlite")
        ours: list[float] = []
        base: list[float] = []
        for number in range(args.per_run):
            guest = WalkInInput(f"Gast {number}", phone="06 12345678")
            started = time.perf_counter()
            signups.register_walk_in(db, dates[number // PER_DATE], guest)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            bare_insert(bare, number)
            base.append(time.perf_counter() - started)
        bare.close()
        db.dispose()
        ours_all += ours
        bare_all += base
        rows.append(
            (
                f"run {run + 1}: median ours / bare",
                f"{median(ours) * 1000:6.2f} / {median(base) * 1000:6.2f} ms",
                f"ratio {median(ours) / median(base):5.2f}",
            )
        )
    rows += [
        ("register_walk_in, median", f"{median(ours_all) * 1000:6.2f} ms", ""),
        ("register_walk_in, p99", f"{percentile(ours_all, 99) * 1000:6.2f} ms", ""),
        ("bare INSERT + commit, median", f"{median(bare_all) * 1000:6.2f} ms", ""),
        ("bare INSERT + commit, p99", f"{percentile(bare_all, 99) * 1000:6.2f} ms", ""),
        ("ratio of medians", f"{median(ours_all) / median(bare_all):6.2f}", ""),
        ("ratio of p99s", f"{percentile(ours_all, 99) / percentile(bare_all, 99):6.2f}", ""),
    ]
    title = f"sign-up commit latency, synchronous=FULL, {args.runs} runs x {args.per_run}"
    report(title, rows)


if __name__ == "__main__":
    main()

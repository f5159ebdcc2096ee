"""Import of 10,000 CSV rows (a Dutch Excel list) against a bare SQLite baseline, same run.

Run: ``uv run python bench/import_csv.py [--runs 5] [--rows 10000]``.
The baseline reads the same file with the csv module and inserts the raw rows with one
executemany into a plain table (no validation, no duplicate matching, no search index):
the floor any importer stands on. buurtdesk validates every field, matches existing people,
keeps the list order and the search index, and writes it all in one transaction.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stats import median, report

from buurtdesk.db import schema
from buurtdesk.db.engine import Database
from buurtdesk.interop.people_files import open_people_file
from buurtdesk.services.people_import import import_people

FIRST = ("Jan", "Fatima", "Ömer", "Anouk", "Mohamed", "Eva", "Sanne", "Noah")
INFIX = ("", "van", "van der", "de", "")
LAST = ("Berg", "Jansen", "Vries", "Yılmaz", "Çelik", "Visser", "Bakker", "Smit")
HEADER = (
    "Voornaam;Tussenvoegsel;Achternaam;Straat;Huisnummer;Postcode;Woonplaats;"
    "Telefoon;E-mail;Opmerkingen;Vaardigheden"
)


def write_list(path: Path, rows: int) -> None:
    with path.open("w", encoding="cp1252", newline="") as stream:
        stream.write(HEADER + "\r\n")
        for i in range(rows):
            letters = "".join(chr(97 + (i // 26**k) % 26) for k in range(3))
            stream.write(
                f"{FIRST[i % 8]}{letters};{INFIX[i % 5]};{LAST[i % 8].replace('ı', 'i')};"
                f"Kerkstraat;{i % 300 + 1};{1000 + i % 8999} AB;Utrecht;06{10_000_000 + i};"
                f"p{i}@voorbeeld.nl;noot {i};{('koken', 'tuinieren', '')[i % 3]}\r\n"
            )


def baseline(path: Path, target: Path) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE people (" + ", ".join(f"c{i} TEXT" for i in range(11)) + ")")
    with path.open(encoding="cp1252", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))[1:]
    with connection:
        connection.executemany("INSERT INTO people VALUES (" + ",".join("?" * 11) + ")", rows)
    connection.close()
    return time.perf_counter() - started


def ours(path: Path, target: Path) -> float:
    database = Database.open(f"sqlite:///{target}")
    schema.upgrade(database.engine, backup_dir=target.parent / "backups")
    started = time.perf_counter()
    result = import_people(database, open_people_file(path))
    took = time.perf_counter() - started
    database.dispose()
    if not result.added or result.problems:
        raise SystemExit(f"import went wrong: {result.problems[:3]}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "lijst.csv"
        write_list(source, args.rows)
        base_times, our_times = [], []
        for run in range(args.runs):
            base_times.append(baseline(source, work / f"base{run}.sqlite"))
            our_times.append(ours(source, work / f"ours{run}.sqlite"))
    b, o = median(base_times), median(our_times)
    report(
        f"import of {args.rows} CSV rows, cp1252 with ';' ({args.runs} runs, medians)",
        [
            ("csv module + executemany, no checks", f"{b:6.2f} s", ""),
            (
                "buurtdesk import people",
                f"{o:6.2f} s",
                f"ratio {o / b:.1f}, {args.rows / o:,.0f} rows/s",
            ),
        ],
    )


if __name__ == "__main__":
    main()

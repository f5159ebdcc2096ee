"""``buurtdesk demo``: fill a database with a made-up Dutch neighbourhood to try things on."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from buurtdesk import config
from buurtdesk.cli.common import EXIT_OK, EXIT_USAGE, database_url, fail, open_database
from buurtdesk.db import backup
from buurtdesk.demo import DEFAULT_PEOPLE, DEFAULT_SEED, MAX_PEOPLE, MIN_PEOPLE, generate
from buurtdesk.demo.writer import content_counts
from buurtdesk.domain.validation.text import dutch_count

PROGRESS_FROM = 50_000  # people; smaller demos are done before a progress line would help


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="vul een database met een verzonnen buurt om buurtdesk uit te proberen",
        description="Vult de database (zie --db) met een verzonnen, maar echt ogende "
        "Nederlandse buurt: mensen, organisaties, agenda en initiatieven. Met dezelfde "
        "--seed, --people en --today komt er steeds precies hetzelfde uit. Een database "
        "waarin al mensen staan, wordt niet aangeraakt (tenzij met --force).",
    )
    parser.add_argument(
        "--people",
        type=_count,
        default=DEFAULT_PEOPLE,
        metavar="AANTAL",
        help=f"hoeveel mensen (standaard {dutch_count(DEFAULT_PEOPLE)}; "
        f"{dutch_count(MIN_PEOPLE)} tot {dutch_count(MAX_PEOPLE)})",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar="GETAL",
        help=f"startgetal van het toeval: een ander getal geeft een andere buurt "
        f"(standaard {DEFAULT_SEED})",
    )
    parser.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar="JJJJ-MM-DD",
        help="de dag waar de agenda omheen komt te staan (standaard vandaag)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="vervang alles in deze database door de demobuurt "
        "(van een SQLite-bestand wordt eerst een reservekopie gemaakt)",
    )
    parser.set_defaults(handler=run)


def _count(text: str) -> int:
    cleaned = text.replace(".", "").replace("_", "")
    if not cleaned.isdigit():
        raise argparse.ArgumentTypeError(f"geen aantal: {text!r} (bijvoorbeeld 2000 of 1.000.000)")
    return int(cleaned)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"geen datum: {text!r} (schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-30)"
        ) from None


def _print_progress(percent: int, what: str) -> None:
    print(f"buurtdesk demo: {percent:3d}%  {what}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    if not MIN_PEOPLE <= args.people <= MAX_PEOPLE:
        return fail(
            f"--people moet tussen {dutch_count(MIN_PEOPLE)} en {dutch_count(MAX_PEOPLE)} liggen.",
            EXIT_USAGE,
        )
    database = open_database(database_url(args))
    try:
        if args.force:
            with database.read() as session:
                in_use = content_counts(session.connection())
            if in_use:
                saved = backup.make_backup(database.engine, config.backup_dir(), "voor-demo")
                if saved is not None:
                    print(f"buurtdesk demo: reservekopie gemaakt: {saved}", file=sys.stderr)
        summary = generate(
            database,
            people=args.people,
            seed=args.seed,
            today=args.today,
            force=args.force,
            progress=_print_progress if args.people >= PROGRESS_FROM else None,
        )
    finally:
        database.dispose()
    print(f"Demobuurt gemaakt in {database.url}")
    print(summary.describe())
    return EXIT_OK

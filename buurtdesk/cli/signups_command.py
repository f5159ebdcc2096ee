"""``buurtdesk signups ACTIVITEIT [--date DATUM]``: the sign-ups of one date, as a list."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from buurtdesk.cli.agenda_io import _date
from buurtdesk.cli.common import EXIT_OK, open_chosen_database
from buurtdesk.cli.subcommands import subcommand
from buurtdesk.domain.agenda import SignUpStatus
from buurtdesk.domain.dutch_dates import format_when
from buurtdesk.services.activity_dates import activity_date
from buurtdesk.services.signups import door_list, occurrence_counts
from buurtdesk.services.signups_types import REGULAR_STATUS, Counts, DoorRow

HELP = """\
Toont wie zich heeft aangemeld voor een datum van een activiteit: aangemeld, op de
wachtlijst (met de plaats) of afgemeld, met het aantal personen en of ze al binnen zijn.
Vaste deelnemers die zich niet apart hebben aangemeld staan er ook bij.

Zonder --date: de datum van vandaag, of anders de eerstvolgende. Het nummer van de
activiteit staat bovenaan bij de activiteit in de agenda ("Activiteit 41"); een datum
schrijft u als 12-12-2026 of 2026-12-12."""

NAME_WIDTH = 36
STATUS_ORDER = (
    SignUpStatus.CONFIRMED.value,
    REGULAR_STATUS,
    SignUpStatus.WAITING.value,
    SignUpStatus.CANCELLED.value,
)


def _rank(status: str) -> int:
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


def register(subparsers: Any) -> None:
    parser, group = subcommand(
        subparsers, "signups", "de aanmeldingen voor een datum", HELP, "argumenten en opties"
    )
    group.add_argument("activity", metavar="ACTIVITEIT", type=int, help="nummer van de activiteit")
    group.add_argument(
        "--date",
        dest="day",
        metavar="DATUM",
        type=_date,
        help="de datum (standaard vandaag of de eerstvolgende)",
    )
    parser.set_defaults(handler=run_signups)


def run_signups(args: argparse.Namespace, *, today: date | None = None) -> int:
    db = open_chosen_database(args)
    try:
        chosen = activity_date(db, args.activity, day=args.day, today=today or date.today())
        rows = door_list(db, chosen.occurrence_id, include_cancelled=True)
        counts = occurrence_counts(db, chosen.occurrence_id)
    finally:
        db.dispose()
    heading = f"{chosen.title}, {format_when(chosen.starts_at, chosen.ends_at)}"
    print(heading + (" — AFGELAST" if chosen.cancelled else ""))
    print("\n".join(signup_lines(rows, counts)))
    return EXIT_OK


def signup_lines(rows: list[DoorRow], counts: Counts) -> list[str]:
    """A plain table (fits 80 columns) and the counts underneath."""
    if not rows:
        return ["Nog niemand aangemeld.", _summary(counts)]
    labels = [row.name + (" (inloop)" if row.is_walk_in else "") for row in rows]
    width = max(4, min(max(len(label) for label in labels), NAME_WIDTH))
    lines = [f"{'Naam':<{width}}  {'Status':<15}  {'Plaats':>6}  {'Pers.':>5}  Binnen"]
    ordered = sorted(zip(rows, labels, strict=True), key=lambda pair: _rank(pair[0].status))
    for row, label in ordered:
        name = label if len(label) <= width else label[: width - 1] + "…"
        place = str(row.position) if row.status == SignUpStatus.WAITING.value else ""
        present = "ja" if row.present else ""
        line = f"{name:<{width}}  {row.status:<15}  {place:>6}  {row.party_size:>5}  {present}"
        lines.append(line.rstrip())
    lines.append(_summary(counts))
    return lines


def _summary(counts: Counts) -> str:
    parts = [f"verwacht {counts.expected}", f"binnen {counts.present}"]
    parts.append(f"inloop {counts.walk_ins}")
    parts.append(f"wachtlijst {counts.waiting}")
    if counts.free is not None:
        parts.append(f"vrij {counts.free} van {counts.capacity}")
    return "Totaal (personen): " + ", ".join(parts) + "."

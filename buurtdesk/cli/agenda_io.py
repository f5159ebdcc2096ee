"""``buurtdesk export agenda -o BESTAND.ics [--from DATUM --to DATUM] [--activity NUMMER]``.

``agenda`` is a subject of the verb ``export`` (``cli/subcommands.py``), next to ``people``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from buurtdesk.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, fail, open_chosen_database
from buurtdesk.cli.subcommands import subject
from buurtdesk.domain.base import utcnow
from buurtdesk.domain.dutch_dates import DATE_HINT, format_date, parse_date
from buurtdesk.domain.errors import ValidationError
from buurtdesk.interop.ics import DEFAULT_NAME, IcsExportError, check_ics_target, write_ics_file
from buurtdesk.services.agenda_export import calendar_events

EXPORT_HELP = """\
Schrijft de agenda naar een iCalendar-bestand (.ics) dat Outlook, Google Agenda en
Apple Agenda kunnen importeren. Herhalende activiteiten staan erin als één reeks, met
de afgelaste data weggelaten en verplaatste data op hun nieuwe tijd.

Zonder --from en --to komen alle activiteiten erin. Met een periode komen de activiteiten
erin die in die periode een datum hebben; een herhalende activiteit dan wel met al haar
data, want een agendaprogramma kent een reeks als geheel.

Importeert u later een nieuwer bestand, dan worden de activiteiten bijgewerkt en niet
dubbel opgenomen. Data schrijft u als 12-12-2026 of 2026-12-12."""


def _date(text: str) -> date:
    """A date for argparse: 31-02-2027 gets the Dutch reason instead of "invalid value"."""
    try:
        return parse_date(text)
    except ValidationError as error:
        hint = "" if DATE_HINT in error.message else f" {DATE_HINT}"
        raise argparse.ArgumentTypeError(f"{text!r}: {error.message}{hint}") from None


def register(subparsers: Any) -> None:
    agenda, group = subject(
        subparsers,
        "export",
        "agenda",
        help_text="de agenda als .ics-bestand",
        description=EXPORT_HELP,
        group_title="opties",
        example="agenda -o agenda.ics",
    )
    group.add_argument(
        "-o", "--output", metavar="BESTAND", required=True, help="het .ics-bestand om te schrijven"
    )
    group.add_argument(
        "--from",
        dest="first",
        metavar="DATUM",
        type=_date,
        help="alleen activiteiten met een datum op of na deze dag",
    )
    group.add_argument(
        "--to",
        dest="last",
        metavar="DATUM",
        type=_date,
        help="alleen activiteiten met een datum op of voor deze dag",
    )
    group.add_argument(
        "--activity",
        metavar="NUMMER",
        type=int,
        help="alleen deze ene activiteit (het nummer staat bovenaan bij de activiteit in de "
        "agenda)",
    )
    agenda.set_defaults(handler=run_export_agenda)


def run_export_agenda(args: argparse.Namespace) -> int:
    first: date | None = args.first
    last: date | None = args.last
    if first is not None and last is not None and last < first:
        return fail(
            f"--to ({format_date(last)}) ligt voor --from ({format_date(first)}). "
            "Draai de twee data om.",
            EXIT_USAGE,
        )
    path = Path(args.output)
    try:
        check_ics_target(path)
    except IcsExportError as error:
        return fail(str(error), EXIT_USAGE)
    db = open_chosen_database(args)
    try:
        events = calendar_events(db, first=first, last=last, activity_id=args.activity)
        name = events[0].title if args.activity is not None else DEFAULT_NAME
        write_ics_file(path, events, stamp=utcnow(), name=name)
    except IcsExportError as error:
        return fail(str(error), EXIT_ERROR)
    finally:
        db.dispose()
    recurring = sum(1 for event in events if event.rrule)
    count = f"{len(events)} {'activiteit' if len(events) == 1 else 'activiteiten'}"
    detail = f" ({recurring} herhalend)" if recurring else ""
    print(f"{count}{detail} geëxporteerd naar {path}.")
    if not events:
        print("Er is geen activiteit in deze periode; het bestand is een lege agenda.")
    return EXIT_OK

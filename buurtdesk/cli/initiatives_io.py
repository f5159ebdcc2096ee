"""``buurtdesk export initiatives -o BESTAND`` (.csv or .xlsx), with the stage history."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from buurtdesk.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, fail, open_chosen_database
from buurtdesk.cli.subcommands import subject
from buurtdesk.interop.export_files import ExportError
from buurtdesk.interop.initiatives_files import (
    check_initiatives_target,
    write_initiatives_file,
)
from buurtdesk.services.initiatives_export import rows

EXPORT_HELP = """\
Schrijft alle initiatieven met hun fasegeschiedenis naar Excel; de extensie kiest de vorm:
  .xlsx  één Excel-werkmap met twee werkbladen: "Initiatieven" (één rij per initiatief:
         fase, sinds wanneer, initiatiefnemers, partners, thema's, buurt, volgende stap,
         budget, open behoeften, resultaat) en "Fasegeschiedenis" (elke verplaatsing op
         het bord: van fase, naar fase, datum, dagen in de vorige fase, notitie)
  .csv   twee CSV-bestanden voor Excel (puntkomma's, UTF-8), want een CSV-bestand heeft
         maar één tabel: BESTAND.csv met de initiatieven en ernaast
         BESTAND-fasegeschiedenis.csv met de fasegeschiedenis
Bedragen staan in euro's, data als 07-12-2026. De bestanden verschijnen pas als ze
helemaal klaar zijn."""


def register(subparsers: Any) -> None:
    initiatives, group = subject(
        subparsers,
        "export",
        "initiatives",
        help_text="alle initiatieven en hun fasegeschiedenis naar Excel of CSV",
        description=EXPORT_HELP,
        group_title="opties",
        example="initiatives -o initiatieven.xlsx",
    )
    group.add_argument(
        "-o",
        "--output",
        metavar="BESTAND",
        required=True,
        help="het bestand om te schrijven: .xlsx of .csv",
    )
    initiatives.set_defaults(handler=run_export_initiatives)


def run_export_initiatives(args: argparse.Namespace) -> int:
    path = Path(args.output)
    try:
        check_initiatives_target(path)
    except ExportError as error:
        return fail(str(error), EXIT_USAGE)
    db = open_chosen_database(args)
    try:
        export = rows(db)
        written = write_initiatives_file(path, export.initiatives, export.history)
    except ExportError as error:
        return fail(str(error), EXIT_ERROR)
    finally:
        db.dispose()
    count = len(export.initiatives)
    moves = len(export.history)
    print(
        f"{count} {'initiatief' if count == 1 else 'initiatieven'} en "
        f"{moves} {'faseovergang' if moves == 1 else 'faseovergangen'} geëxporteerd naar "
        + " en ".join(str(p) for p in written)
        + "."
    )
    return EXIT_OK

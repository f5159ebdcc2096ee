"""``buurtdesk import people BESTAND`` and ``buurtdesk export people -o BESTAND``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from buurtdesk.cli.common import (
    EXIT_ERROR,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    fail,
    open_chosen_database,
)
from buurtdesk.cli.subcommands import subject
from buurtdesk.interop.headers import NOT_USED
from buurtdesk.interop.people_csv import SEPARATOR_NAMES
from buurtdesk.interop.people_files import (
    ExportError,
    check_export_target,
    open_people_file,
    write_people_file,
)
from buurtdesk.interop.people_rows import PeopleFile, UnreadableFile
from buurtdesk.services.people_export import iter_people_for_export
from buurtdesk.services.people_import import ImportReport, import_people

IMPORT_HELP = """\
Leest een lijst met mensen uit een CSV-bestand of Excel-werkmap (.xlsx), zoals de lijsten
die u al in Excel bijhoudt. De eerste rij geeft de kolomnamen, bijvoorbeeld Voornaam,
Tussenvoegsel, Achternaam (of één kolom Naam), Straat, Huisnummer, Postcode, Woonplaats,
Telefoon, E-mail, Geboortejaar, Rollen, Vaardigheden, Interesses en Opmerkingen.

Alles wordt in één keer opgeslagen, of niets. Iemand die al bekend is (zelfde naam en
ook zelfde postcode met huisnummer, telefoonnummer of e-mailadres) wordt niet nog eens
toegevoegd. Een rij met een fout wordt overgeslagen en gemeld met het rijnummer zoals
Excel het toont; de andere rijen worden wel geïmporteerd. Verbeter de fouten in het
bestand en importeer het opnieuw: wie al is toegevoegd, wordt dan herkend."""

EXPORT_HELP = """\
Schrijft alle mensen naar een bestand; de extensie kiest de vorm:
  .csv   voor Excel (puntkomma's, UTF-8): opnieuw te importeren zonder verlies
  .xlsx  Excel-werkmap, ook opnieuw te importeren
  .vcf   vCard, voor telefoons en e-mailprogramma's (zonder opmerkingen)
Het bestand verschijnt pas als het helemaal klaar is."""


def register(subparsers: Any) -> None:
    people, group = subject(
        subparsers,
        "import",
        "people",
        help_text="mensen uit een CSV- of Excel-lijst",
        description=IMPORT_HELP,
        group_title="bestand en opties",
        example="people BESTAND",
    )
    group.add_argument(
        "file", metavar="BESTAND", nargs="?", help="de lijst: .csv (of .txt) of .xlsx"
    )
    group.add_argument(
        "--dry-run",
        action="store_true",
        help="alles controleren en tonen wat er zou gebeuren, zonder iets op te slaan",
    )
    people.set_defaults(handler=run_import)

    people, group = subject(
        subparsers,
        "export",
        "people",
        help_text="alle mensen naar CSV, Excel of vCard",
        description=EXPORT_HELP,
        group_title="opties",
        example="people -o BESTAND",
    )
    group.add_argument(
        "-o",
        "--output",
        metavar="BESTAND",
        required=True,
        help="het bestand om te schrijven: .csv, .xlsx of .vcf",
    )
    people.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    if not args.file:
        return fail("Geef de lijst op: buurtdesk import people BESTAND", EXIT_USAGE)
    try:
        source = open_people_file(Path(args.file))
    except UnreadableFile as error:
        return fail(f"{error} Er is niets geïmporteerd.", EXIT_INPUT)
    db = open_chosen_database(args)
    try:
        report = import_people(db, source, dry_run=args.dry_run)
    except UnreadableFile as error:
        return fail(f"{error} Er is niets geïmporteerd.", EXIT_INPUT)
    finally:
        db.dispose()
    print("\n".join(describe_file(source)))
    print("\n".join(describe_report(report)))
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    if not args.output:
        return fail(
            "Geef met -o op naar welk bestand, bijvoorbeeld: buurtdesk export people -o mensen.csv",
            EXIT_USAGE,
        )
    path = Path(args.output)
    try:
        check_export_target(path)
    except ExportError as error:
        return fail(str(error), EXIT_USAGE)
    db = open_chosen_database(args)
    try:
        count = write_people_file(path, iter_people_for_export(db))
    except ExportError as error:
        return fail(str(error), EXIT_ERROR)
    finally:
        db.dispose()
    print(f"{_people(count)} geëxporteerd naar {path}.")
    return EXIT_OK


def describe_file(source: PeopleFile) -> list[str]:
    details = [source.file_format]
    if source.separator is not None:
        details += [source.encoding, f"scheidingsteken {SEPARATOR_NAMES[source.separator]}"]
    if source.header_row > 1:
        details.append(f"kolomnamen op rij {source.header_row}")
    lines = [f"Gelezen: {source.path.name} ({', '.join(details)})."]
    unused = [header for header, use in source.columns if use == NOT_USED and header.strip()]
    if unused:
        lines.append(f"Niet gebruikte kolommen: {', '.join(unused)}.")
    return lines


def describe_report(report: ImportReport) -> list[str]:
    """The report in plain Dutch, one line per problem and per known person."""
    lines: list[str] = []
    if report.dry_run:
        lines.append("Proefimport: er is niets opgeslagen. Zonder --dry-run gebeurt dit:")
    rows = report.problem_rows
    summary = f"{_people(report.added)} toegevoegd, {len(report.matched)} al bekend"
    if rows:
        lines.append(f"{summary}, {_count(len(rows), 'rij', 'rijen')} met problemen:")
        lines += [
            f"  rij {problem.row}, kolom {problem.column}: {problem.message}"
            for problem in report.problems
        ]
    else:
        lines.append(f"{summary}, geen problemen.")
    if report.matched:
        added_by = {added.person_id: added.row for added in report.added_rows}
        lines.append("Al bekend, dus niet nog eens toegevoegd:")
        lines += [
            _matched_line(match.row, match.person_id, match.list_name, added_by)
            for match in report.matched
        ]
    if rows:
        lines.append(
            "Verbeter de rijen met problemen in het bestand en importeer het opnieuw; "
            "wie nu is toegevoegd, wordt dan herkend en niet dubbel opgenomen."
        )
    return lines


def _matched_line(row: int, person_id: int, list_name: str, added_by: dict[int, int]) -> str:
    earlier = added_by.get(person_id)
    if earlier is not None:
        return f"  rij {row}: {list_name}, staat al op rij {earlier} van dit bestand"
    return f"  rij {row}: {list_name}, staat al in het netwerk"


def _people(count: int) -> str:
    return _count(count, "persoon", "mensen")


def _count(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"

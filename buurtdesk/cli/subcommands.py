"""Sub-commands whose help reads in Dutch, and the verbs ``import`` / ``export`` that several
modules add a subject to (``export people``, ``export agenda``) without knowing each other."""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

from buurtdesk.cli.common import EXIT_USAGE, fail

# verb -> (help, description, title of its subjects)
VERBS = {
    "import": ("gegevens inlezen uit een bestand", "Gegevens inlezen.", "wat inlezen"),
    "export": (
        "gegevens wegschrijven naar een bestand",
        "Gegevens wegschrijven.",
        "wat wegschrijven",
    ),
}
DB_HELP = (
    "database: een bestand (SQLite) of een PostgreSQL-URL; "
    "standaard BUURTDESK_DB of het bestand in de gebruikersmap"
)
_SUBJECTS = "buurtdesk_subjects"
_EXAMPLES = "buurtdesk_examples"


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


class CommandParser(argparse.ArgumentParser):
    """argparse's own complaints ("dit ontbreekt nog: -o/--output") end with an example of
    the command when it has one."""

    example: str | None = None

    def error(self, message: str) -> NoReturn:
        if self.example:
            message = f"{message}. Bijvoorbeeld: {self.example}"
        super().error(message)


def add_database_options(subparsers: Any) -> None:
    """``--db`` and ``--demo`` after every command too (``buurtdesk export agenda -o a.ics
    --demo``), listed after the command's own options. Unset they are left out of the
    namespace, so the same options before the command keep their value."""
    for parser in subparsers.choices.values():
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            for action in nested:
                add_database_options(action)
        else:
            _database_options(parser)


def _database_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("database")
    group.add_argument("--db", metavar="PAD|URL", default=argparse.SUPPRESS, help=DB_HELP)
    group.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="werk op de aparte demobuurt (net als buurtdesk --demo)",
    )


def subcommand(
    subparsers: Any,
    name: str,
    help_text: str,
    description: str,
    group_title: str,
    *,
    example: str | None = None,
) -> tuple[argparse.ArgumentParser, argparse._ArgumentGroup]:
    """A sub-command whose help reads in Dutch; returns it and its group for arguments.
    ``example`` completes argparse's messages."""
    parser: CommandParser = subparsers.add_parser(
        name,
        help=help_text,
        description=description,
        formatter_class=DutchHelpFormatter,
        add_help=False,
    )
    parser.example = example
    group = parser.add_argument_group(group_title)
    group.add_argument("-h", "--help", action="help", help="toon deze uitleg en stop")
    return parser, group


def subject(
    subparsers: Any,
    verb: str,
    name: str,
    *,
    help_text: str,
    description: str,
    group_title: str,
    example: str,
) -> tuple[argparse.ArgumentParser, argparse._ArgumentGroup]:
    """``buurtdesk VERB NAME``: makes the verb on first use; a bare ``buurtdesk VERB`` then
    answers with an example of every subject."""
    verb_parser: argparse.ArgumentParser | None = subparsers.choices.get(verb)
    if verb_parser is None:
        verb_help, verb_description, subjects_title = VERBS[verb]
        verb_parser, _ = subcommand(subparsers, verb, verb_help, verb_description, "opties")
        subjects = verb_parser.add_subparsers(
            dest=f"{verb}_what", metavar="WAT", title=subjects_title, parser_class=CommandParser
        )
        examples: list[str] = []
        setattr(verb_parser, _SUBJECTS, subjects)
        setattr(verb_parser, _EXAMPLES, examples)
        verb_parser.set_defaults(
            handler=lambda _args: fail(
                "Zeg wat: " + " of ".join(f"buurtdesk {verb} {e}" for e in examples), EXIT_USAGE
            )
        )
    getattr(verb_parser, _EXAMPLES).append(example)
    return subcommand(
        getattr(verb_parser, _SUBJECTS),
        name,
        help_text,
        description,
        group_title,
        example=f"buurtdesk {verb} {example}",
    )

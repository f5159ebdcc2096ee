"""``buurtdesk [options] [command]``: without a command it opens the window.

``--db`` and ``--demo`` may also come after the command (``cli/subcommands.py``).

Each command lives in its own module with ``register(subparsers)``; the module's handler
returns the exit code. Messages go to the terminal in Dutch; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from buurtdesk.cli import commands, dutch_argparse
from buurtdesk.cli.common import EXIT_ERROR, EXIT_USAGE, fail
from buurtdesk.cli.subcommands import DB_HELP, CommandParser, add_database_options
from buurtdesk.domain.errors import BuurtdeskError


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    dutch_argparse.install()
    parser = argparse.ArgumentParser(
        prog="buurtdesk",
        description="buurtdesk: het offline bureau van de buurtcoördinator. "
        "Zonder opdracht opent het programma.",
    )
    parser.add_argument("--db", metavar="PAD|URL", help=DB_HELP)
    parser.add_argument(
        "--demo", action="store_true", help="open het programma op een aparte demobuurt"
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="sluit af zodra het venster getekend is (voor tests en metingen)",
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van het venster")
    parser.add_argument(
        "--open",
        metavar="ONDERDEEL",
        help="open het venster op dit onderdeel, bijvoorbeeld netwerk (standaard: vandaag)",
    )
    if with_commands:
        subparsers = parser.add_subparsers(
            dest="command", metavar="OPDRACHT", parser_class=CommandParser
        )
        for module in commands.modules():
            module.register(subparsers)
        add_database_options(subparsers)
    return parser


def _asks_for_a_command(argv: Sequence[str]) -> bool:
    """True unless the arguments can only mean "open the window" (the fast start)."""
    return any(arg in commands.NAMES or arg in ("-h", "--help") for arg in argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(with_commands=_asks_for_a_command(argv)).parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from buurtdesk import app  # Qt loads only when a window opens

            return app.run(args)
        result: int = handler(args)
        return result
    except BuurtdeskError as error:
        return fail(str(error), EXIT_ERROR)
    except KeyboardInterrupt:
        return fail("Afgebroken; er is niets half opgeslagen.", EXIT_USAGE)


def entry_point() -> None:
    sys.exit(main())

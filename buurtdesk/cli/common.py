"""What every command shares: exit codes, messages, opening the chosen database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from buurtdesk import config
from buurtdesk.db import schema
from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import BuurtdeskError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INPUT = 3  # the input file could not be read


def fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"buurtdesk: {message}", file=sys.stderr)
    return code


def database_url(args: argparse.Namespace) -> str:
    if getattr(args, "demo", False):
        return config.database_url(str(config.demo_db_path()))
    return config.database_url(getattr(args, "db", None))


class MissingFolder(BuurtdeskError):
    """``--db`` names a file in a folder that does not exist: most likely a typing error,
    which must not quietly open a new, empty network."""


def open_database(url: str) -> Database:
    """Open and migrate the database (backing it up first when a migration is due).

    A new database file is made where asked, but a missing folder is made only for
    buurtdesk's own data folder.
    """
    if url.startswith("sqlite:///"):
        folder = Path(url.removeprefix("sqlite:///")).parent
        if not folder.exists():
            if not folder.is_relative_to(config.data_dir().resolve()):
                raise MissingFolder(
                    f"De map {folder} bestaat niet. Controleer het pad achter --db "
                    "(of BUURTDESK_DB), of maak de map eerst aan."
                )
            folder.mkdir(parents=True, exist_ok=True)
    database = Database.open(url)
    schema.upgrade(database.engine, backup_dir=config.backup_dir())
    return database


def open_chosen_database(args: argparse.Namespace) -> Database:
    """The database a command works on. ``--demo`` means the demo neighbourhood as the
    window shows it: made first (about two seconds) when it does not exist yet, so a
    command run before the window never leaves an empty demo behind."""
    if getattr(args, "demo", False):
        from buurtdesk.demo.ensure import ensure_demo_database

        path = config.demo_db_path()
        if not path.exists():
            print("buurtdesk: de demo-buurt wordt eerst gemaakt…", file=sys.stderr)
        return ensure_demo_database(path, backup_dir=config.backup_dir())
    return open_database(database_url(args))

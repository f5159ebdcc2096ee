"""What every command shares: exit codes, messages, opening the chosen database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from buurtdesk import config
from buurtdesk.db import schema
from buurtdesk.db.engine import Database

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


def open_database(url: str) -> Database:
    """Open and migrate the database (backing it up first when a migration is due)."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    database = Database.open(url)
    schema.upgrade(database.engine, backup_dir=config.backup_dir())
    return database

"""Bring a database to this version's schema: back up first, refuse a newer database.

Revisions are numbered ``0001``, ``0002``, … and each script's file name starts with its
number, so the start-up check reads one row and a folder listing; Alembic itself (slow to
import) loads only when a migration is really due.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from buurtdesk.db import backup, migrations
from buurtdesk.db.engine import READ_ONLY
from buurtdesk.domain.errors import BuurtdeskError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(migrations.__file__).parent
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


class DatabaseTooNew(BuurtdeskError):
    """The database was written by a newer buurtdesk; it is left exactly as it is."""


class NotABuurtdeskDatabase(BuurtdeskError):
    """The file holds tables, but not buurtdesk's."""


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def known_revisions(scripts: Path = MIGRATIONS) -> list[str]:
    """The revisions this version ships, oldest first, read from the file names."""
    found = (_REVISION_FILE.match(p.name) for p in (scripts / "versions").iterdir())
    return sorted(m.group(1) for m in found if m)


def head_revision(scripts: Path = MIGRATIONS) -> str:
    return known_revisions(scripts)[-1]


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.execution_options(**{READ_ONLY: True}).connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None


def check_revision(engine: Engine, scripts: Path = MIGRATIONS) -> str | None:
    """The database's revision; raises when this version cannot work with it."""
    revision = current_revision(engine)
    if revision is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise NotABuurtdeskDatabase(
                "Dit bestand is geen buurtdesk-database. Kies een ander bestand."
            )
        return None
    if revision not in known_revisions(scripts):
        raise DatabaseTooNew(
            "Deze database is gemaakt met een nieuwere versie van buurtdesk "
            f"(schema {revision}). Installeer de nieuwste versie; de database is niet veranderd."
        )
    return revision


def _config(scripts: Path) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    return cfg


def upgrade(
    engine: Engine, *, backup_dir: Path, keep_backups: int = 14, scripts: Path = MIGRATIONS
) -> UpgradeResult:
    """Migrate to the newest schema. An existing database is backed up before any change;
    ``scripts`` is the migrations folder (tests hand in one with an extra revision)."""
    revision = check_revision(engine, scripts)
    head = head_revision(scripts)
    if revision == head:
        return UpgradeResult(revision, head, None)
    saved = None
    if revision is not None:
        saved = backup.make_backup(engine, backup_dir, f"voor-migratie-{head}", keep_backups)
    from alembic import command

    cfg = _config(scripts)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    return UpgradeResult(revision, head, saved)

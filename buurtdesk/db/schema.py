"""Bring a database to this version's schema: back up first, refuse a newer database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util import CommandError
from sqlalchemy import Engine, inspect

from buurtdesk.db import backup, migrations
from buurtdesk.domain.errors import BuurtdeskError


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


MIGRATIONS = Path(migrations.__file__).parent


def _config(scripts: Path) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    return cfg


def head_revision(scripts: Path = MIGRATIONS) -> str:
    head = ScriptDirectory.from_config(_config(scripts)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
    script = ScriptDirectory.from_config(_config(scripts))
    try:
        script.get_revision(revision)
    except (RevisionError, CommandError) as error:
        raise DatabaseTooNew(
            "Deze database is gemaakt met een nieuwere versie van buurtdesk "
            f"(schema {revision}). Installeer de nieuwste versie; de database is niet veranderd."
        ) from error
    return revision


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
    cfg = _config(scripts)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    return UpgradeResult(revision, head, saved)

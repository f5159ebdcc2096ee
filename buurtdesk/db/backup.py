"""Backups of the SQLite file with the online backup API: safe while the program runs."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine


def sqlite_path(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, or None for PostgreSQL and in-memory databases."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def backup_file(source: Path, target: Path) -> Path:
    """Copy ``source`` into ``target`` page by page, consistent even while others write."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def backup_name(source: Path, reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{source.stem}-{stamp}-{reason}.sqlite"


def make_backup(engine: Engine, directory: Path, reason: str, keep: int = 14) -> Path | None:
    """Back up the engine's database into ``directory``; keep the newest ``keep`` copies
    of this database. Returns the new file, or None when there is no file to back up."""
    source = sqlite_path(engine)
    if source is None or not source.exists():
        return None
    target = backup_file(source, directory / backup_name(source, reason))
    prune(directory, source.stem, keep)
    return target


def prune(directory: Path, stem: str, keep: int) -> None:
    copies = sorted(directory.glob(f"{stem}-*.sqlite"))
    for old in copies[: max(0, len(copies) - keep)]:
        old.unlink(missing_ok=True)


def restore_file(backup: Path, target: Path) -> None:
    """Put a backup back in place of ``target`` (the program must have closed it)."""
    backup_file(backup, target)

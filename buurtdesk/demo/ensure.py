"""The demo database behind ``buurtdesk --demo``: made once, then simply opened."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from buurtdesk.db import schema
from buurtdesk.db.engine import Database
from buurtdesk.demo.generator import DEFAULT_PEOPLE, DEFAULT_SEED, Progress, generate

_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def ensure_demo_database(
    path: Path,
    *,
    people: int = DEFAULT_PEOPLE,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    backup_dir: Path | None = None,
    progress: Progress | None = None,
) -> Database:
    """Open the demo database at ``path``, making it first if it does not exist yet.

    It is built in ``<path>.partial`` and renamed into place only when complete, so an
    interrupted first start never leaves a half-filled demo behind; the next start
    simply builds it again. An existing file is migrated like any other database
    (backups of it go to ``backup_dir``, by default ``backups`` beside it).
    """
    path = Path(path)
    if not path.exists():
        _build(path, people=people, seed=seed, today=today, progress=progress)
    database = Database.open(_url(path))
    try:
        schema.upgrade(database.engine, backup_dir=backup_dir or path.parent / "backups")
    except BaseException:
        database.dispose()
        raise
    return database


def _url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


def _remove(base: Path) -> None:
    for suffix in _SIDE_FILES:
        Path(f"{base}{suffix}").unlink(missing_ok=True)


def _build(
    path: Path, *, people: int, seed: int, today: date | None, progress: Progress | None
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    _remove(partial)
    database = Database.open(_url(partial))
    try:
        schema.upgrade(database.engine, backup_dir=path.parent / "backups")
        generate(database, people=people, seed=seed, today=today, progress=progress)
        database.dispose()
        # Fold the write-ahead log into the file (outside any transaction), so the
        # rename moves everything.
        connection = sqlite3.connect(partial)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except BaseException:
        database.dispose()
        _remove(partial)
        raise
    wal = Path(f"{partial}-wal")
    if wal.exists() and wal.stat().st_size:
        raise RuntimeError(f"demo database {partial} still has a write-ahead log")
    wal.unlink(missing_ok=True)
    Path(f"{partial}-shm").unlink(missing_ok=True)
    partial.replace(path)

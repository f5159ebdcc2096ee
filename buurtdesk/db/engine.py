"""Engines and sessions: SQLite with safe pragmas and IMMEDIATE writes, or PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from buurtdesk.domain.access import COORDINATOR, Actor

BUSY_TIMEOUT_MS = 10_000
READ_ONLY = "buurtdesk_read_only"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create the engine for ``url``. On SQLite every connection gets WAL,
    synchronous=FULL, foreign keys and a busy timeout, and transactions begin IMMEDIATE
    (so two PCs or two windows never deadlock halfway through a write) unless the
    connection was opened for reading with :func:`read_session`."""
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module so BEGIN is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """The one handle the program passes around: an engine, its session factories and the
    :class:`Actor` the services work for (the coordinator unless a kiosk says otherwise)."""

    def __init__(self, engine: Engine, *, actor: Actor = COORDINATOR) -> None:
        self.engine = engine
        self.actor = actor
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_engine = engine.execution_options(**{READ_ONLY: True})
        self._read_sessions = sessionmaker(self._read_engine, expire_on_commit=False)

    def as_actor(self, actor: Actor) -> Database:
        """The same database, worked on for ``actor`` (the kiosk hands its volunteer
        this one); the connections are shared."""
        other = Database.__new__(Database)
        other.__dict__.update(self.__dict__)
        other.actor = actor
        return other

    @classmethod
    def open(cls, url: str) -> Database:
        return cls(make_engine(url))

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: one transaction, committed when the block ends, rolled back
        on any error so the database is never left half-written."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session: a deferred transaction that never blocks writers."""
        with self._read_sessions() as session:
            yield session
            session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()

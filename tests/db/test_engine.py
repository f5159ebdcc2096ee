"""The SQLite connection settings that keep data safe, checked on a real file."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from buurtdesk.db.engine import Database
from buurtdesk.domain.network import Tag


def _pragma(db: Database, name: str) -> object:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_pragmas_on_every_connection(db: Database) -> None:
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "synchronous") == 2  # FULL
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "busy_timeout") == 10_000


def test_a_failed_action_writes_nothing(db: Database) -> None:
    def action() -> None:
        with db.write() as session:
            session.add(Tag(kind="label", name="eerste", key="eerste"))
            session.flush()
            raise RuntimeError("stroom valt uit")

    with pytest.raises(RuntimeError):
        action()
    with db.read() as session:
        assert session.execute(text("select count(*) from tag")).scalar() == 0


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as session:
        session.execute(text("insert into person_tag (person_id, tag_id) values (999, 999)"))


def test_write_takes_the_lock_at_begin_so_two_writers_queue(db: Database) -> None:
    """BEGIN IMMEDIATE: a second action that reads, then writes, waits for the first one
    to commit and then sees its row. With a deferred BEGIN it would read a stale snapshot
    and fail with "database is locked" when it tried to write."""
    first_in = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def slow_writer() -> None:
        with db.write() as session:
            session.execute(text("insert into tag (kind, name, key) values ('label', 'a', 'a')"))
            order.append("first wrote")
            first_in.set()
            release.wait(5)
        order.append("first committed")

    worker = threading.Thread(target=slow_writer)
    worker.start()
    assert first_in.wait(5)
    other = Database.open(str(db.engine.url))
    timer = threading.Timer(0.2, release.set)
    timer.start()
    with other.write() as session:
        seen = session.execute(text("select count(*) from tag")).scalar()
        order.append("second read")
        session.execute(text("insert into tag (kind, name, key) values ('label', 'b', 'b')"))
    worker.join()
    other.dispose()
    assert order == ["first wrote", "first committed", "second read"]
    assert seen == 1


def test_reading_does_not_block_a_writer(db: Database) -> None:
    with db.read() as reader:
        reader.execute(text("select count(*) from person")).scalar()
        with db.write() as writer:
            writer.execute(text("insert into tag (kind, name, key) values ('label', 'c', 'c')"))
    with db.read() as session:
        assert session.execute(text("select count(*) from tag")).scalar() == 1

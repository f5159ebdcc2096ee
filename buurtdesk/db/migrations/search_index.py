"""The substring index over people, created by migrations (never by create_all).

SQLite: an FTS5 trigram table whose row ids are ``person.search_rank``. Ranks follow the
list's sort order, so ``MATCH`` hands back matches already sorted and the first page of any
search costs well under a millisecond at a million people. Triggers keep it in step with
``person.search_text``. PostgreSQL: a pg_trgm GIN index on the same column.
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

FTS_TABLE = "person_fts"

_SQLITE_TABLE = f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        search_text, content='person', content_rowid='search_rank', tokenize='trigram')"""

_SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
        INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.search_rank, new.search_text);
    END""",
    f"""CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text)
            VALUES ('delete', old.search_rank, old.search_text);
    END""",
    f"""CREATE TRIGGER person_fts_update AFTER UPDATE OF search_rank, search_text ON person
    BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text)
            VALUES ('delete', old.search_rank, old.search_text);
        INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.search_rank, new.search_text);
    END""",
)

_SQLITE_REBUILD = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"

_SQLITE_CREATE = (_SQLITE_TABLE, *_SQLITE_TRIGGERS, _SQLITE_REBUILD)

_SQLITE_DROP_TRIGGERS = (
    "DROP TRIGGER IF EXISTS person_fts_update",
    "DROP TRIGGER IF EXISTS person_fts_delete",
    "DROP TRIGGER IF EXISTS person_fts_insert",
)

_SQLITE_DROP = (*_SQLITE_DROP_TRIGGERS, f"DROP TABLE IF EXISTS {FTS_TABLE}")

# A bulk rebuild merges index segments as it goes; leaving that to one final 'optimize'
# is about a third faster. 4 is FTS5's own default, put back for everyday inserts.
_SQLITE_BULK_REBUILD = (
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 0)",
    _SQLITE_REBUILD,
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 4)",
)

_PG_CREATE = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS ix_person_search_text_trgm ON person "
    "USING gin (search_text gin_trgm_ops)",
)


def create(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_CREATE:
            connection.exec_driver_sql(statement)
    elif connection.dialect.name == "postgresql":
        # pg_trgm is a trusted extension; a server without it still works, only slower.
        try:
            with connection.begin_nested():
                for statement in _PG_CREATE:
                    connection.exec_driver_sql(statement)
        except DBAPIError:
            pass


def drop(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_DROP:
            connection.exec_driver_sql(statement)
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql("DROP INDEX IF EXISTS ix_person_search_text_trgm")


PG_INDEX = "ix_person_search_text_trgm"


def suspend_triggers(connection: Connection) -> None:
    """Stop keeping the index in step row by row, for a bulk load of people.

    Call ``restore_triggers`` in the same transaction before it commits: the index is
    stale in between.
    """
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_DROP_TRIGGERS:
            connection.exec_driver_sql(statement)


def restore_triggers(connection: Connection) -> None:
    """Put the triggers back and rebuild the whole index from ``person``."""
    if connection.dialect.name == "sqlite":
        for statement in (*_SQLITE_TRIGGERS, *_SQLITE_BULK_REBUILD):
            connection.exec_driver_sql(statement)

"""Bulk writing for the demo: Core ``executemany`` in batches, never ORM objects per row.

Everything runs on the one connection of a single write transaction, so a failure at
any point leaves the database exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, func, select, text

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.domain.models import metadata
from buurtdesk.domain.validation.text import dutch_count

BATCH_SIZE = 10_000
# Rows the program or a migration may have made before any real use; the demo reuses them.
REFERENCE_TABLES = ("app_user", "theme", "stage", "relationship_kind", "tag")
_NOT_CONTENT = frozenset({"alembic_version", "audit_log", *REFERENCE_TABLES})

Row = Mapping[str, Any]


class DatabaseNotEmpty(BuurtdeskError):
    """The database already holds a network; demo data would mix with real people."""


def table(name: str) -> Table:
    return metadata.tables[name]


def content_counts(connection: Connection) -> dict[str, int]:
    """Rows per table that holds real work (people, organisations, activities, ...)."""
    counts = {}
    for t in metadata.sorted_tables:
        if t.name not in _NOT_CONTENT:
            counts[t.name] = int(
                connection.execute(select(func.count()).select_from(t)).scalar_one()
            )
    return {name: n for name, n in counts.items() if n}


def refuse_if_in_use(connection: Connection) -> None:
    counts = content_counts(connection)
    if not counts:
        return
    people = counts.get("person", 0)
    what = f"{dutch_count(people)} mensen" if people else "gegevens"
    raise DatabaseNotEmpty(
        f"Deze database bevat al {what}. De demobuurt komt alleen in een lege database, "
        "zodat verzonnen mensen nooit tussen echte terechtkomen. Kies een nieuw bestand met "
        "--db, of gebruik --force om alles in deze database te vervangen door de demobuurt."
    )


def wipe(connection: Connection) -> None:
    """Delete every row of every table, children first (for ``--force``)."""
    for t in reversed(metadata.sorted_tables):
        connection.execute(t.delete())


@contextmanager
def deferred_indexes(connection: Connection, tables: Iterable[str]) -> Iterator[None]:
    """On SQLite, drop the secondary indexes of ``tables`` and build them again at the end.

    Building an index over loaded rows is much faster than keeping it sorted row by row.
    Each index is re-created from its own stored ``CREATE INDEX`` text, so it comes back
    exactly as the migrations made it; on an error the transaction's rollback restores it.
    Indexes behind primary keys and unique constraints have no text and stay in place.
    """
    saved: list[str] = []
    if connection.dialect.name == "sqlite":
        for name in tables:
            found = connection.execute(
                text(
                    "SELECT name, sql FROM sqlite_master "
                    "WHERE type = 'index' AND tbl_name = :table AND sql IS NOT NULL"
                ),
                {"table": name},
            ).all()
            for index, sql in found:
                connection.exec_driver_sql(f'DROP INDEX "{index}"')
                saved.append(sql)
    yield
    for sql in saved:
        connection.exec_driver_sql(sql)


class BulkWriter:
    def __init__(
        self, connection: Connection, on_rows: Callable[[str, int], None] | None = None
    ) -> None:
        self.connection = connection
        self.counts: dict[str, int] = {}
        self._on_rows = on_rows

    def insert(self, name: str, rows: Iterable[Row]) -> int:
        statement = table(name).insert()
        batch: list[Row] = []
        written = 0
        for row in rows:
            batch.append(row)
            if len(batch) == BATCH_SIZE:
                written += self._flush(name, statement, batch)
                batch = []
        if batch:
            written += self._flush(name, statement, batch)
        self.counts[name] = self.counts.get(name, 0) + written
        return written

    def _flush(self, name: str, statement: Any, batch: list[Row]) -> int:
        self.connection.execute(statement, batch)
        if self._on_rows is not None:
            self._on_rows(name, len(batch))
        return len(batch)

    def existing(self, name: str, *key: str) -> dict[tuple[Any, ...], int]:
        """Id per key of the rows already in a reference table."""
        t = table(name)
        columns = [t.c[k] for k in key]
        rows = self.connection.execute(select(t.c.id, *columns)).all()
        return {tuple(r[1:]): int(r[0]) for r in rows}

    def next_id(self, name: str) -> int:
        t = table(name)
        return (
            int(self.connection.execute(select(func.coalesce(func.max(t.c.id), 0))).scalar_one())
            + 1
        )

    def resync_sequences(self) -> None:
        """PostgreSQL hands out ids from sequences, which explicit ids do not advance."""
        if self.connection.dialect.name != "postgresql":
            return
        for t in metadata.sorted_tables:
            if "id" in t.c and t.c.id.primary_key:
                self.connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {t.name}), 0) + 1, false)"
                    )
                )

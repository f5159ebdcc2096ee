"""A demo database generated once per module and shared read-only by its tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from buurtdesk.db.engine import Database
from buurtdesk.demo import DemoSummary, generate
from buurtdesk.domain.models import metadata

TODAY = date(2026, 11, 30)  # a Monday
PEOPLE = 400
SEED = 7


def fresh_database(template: Path, directory: Path, name: str = "demo.sqlite") -> Database:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    shutil.copyfile(template, path)
    return Database.open(f"sqlite:///{path}")


@pytest.fixture(scope="module")
def demo(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo neighbourhood of ``PEOPLE`` people around ``TODAY``; tests only read it."""
    database = fresh_database(template_db, tmp_path_factory.mktemp("demo"))
    generate(database, people=PEOPLE, seed=SEED, today=TODAY)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def summary_and_db(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DemoSummary, Database]]:
    database = fresh_database(template_db, tmp_path_factory.mktemp("demo"))
    yield generate(database, people=PEOPLE, seed=SEED, today=TODAY), database
    database.dispose()


def rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.read() as session:
        return list(session.execute(text(sql), params).all())


def scalar(db: Database, sql: str, **params: Any) -> Any:
    with db.read() as session:
        return session.execute(text(sql), params).scalar()


def dump(db: Database, *, skip: frozenset[str] = frozenset()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    result = {}
    with db.read() as session:
        for table in metadata.sorted_tables:
            if table.name in skip:
                continue
            order = ", ".join(c.name for c in table.primary_key.columns)
            result[table.name] = [
                tuple(r)
                for r in session.execute(text(f"SELECT * FROM {table.name} ORDER BY {order}"))
            ]
    return result

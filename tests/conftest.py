"""Shared fixtures: Qt offscreen, and cheap real databases (a migrated template copied per test).

``db`` is a fresh SQLite file per test. ``any_db`` runs a test twice: on SQLite and on the
PostgreSQL server named by ``BUURTDESK_TEST_PG_URL`` (``.ci/run`` starts one; locally
``eval "$(.ci/pg-start)"``). Without that variable the PostgreSQL half is skipped locally and
fails under CI, so CI can never pass without having run it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text

from buurtdesk.db import schema
from buurtdesk.db.engine import Database

PG_ENV = "BUURTDESK_TEST_PG_URL"


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test ever reads or writes the real user's data folder or database."""
    monkeypatch.setenv("BUURTDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("BUURTDESK_DB", raising=False)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    engine = Database.open(f"sqlite:///{path}").engine
    schema.upgrade(engine, backup_dir=path.parent / "backups")
    engine.dispose()  # the last connection to close folds the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "buurtdesk.sqlite"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{db_path}")
    yield database
    database.dispose()


def _pg_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url and os.environ.get("CI"):
        pytest.fail(f"{PG_ENV} is not set under CI: the PostgreSQL tests must run there")
    return url


@pytest.fixture
def pg_db() -> Iterator[Database]:
    """A fresh, migrated PostgreSQL schema per test, dropped afterwards."""
    url = _pg_url()
    if not url:
        pytest.skip(f'no PostgreSQL server: set {PG_ENV} (eval "$(.ci/pg-start)")')
    schema_name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema_name}"'))
    database = Database(
        create_engine(url, connect_args={"options": f"-csearch_path={schema_name},public"})
    )
    try:
        schema.upgrade(database.engine, backup_dir=Path("/nonexistent"))
        yield database
    finally:
        database.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema_name}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest) -> Database:
    """The same test on a real SQLite file and on the real PostgreSQL server."""
    fixture = "db" if request.param == "sqlite" else "pg_db"
    database: Database = request.getfixturevalue(fixture)
    return database

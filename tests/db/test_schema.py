"""Migrations: from empty, with data through an upgrade (backed up first), newer refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from buurtdesk.db import schema
from buurtdesk.db.engine import Database
from buurtdesk.domain.models import metadata
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import people

EXTRA_REVISION = '''
"""a later version adds a column"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("nickname")
'''


def _newer_scripts(tmp_path: Path) -> Path:
    """A copy of the migrations with one more revision, as a later buurtdesk would ship."""
    scripts = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_later.py").write_text(
        EXTRA_REVISION.format(head=schema.head_revision()), encoding="utf-8"
    )
    return scripts


def test_empty_database_gets_every_table(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'new.sqlite'}")
    result = schema.upgrade(db.engine, backup_dir=tmp_path / "backups")
    assert result.from_revision is None
    assert result.to_revision == schema.head_revision()
    assert result.backup is None, "a brand-new database has nothing to back up"
    tables = set(inspect(db.engine).get_table_names())
    assert set(metadata.tables) <= tables
    assert "person_fts" in tables


def test_migrated_schema_matches_the_models(any_db: Database) -> None:
    """Alembic's autogenerate finds nothing to add: the migrations are the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from buurtdesk.db.migrations.migration_only import include_name

    with any_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diff = compare_metadata(context, metadata)
    assert diff == []


def test_data_survives_an_upgrade_and_a_backup_is_made_first(tmp_path: Path, db: Database) -> None:
    saved = people.create_person(
        db,
        PersonInput(voornaam="Jan", tussenvoegsel="van der", achternaam="Berg", postcode="1234ab"),
    )
    scripts = _newer_scripts(tmp_path)
    result = schema.upgrade(db.engine, backup_dir=tmp_path / "backups", scripts=scripts)

    assert (result.from_revision, result.to_revision) == (schema.head_revision(), "9001")
    assert result.backup is not None
    assert result.backup.exists()
    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("select achternaam from person").fetchall() == [("Berg",)]
        assert backup.execute("select version_num from alembic_version").fetchall() == [
            (schema.head_revision(),)
        ]
    with db.engine.connect() as connection:
        row = connection.execute(text("select achternaam, postcode, nickname from person")).one()
    assert tuple(row) == ("Berg", "1234 AB", "")
    detail = people.get_person(db, saved.person_id)
    assert detail.list_name == "Berg, Jan van der"


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path, db_path: Path) -> None:
    db = Database.open(f"sqlite:///{db_path}")
    schema.upgrade(db.engine, backup_dir=tmp_path / "b1", scripts=_newer_scripts(tmp_path))
    db.dispose()
    before = db_path.read_bytes()

    older = Database.open(f"sqlite:///{db_path}")
    with pytest.raises(schema.DatabaseTooNew, match="nieuwere versie van buurtdesk"):
        schema.upgrade(older.engine, backup_dir=tmp_path / "b2")
    older.dispose()
    assert db_path.read_bytes() == before
    assert not (tmp_path / "b2").exists()


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("create table recipes (id integer primary key)")
    db = Database.open(f"sqlite:///{path}")
    with pytest.raises(schema.NotABuurtdeskDatabase, match="geen buurtdesk-database"):
        schema.upgrade(db.engine, backup_dir=tmp_path / "backups")
    assert set(inspect(db.engine).get_table_names()) == {"recipes"}


def test_the_quick_revision_check_agrees_with_alembic() -> None:
    """Start-up reads revisions from file names; Alembic reads the scripts themselves."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(schema.MIGRATIONS))
    script = ScriptDirectory.from_config(cfg)
    assert schema.head_revision() == script.get_current_head()
    assert schema.known_revisions() == sorted(r.revision for r in script.walk_revisions())


def test_a_person_signs_up_once_per_date(any_db: Database) -> None:
    """The partial unique index from the migration: a second active sign-up is refused,
    a cancelled one does not count."""
    from datetime import datetime

    from sqlalchemy.exc import IntegrityError

    from buurtdesk.domain.agenda import Activity, Occurrence, SignUp

    saved = people.create_person(any_db, PersonInput(voornaam="Ans", achternaam="Bos"))
    start, end = datetime(2026, 12, 1, 10), datetime(2026, 12, 1, 12)
    with any_db.write() as session:
        activity = Activity(title="Koffieochtend", starts_at=start, ends_at=end, uid="k@test")
        session.add(activity)
        session.flush()
        occurrence = Occurrence(
            activity_id=activity.id, original_start=start, starts_at=start, ends_at=end
        )
        session.add(occurrence)
        session.flush()
        occurrence_id = occurrence.id
        session.add(SignUp(occurrence_id=occurrence_id, person_id=saved.person_id))
        session.add(
            SignUp(occurrence_id=occurrence_id, person_id=saved.person_id, status="afgemeld")
        )

    def sign_up_again() -> None:
        with any_db.write() as session:
            session.add(SignUp(occurrence_id=occurrence_id, person_id=saved.person_id))

    with pytest.raises(IntegrityError):
        sign_up_again()

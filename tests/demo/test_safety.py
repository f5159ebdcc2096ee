"""The demo never mixes with real people, never leaves half a database, and runs on
SQLite and PostgreSQL; afterwards the program works on it as on any other database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from buurtdesk.db.engine import Database
from buurtdesk.demo import DatabaseNotEmpty, ensure_demo_database, generate
from buurtdesk.demo import ensure as ensure_module
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import people
from buurtdesk.services.people_search import PeopleQuery, fetch_page
from tests.demo.conftest import TODAY, rows, scalar


def test_a_database_with_people_is_refused_and_left_alone(db: Database) -> None:
    people.create_person(db, PersonInput(voornaam="Echte", achternaam="Bewoner"))
    with pytest.raises(DatabaseNotEmpty, match=r"1 mensen.*--force"):
        generate(db, people=150, today=TODAY)
    assert rows(db, "SELECT voornaam, achternaam FROM person") == [("Echte", "Bewoner")]
    assert scalar(db, "SELECT count(*) FROM organisation") == 0
    triggers = scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
    assert triggers == 3


def test_force_replaces_everything(db: Database) -> None:
    people.create_person(db, PersonInput(voornaam="Echte", achternaam="Bewoner"))
    generate(db, people=150, today=TODAY, force=True)
    assert scalar(db, "SELECT count(*) FROM person") == 150
    assert scalar(db, "SELECT count(*) FROM person WHERE achternaam = 'Bewoner'") == 0
    assert fetch_page(db, PeopleQuery(text="lindenhoven"))


def test_themes_and_stages_made_before_are_reused(db: Database) -> None:
    with db.write() as session:
        session.execute(text("INSERT INTO theme (id, name) VALUES (40, 'welzijn')"))
        session.execute(
            text("INSERT INTO stage (id, name, position, is_closed) VALUES (9, 'Idee', 0, 0)")
        )
    generate(db, people=150, today=TODAY)
    assert scalar(db, "SELECT count(*) FROM theme WHERE name = 'welzijn'") == 1
    assert scalar(db, "SELECT count(*) FROM activity_theme WHERE theme_id = 40") > 0
    assert scalar(db, "SELECT count(*) FROM stage_change WHERE to_stage_id = 9") == 25


def test_a_failure_halfway_leaves_the_database_as_it_was(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("buurtdesk.demo.generator.build_initiatives", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        generate(db, people=150, today=TODAY)
    assert scalar(db, "SELECT count(*) FROM person") == 0
    assert scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'") == 3


@pytest.mark.parametrize("people_count", [150])
def test_the_demo_on_sqlite_and_postgresql(any_db: Database, people_count: int) -> None:
    summary = generate(any_db, people=people_count, seed=5, today=TODAY)
    assert summary.counts["person"] == people_count
    assert scalar(any_db, "SELECT count(*) FROM person") == people_count
    found = fetch_page(any_db, PeopleQuery(text="berg"))
    expected = rows(
        any_db, "SELECT id FROM person WHERE search_text LIKE '%berg%' ORDER BY search_rank"
    )
    assert [r.person_id for r in found] == [r[0] for r in expected][: len(found)]
    by_rank = [r[0] for r in rows(any_db, "SELECT id FROM person ORDER BY search_rank")]
    by_name = [r[0] for r in rows(any_db, "SELECT id FROM person ORDER BY sort_key, id")]
    assert by_rank == by_name
    # The program carries on from the demo: new ids do not collide, the list stays sorted.
    saved = people.create_person(any_db, PersonInput(voornaam="Nieuwe", achternaam="Buur"))
    assert saved.person_id == people_count + 1
    by_rank = [r[0] for r in rows(any_db, "SELECT id FROM person ORDER BY search_rank")]
    by_name = [r[0] for r in rows(any_db, "SELECT id FROM person ORDER BY sort_key, id")]
    assert by_rank == by_name
    with any_db.write() as session:
        session.execute(text("INSERT INTO theme (name) VALUES ('sport')"))
    with pytest.raises(DatabaseNotEmpty):
        generate(any_db, people=people_count, today=TODAY)


def test_ensure_demo_database_makes_the_file_once_then_opens_it(tmp_path: Path) -> None:
    path = tmp_path / "demo" / "demo.sqlite"
    first = ensure_demo_database(path, people=150, seed=2)
    try:
        assert scalar(first, "SELECT count(*) FROM person") == 150
        people.create_person(first, PersonInput(voornaam="Proef", achternaam="Persoon"))
    finally:
        first.dispose()
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == ["demo.sqlite"]
    again = ensure_demo_database(path, people=150, seed=2)
    try:
        assert scalar(again, "SELECT count(*) FROM person") == 151, "opened, not made again"
        assert fetch_page(again, PeopleQuery(text="proef"))
    finally:
        again.dispose()


def test_an_interrupted_first_start_leaves_no_demo_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    path = tmp_path / "demo.sqlite"
    monkeypatch.setattr(ensure_module, "generate", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ensure_demo_database(path, people=150)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    database = ensure_demo_database(path, people=150)
    try:
        assert scalar(database, "SELECT count(*) FROM person") == 150
    finally:
        database.dispose()


def test_people_out_of_range_are_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="between"):
        generate(db, people=10)


def test_indexes_and_triggers_come_back_exactly_as_the_migrations_made_them(
    db: Database,
) -> None:
    schema_sql = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    before = rows(db, schema_sql)
    generate(db, people=150, today=TODAY)
    assert rows(db, schema_sql) == before

"""Opening the database for the window: the title, the demo, and plain Dutch refusals."""

from __future__ import annotations

import argparse
import sqlite3
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from buurtdesk import config
from buurtdesk.cli.common import open_database
from buurtdesk.db.engine import Database
from buurtdesk.gui.startup import StartupError, open_chosen_database


def arguments(**values: object) -> argparse.Namespace:
    defaults: dict[str, object] = {"db": None, "demo": False, "quit_after_startup": False}
    return argparse.Namespace(**{**defaults, "lang": None, **values})


def test_the_title_names_the_database_file(tmp_path: Path, language: str) -> None:
    db, title = open_chosen_database(arguments(db=str(tmp_path / "Buurthuis De Linde.sqlite")))
    db.dispose()
    assert title == "buurtdesk — Buurthuis De Linde"


def test_the_demo_says_demo_in_the_title(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    opened: list[Path] = []
    reported: list[int] = []

    def ensure_demo_database(
        path: Path, *, progress: Callable[[int, str], None] | None = None
    ) -> Database:
        opened.append(path)
        if progress is not None:  # only while the demo is made, the first time
            progress(40, "Straten en huizen")
            reported.append(40)
        return open_database(f"sqlite:///{path}")

    demo = types.ModuleType("buurtdesk.demo")
    demo.ensure_demo_database = ensure_demo_database  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "buurtdesk.demo", demo)
    db, title = open_chosen_database(arguments(demo=True))
    db.dispose()
    assert title == "buurtdesk — DEMO"
    assert opened == [config.demo_db_path()]
    assert reported == [40]
    db, _title = open_chosen_database(arguments(demo=True))  # the second start just opens it
    db.dispose()
    assert reported == [40]


def test_a_file_that_is_not_a_database_is_refused_in_dutch(tmp_path: Path, language: str) -> None:
    path = tmp_path / "boodschappen.sqlite"
    path.write_text("melk, brood, kaas\n" * 200, encoding="utf-8")
    with pytest.raises(StartupError) as refused:
        open_chosen_database(arguments(db=str(path)))
    assert refused.value.message == (
        f"Het bestand {path} is geen buurtdesk-database. Kies een ander bestand."
    )


def test_another_program_s_database_is_refused(tmp_path: Path, language: str) -> None:
    path = tmp_path / "ander.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE klanten (id INTEGER PRIMARY KEY)")
    with pytest.raises(StartupError) as refused:
        open_chosen_database(arguments(db=str(path)))
    assert "geen buurtdesk-database" in refused.value.message


def test_a_database_from_a_newer_buurtdesk_is_left_alone(db: Database, language: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    path = db.engine.url.database
    db.dispose()
    with pytest.raises(StartupError) as refused:
        open_chosen_database(arguments(db=path))
    assert "nieuwere versie van buurtdesk" in refused.value.message


def test_an_unreachable_server_is_explained(language: str) -> None:
    url = "postgresql://buurt:geheim@127.0.0.1:9/buurtdesk?connect_timeout=2"
    with pytest.raises(StartupError) as refused:
        open_chosen_database(arguments(db=url))
    assert refused.value.message.startswith("De databaseserver is niet bereikbaar.")
    assert "geheim" not in refused.value.message

"""``buurtdesk demo``: exit codes, messages and the refusal to touch a database in use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from buurtdesk.cli import demo_command, main


def _people(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


def test_demo_fills_a_new_database_and_says_what_it_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nieuw.sqlite"
    assert main(["--db", str(path), "demo", "--people", "500", "--today", "2026-11-30"]) == 0
    assert _people(path) == 500
    out = capsys.readouterr().out
    assert "500 mensen" in out
    assert "organisaties" in out


def test_demo_refuses_a_database_with_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "buurt.sqlite"
    assert main(["--db", str(path), "demo", "--people", "500"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "demo", "--people", "300"]) == 1
    err = capsys.readouterr().err
    assert "bevat al 500 mensen" in err
    assert "--force" in err
    assert "Traceback" not in err
    assert _people(path) == 500


def test_force_backs_up_then_replaces(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "buurt.sqlite"
    assert main(["--db", str(path), "demo", "--people", "500"]) == 0
    assert main(["--db", str(path), "demo", "--people", "300", "--force"]) == 0
    assert _people(path) == 300
    err = capsys.readouterr().err
    assert "reservekopie gemaakt" in err
    backup = Path(err.split("reservekopie gemaakt: ")[1].split("\n")[0])
    assert _people(backup) == 500


@pytest.mark.parametrize(
    "arguments", [["--people", "50"], ["--people", "veel"], ["--today", "30-11-2026"]]
)
def test_wrong_options_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str]
) -> None:
    path = tmp_path / "buurt.sqlite"
    try:
        code = main(["--db", str(path), "demo", *arguments])
    except SystemExit as stop:  # argparse stops on a value it cannot read
        code = int(str(stop.code))
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_dutch_thousands_are_understood() -> None:
    assert demo_command._count("1.000.000") == 1_000_000
    assert demo_command._count("2_000") == 2000


def test_large_runs_report_progress_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_command, "PROGRESS_FROM", 200)
    assert main(["--db", str(tmp_path / "b.sqlite"), "demo", "--people", "300"]) == 0
    err = capsys.readouterr().err
    assert "buurtdesk demo:  10%" in err
    assert "buurtdesk demo: 100%" in err


def test_demo_goes_into_the_demo_database_with_the_global_demo_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BUURTDESK_DATA_DIR", str(tmp_path))
    assert main(["--demo", "demo", "--people", "200"]) == 0
    assert _people(tmp_path / "demo.sqlite") == 200

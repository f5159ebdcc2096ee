"""The real program as a subprocess: it opens its window, paints it and ends cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from buurtdesk.cli.common import open_database
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import people


def run_buurtdesk(*arguments: str) -> subprocess.CompletedProcess[str]:
    code = (
        f"import sys; from buurtdesk.cli import main; raise SystemExit(main({list(arguments)!r}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def filled_db(tmp_path: Path) -> Path:
    path = tmp_path / "Buurthuis De Linde.sqlite"
    db = open_database(f"sqlite:///{path}")
    for voornaam, achternaam in (("Jan", "van der Berg"), ("Fatima", "El Amrani")):
        people.create_person(db, PersonInput(voornaam=voornaam, achternaam=achternaam))
    db.dispose()
    return path


def test_the_program_opens_paints_and_quits_silently(filled_db: Path) -> None:
    result = run_buurtdesk("--db", str(filled_db), "--quit-after-startup")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == ""


def test_the_program_starts_in_english_too(filled_db: Path) -> None:
    result = run_buurtdesk("--db", str(filled_db), "--lang", "en", "--quit-after-startup")
    assert (result.returncode, result.stderr) == (0, "")


def test_a_new_database_file_is_made_and_opened(tmp_path: Path) -> None:
    path = tmp_path / "buurtdesk.sqlite"
    result = run_buurtdesk("--db", str(path), "--quit-after-startup")
    assert (result.returncode, result.stderr) == (0, "")
    assert path.exists()


def test_a_typing_error_in_the_folder_opens_no_empty_network(tmp_path: Path) -> None:
    path = tmp_path / "Buurthuis" / "buurtdesk.sqlite"
    result = run_buurtdesk("--db", str(path), "--quit-after-startup")
    assert result.returncode == 1
    assert f"De map {path.parent} bestaat niet." in result.stderr
    assert not path.parent.exists()


def test_a_wrong_file_ends_with_a_dutch_message_and_code_1(tmp_path: Path) -> None:
    path = tmp_path / "boodschappen.sqlite"
    path.write_text("melk, brood, kaas\n" * 200, encoding="utf-8")
    result = run_buurtdesk("--db", str(path), "--quit-after-startup")
    assert result.returncode == 1
    assert "geen buurtdesk-database" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_the_demo_opens() -> None:
    """The first start builds the demo neighbourhood in the data folder (a test folder)."""
    result = run_buurtdesk("--demo", "--quit-after-startup")
    assert (result.returncode, result.stderr) == (0, "")


def test_the_window_opens_on_the_part_asked_for(filled_db: Path) -> None:
    result = run_buurtdesk("--db", str(filled_db), "--open", "Netwerk", "--quit-after-startup")
    assert (result.returncode, result.stderr) == (0, "")


def test_an_unknown_part_is_named_with_the_choices(tmp_path: Path) -> None:
    path = tmp_path / "buurtdesk.sqlite"
    result = run_buurtdesk("--db", str(path), "--open", "nergens", "--quit-after-startup")
    assert result.returncode == 2
    assert "Onderdeel 'nergens' bestaat niet. Kies uit: vandaag, netwerk" in result.stderr
    assert not path.exists(), "no database is made for a start that is refused"

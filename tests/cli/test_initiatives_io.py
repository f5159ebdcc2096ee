"""``buurtdesk export initiatives`` as a coordinator runs it."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from buurtdesk.cli import main
from buurtdesk.cli.common import EXIT_OK, EXIT_USAGE
from buurtdesk.db.engine import Database
from tests.services.test_initiatives_export import build


@pytest.fixture
def filled(db_path: Path) -> Path:
    database = Database.open(f"sqlite:///{db_path}")
    try:
        build(database)
    finally:
        database.dispose()
    return db_path


def test_export_to_xlsx_with_the_history(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "initiatieven.xlsx"
    assert main(["--db", str(filled), "export", "initiatives", "-o", str(target)]) == EXIT_OK
    assert capsys.readouterr().out == (
        f"2 initiatieven en 4 faseovergangen geëxporteerd naar {target}.\n"
    )
    workbook = openpyxl.load_workbook(target)
    history = list(workbook["Fasegeschiedenis"].iter_rows(values_only=True))
    assert [(r[0], r[1], r[2], r[4]) for r in history[1:]] == [
        ("Moestuin Lindeplein", None, "Idee", None),
        ("Moestuin Lindeplein", "Idee", "Verkenning", 10),
        ("Moestuin Lindeplein", "Verkenning", "Plan", 30),
        ("=Repaircafé", "Idee", "Gestopt", 31),
    ]
    titles = [r[0] for r in workbook["Initiatieven"].iter_rows(min_row=2, values_only=True)]
    assert titles == ["Moestuin Lindeplein", "=Repaircafé"]


def test_export_to_csv_writes_the_history_beside_it(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pijplijn.csv"
    assert main(["--db", str(filled), "export", "initiatives", "-o", str(target)]) == EXIT_OK
    second = tmp_path / "pijplijn-fasegeschiedenis.csv"
    assert capsys.readouterr().out.endswith(f"naar {target} en {second}.\n")
    with second.open(encoding="utf-8-sig", newline="") as stream:
        history = list(csv.reader(stream, delimiter=";"))
    assert [r[4] for r in history[1:]] == ["", "10", "30", "31"]
    assert history[4][0] == "'=Repaircafé"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("lijst.pdf", "heeft „.pdf”; buurtdesk schrijft .csv (Excel, puntkomma's) of .xlsx"),
        ("weg/lijst.xlsx", "bestaat niet. Maak hem eerst aan."),
    ],
)
def test_wrong_targets_are_refused_in_dutch(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    target = tmp_path / name
    assert main(["--db", str(db_path), "export", "initiatives", "-o", str(target)]) == EXIT_USAGE
    assert message in capsys.readouterr().err
    assert not target.exists()

"""``buurtdesk import people`` and ``buurtdesk export people`` as a user runs them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from buurtdesk.cli import main
from buurtdesk.cli.common import EXIT_INPUT, EXIT_OK, EXIT_USAGE
from buurtdesk.db.engine import Database
from buurtdesk.domain.network import Person
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import people_import
from buurtdesk.services.people import create_person

LIST = (
    "Naam;Postcode;Huisnummer;Telefoon;Lidnummer\r\n"
    "Jan van der Berg;1234 AB;12;06-12345678;1\r\n"
    "Piet Pieters;0123 AB;4;;2\r\n"
    "Ömer Çelik;5678 CD;8;;3\r\n"
    "Jan van der Berg;;;0612345678;4\r\n"
)


def _count(db_path: Path) -> int:
    database = Database.open(f"sqlite:///{db_path}")
    try:
        with database.read() as session:
            return int(session.execute(select(func.count(Person.id))).scalar_one())
    finally:
        database.dispose()


def _list(tmp_path: Path, text: str = LIST, name: str = "lijst.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return path


def _run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def test_import_prints_a_dutch_report_and_exits_0(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, "import", "people", str(_list(tmp_path))) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Gelezen: lijst.csv (CSV, UTF-8 met BOM, scheidingsteken puntkomma (;))."
    assert out[1] == "Niet gebruikte kolommen: Lidnummer."
    assert out[2] == "2 mensen toegevoegd, 1 al bekend, 1 rij met problemen:"
    assert out[3].startswith("  rij 3, kolom Postcode: Een postcode begint nooit met een 0.")
    assert out[4] == "Al bekend, dus niet nog eens toegevoegd:"
    assert out[5] == "  rij 5: Berg, Jan van der, staat al op rij 2 van dit bestand"
    assert out[6].startswith("Verbeter de rijen met problemen in het bestand")
    assert _count(db_path) == 2


def test_import_names_the_known_person_it_matched(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_person(
        db, PersonInput(voornaam="Ömer", achternaam="Çelik", postcode="5678 CD", huisnummer="8")
    )
    assert _run(db_path, "import", "people", str(_list(tmp_path))) == EXIT_OK
    out = capsys.readouterr().out
    assert "2 al bekend" in out
    assert "  rij 4: Çelik, Ömer, staat al in het netwerk" in out.splitlines()


def test_dry_run_saves_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, "import", "people", str(_list(tmp_path)), "--dry-run") == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[2] == "Proefimport: er is niets opgeslagen. Zonder --dry-run gebeurt dit:"
    assert out[3] == "2 mensen toegevoegd, 1 al bekend, 1 rij met problemen:"
    assert _count(db_path) == 0


def test_clean_import_says_so(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _list(tmp_path, "Achternaam\nJansen\n")
    assert _run(db_path, "import", "people", str(path)) == EXIT_OK
    assert "1 persoon toegevoegd, 0 al bekend, geen problemen." in capsys.readouterr().out


def _junk(tmp_path: Path) -> Path:
    path = tmp_path / "junk.csv"
    path.write_bytes(os.urandom(2000) + b"\x00")
    return path


def _fake_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "lijst.xlsx"
    path.write_text("Naam\nJan Jansen\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda t: t / "weg.csv", "bestaat niet"),
        (lambda t: t, "is een map"),
        (lambda t: _list(t, "Naam\nJan\n", name="lijst.pdf"), "geen van beide"),
        (lambda t: _list(t, "Jan Jansen;1234 AB\n"), "geen kopregel"),
        (lambda t: _list(t, ""), "is leeg"),
        (_junk, "binaire gegevens"),
        (_fake_xlsx, "maar is het niet"),
    ],
)
def test_unreadable_files_exit_with_exit_input_and_a_dutch_message(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: object,
    message: str,
) -> None:
    assert callable(make)
    path = make(tmp_path)
    assert _run(db_path, "import", "people", str(path)) == EXIT_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("buurtdesk: ")
    assert message in captured.err
    assert "Er is niets geïmporteerd." in captured.err


def test_a_broken_row_midway_exits_with_exit_input_and_saves_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _list(tmp_path, 'Naam\nJan Jansen\nPiet Pieters\n"' + "x" * 200_000 + "\n")
    assert _run(db_path, "import", "people", str(path)) == EXIT_INPUT
    assert "Rij 4 " in capsys.readouterr().err
    assert _count(db_path) == 0


def test_ctrl_c_midway_saves_nothing(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(people_import, "BATCH_SIZE", 2)
    real = people_import.validate_person
    calls = 0

    def interrupt_on_third(data: PersonInput) -> object:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return real(data)

    monkeypatch.setattr(people_import, "validate_person", interrupt_on_third)
    path = _list(tmp_path, "Naam\nJan Jansen\nPiet Pieters\nKees Kok\nAnna Bos\n")
    assert _run(db_path, "import", "people", str(path)) == EXIT_USAGE
    assert "Afgebroken" in capsys.readouterr().err
    assert _count(db_path) == 0


def test_import_without_a_file(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db_path, "import", "people") == EXIT_USAGE
    assert "Geef de lijst op" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_export_writes_the_file_and_exits_0(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    create_person(db, PersonInput(voornaam="Jan", tussenvoegsel="van der", achternaam="Berg"))
    create_person(db, PersonInput(voornaam="Anna", achternaam="Bos"))
    target = tmp_path / f"mensen{suffix}"
    assert _run(db_path, "export", "people", "-o", str(target)) == EXIT_OK
    assert capsys.readouterr().out == f"2 mensen geëxporteerd naar {target}.\n"
    assert target.stat().st_size > 0
    if suffix != ".vcf":
        assert _run(db_path, "import", "people", str(target), "--dry-run") == EXIT_OK
        assert "0 mensen toegevoegd, 2 al bekend, geen problemen." in capsys.readouterr().out


def test_export_with_unknown_extension(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mensen.pdf"
    assert _run(db_path, "export", "people", "-o", str(target)) == EXIT_USAGE
    assert "„.pdf”" in capsys.readouterr().err
    assert not target.exists()


def test_export_without_output(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        _run(db_path, "export", "people")
    assert exited.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "dit ontbreekt nog: -o/--output. Bijvoorbeeld: buurtdesk export people -o" in err


@pytest.mark.parametrize("command", ["import", "export"])
def test_command_without_what(
    db_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    assert _run(db_path, command) == EXIT_USAGE
    assert f"buurtdesk {command} people" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["import", "people", "--help"],
            [
                "gebruik: buurtdesk import people",
                "--dry-run",
                "Alles wordt in één keer opgeslagen, of niets.",
            ],
        ),
        (
            ["export", "people", "--help"],
            ["gebruik: buurtdesk export people", "-o BESTAND", ".vcf   vCard"],
        ),
    ],
)
def test_help_is_dutch(
    capsys: pytest.CaptureFixture[str], args: list[str], expected: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for text in expected:
        assert text in out
    assert "show this help" not in out
    assert "options:" not in out

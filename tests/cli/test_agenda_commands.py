"""``buurtdesk export agenda`` and ``buurtdesk signups`` as a coordinator runs them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from buurtdesk.cli import main
from buurtdesk.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import SignUp, SignUpStatus
from buurtdesk.domain.dutch_dates import format_date
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services.people import create_person
from tests.agenda_rows import add_dated_activity
from tests.interop.ics_agenda import Agenda, build_agenda


def _run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def _usage_error(db_path: Path, *args: str) -> int:
    """An argument argparse refuses: it exits (code 2) before any handler runs."""
    with pytest.raises(SystemExit) as exited:
        _run(db_path, *args)
    code = exited.value.code
    assert isinstance(code, int)
    return code


@pytest.fixture
def agenda(db: Database) -> Agenda:
    return build_agenda(db)


def _titles(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return sorted({str(e["SUMMARY"]) for e in calendar.walk("VEVENT")})


# -- export agenda ---------------------------------------------------------------------------


def test_export_everything(
    db_path: Path, agenda: Agenda, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "agenda.ics"
    assert _run(db_path, "export", "agenda", "-o", str(target)) == EXIT_OK
    assert capsys.readouterr().out == (
        f"4 activiteiten (3 herhalend) geëxporteerd naar {target}.\n"
    )
    assert _titles(target) == ["Buurtfeest", "Koffieochtend", "Koffieochtend nieuw", "Taalcafé"]


@pytest.mark.parametrize(
    ("first", "last"),
    [("30-10-2026", "01-11-2026"), ("2026-10-30", "2026-11-01"), ("30 okt 2026", "1/11/2026")],
)
def test_export_a_period_in_dutch_or_iso_dates(
    db_path: Path,
    agenda: Agenda,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    first: str,
    last: str,
) -> None:
    target = tmp_path / "agenda.ics"
    args = ["export", "agenda", "-o", str(target), "--from", first, "--to", last]
    assert _run(db_path, *args) == EXIT_OK
    assert capsys.readouterr().out == f"1 activiteit geëxporteerd naar {target}.\n"
    assert _titles(target) == ["Buurtfeest"]


def test_export_one_activity(
    db_path: Path, agenda: Agenda, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "koffie.ics"
    args = ["export", "agenda", "-o", str(target), "--activity", str(agenda.koffie)]
    assert _run(db_path, *args) == EXIT_OK
    assert _titles(target) == ["Koffieochtend"]
    assert b"X-WR-CALNAME:Koffieochtend\r\n" in target.read_bytes()
    assert _run(db_path, "export", "agenda", "-o", str(target), "--activity", "999") == EXIT_ERROR
    assert "Er is geen activiteit met nummer 999." in capsys.readouterr().err


def test_an_empty_period_writes_an_empty_calendar(
    db_path: Path, agenda: Agenda, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "agenda.ics"
    args = ["export", "agenda", "-o", str(target), "--from", "1-1-2020", "--to", "31-1-2020"]
    assert _run(db_path, *args) == EXIT_OK
    assert "geen activiteit in deze periode" in capsys.readouterr().out
    assert _titles(target) == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31-02-2027", "31 februari 2027 bestaat niet"),
        ("morgen", "Deze datum begrijp ik niet"),
    ],
)
def test_wrong_dates_get_a_dutch_message_and_exit_2(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    value: str,
    message: str,
) -> None:
    target = tmp_path / "agenda.ics"
    assert _usage_error(db_path, "export", "agenda", "-o", str(target), "--from", value) == 2
    err = capsys.readouterr().err
    assert "fout: argument --from:" in err
    assert message in err
    assert "Schrijf de datum als 12-12-2026" in err
    assert not target.exists()
    assert _usage_error(db_path, "signups", "1", "--date", value) == 2
    assert message in capsys.readouterr().err


def test_to_before_from(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["export", "agenda", "-o", str(tmp_path / "a.ics"), "--from", "2-3-2027"]
    assert _run(db_path, *args, "--to", "1-3-2027") == EXIT_USAGE
    assert "--to (ma 1 mrt 2027) ligt voor --from (di 2 mrt 2027)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda t: t / "weg" / "agenda.ics", "De map"),
        (lambda t: t / "bestand.txt" / "agenda.ics", "bestaat niet"),
        (lambda t: t / "map.ics", "is een map"),
        (lambda t: t / "agenda.csv", "Kies een naam die op .ics eindigt"),
    ],
)
def test_an_unwritable_target_gets_a_dutch_message(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: object,
    message: str,
) -> None:
    (tmp_path / "bestand.txt").write_text("x", encoding="utf-8")
    (tmp_path / "map.ics").mkdir()
    assert callable(make)
    target = make(tmp_path)
    assert _run(db_path, "export", "agenda", "-o", str(target)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("buurtdesk: ")
    assert message in err


def test_export_agenda_without_output(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _usage_error(db_path, "export", "agenda") == EXIT_USAGE
    err = capsys.readouterr().err
    assert "dit ontbreekt nog: -o/--output" in err
    assert "Bijvoorbeeld: buurtdesk export agenda -o agenda.ics" in err


def test_the_database_options_may_follow_the_command(
    agenda: Agenda, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "agenda.ics"
    assert main(["export", "agenda", "-o", str(target), "--db", str(db_path)]) == EXIT_OK
    assert "Koffieochtend" in _titles(target)
    assert main(["signups", str(agenda.koffie), "--db", str(db_path)]) == EXIT_OK


def test_export_without_a_subject_names_both(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db_path, "export") == EXIT_USAGE
    err = capsys.readouterr().err
    assert "buurtdesk export people -o BESTAND" in err
    assert "buurtdesk export agenda -o agenda.ics" in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["export", "agenda", "--help"],
            ["gebruik: buurtdesk export agenda [-h] -o BESTAND", "--from DATUM", "--demo"],
        ),
        (
            ["signups", "--help"],
            ["gebruik: buurtdesk signups", "ACTIVITEIT", "--date DATUM", "--db PAD|URL"],
        ),
        (["export", "--help"], ["agenda", "people"]),
    ],
)
def test_help_is_dutch(
    capsys: pytest.CaptureFixture[str], args: list[str], expected: list[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for text in expected:
        assert text in out
    assert "show this help" not in out


# -- signups ---------------------------------------------------------------------------------


def _coffee_around_today(db: Database) -> tuple[int, date]:
    """A weekly coffee morning a week ago, next week and the week after (none today),
    with sign-ups for next week: two confirmed, one walk-in, one waiting, one cancelled."""
    today = date.today()
    start = datetime.combine(today - timedelta(days=7), datetime.min.time()) + timedelta(hours=10)
    jan = create_person(db, PersonInput(voornaam="Jan", achternaam="Jansen")).person_id
    fatima = create_person(db, PersonInput(voornaam="Fatima", achternaam="El Amrani")).person_id
    piet = create_person(db, PersonInput(voornaam="Piet", achternaam="Pieters")).person_id
    kees = create_person(db, PersonInput(voornaam="Kees", achternaam="Kok")).person_id
    with db.write() as session:
        activity, rows = add_dated_activity(
            session,
            "Koffie om tien",
            start,
            weeks=(0, 2, 3),
            capacity=4,
            signup_required=True,
            uid="koffie-om-tien",
        )
        next_week = rows[1].id
        session.add_all(
            [
                SignUp(occurrence_id=next_week, person_id=jan, party_size=2),
                SignUp(
                    occurrence_id=next_week,
                    walk_in_name="Ans de Wit",
                    walk_in_phone="0612345678",
                    checked_in_at=datetime(2026, 1, 1),
                ),
                SignUp(
                    occurrence_id=next_week,
                    person_id=fatima,
                    status=SignUpStatus.WAITING.value,
                    position=1,
                    party_size=3,
                ),
                SignUp(occurrence_id=next_week, person_id=piet),
                SignUp(
                    occurrence_id=next_week, person_id=kees, status=SignUpStatus.CANCELLED.value
                ),
            ]
        )
        return activity.id, today + timedelta(days=7)


def test_signups_of_the_next_date(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    activity_id, next_week = _coffee_around_today(db)
    assert _run(db_path, "signups", str(activity_id)) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Koffie om tien, {format_date(next_week)}, 10.00–12.00 uur"
    table = [line.split() for line in out[2:-1]]
    assert out[1].split() == ["Naam", "Status", "Plaats", "Pers.", "Binnen"]
    assert table == [
        ["Ans", "de", "Wit", "(inloop)", "aangemeld", "1", "ja"],
        ["Jan", "Jansen", "aangemeld", "2"],
        ["Piet", "Pieters", "aangemeld", "1"],
        ["Fatima", "el", "Amrani", "wachtlijst", "1", "3"],
        ["Kees", "Kok", "afgemeld", "1"],
    ]
    assert out[-1] == (
        "Totaal (personen): verwacht 4, binnen 1, inloop 1, wachtlijst 3, vrij 0 van 4."
    )


def test_signups_of_a_chosen_date(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    activity_id, next_week = _coffee_around_today(db)
    later = next_week + timedelta(days=7)
    for written in (later.strftime("%d-%m-%Y"), later.isoformat()):
        assert _run(db_path, "signups", str(activity_id), "--date", written) == EXIT_OK
        out = capsys.readouterr().out.splitlines()
        assert out[0].startswith(f"Koffie om tien, {format_date(later)}")
        assert out[1] == "Nog niemand aangemeld."


def test_a_date_without_the_activity_names_the_nearest_dates(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    activity_id, next_week = _coffee_around_today(db)
    today = next_week - timedelta(days=7)
    args = ["signups", str(activity_id), "--date", today.isoformat()]
    assert _run(db_path, *args) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err == (
        f"buurtdesk: Koffie om tien (activiteit {activity_id}) is niet op {format_date(today)}. "
        f"De dichtstbijzijnde data zijn {format_date(today - timedelta(days=7))} en "
        f"{format_date(next_week)}.\n"
    )


def test_an_unknown_activity(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db_path, "signups", "999") == EXIT_ERROR
    assert capsys.readouterr().err == "buurtdesk: Er is geen activiteit met nummer 999.\n"
    assert _usage_error(db_path, "signups", "koffie") == 2
    assert "ongeldige waarde: 'koffie'" in capsys.readouterr().err

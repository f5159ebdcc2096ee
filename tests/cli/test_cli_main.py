"""The command line itself: the fast path to the window and the list of commands."""

from __future__ import annotations

import subprocess
import sys

import pytest

from buurtdesk.cli import build_parser, commands, main


def test_the_command_names_are_the_registered_commands() -> None:
    parser = build_parser()
    (subparsers,) = [a for a in parser._actions if a.dest == "command"]
    assert set(subparsers.choices) == commands.NAMES  # type: ignore[arg-type]


def test_opening_the_window_loads_no_command_module() -> None:
    """The importers (openpyxl) and the demo generator cost start-up time; the window
    path must not import them."""
    code = (
        "import sys; from buurtdesk.cli import build_parser, _asks_for_a_command;"
        "argv = ['--db', 'x.sqlite', '--quit-after-startup'];"
        "assert not _asks_for_a_command(argv);"
        "build_parser(with_commands=False).parse_args(argv);"
        "heavy = [m for m in sys.modules if m.startswith(('openpyxl', 'buurtdesk.demo',"
        " 'buurtdesk.interop', 'buurtdesk.cli.people_io', 'alembic'))];"
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for name in commands.NAMES:
        assert name in out


def test_the_command_line_speaks_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: buurtdesk")
    assert "opties:" in out
    assert "toon deze hulp en stop" in out
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "fr"])
    assert exited.value.code == 2
    assert "fout: argument --lang: ongeldige keuze: 'fr'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--people", "500"],
        ["import", "people", "lijst.csv"],
        ["export", "people", "-o", "mensen.csv"],
        ["export", "agenda", "-o", "agenda.ics"],
        ["signups", "41"],
    ],
)
def test_db_and_demo_work_before_and_after_every_command(argv: list[str]) -> None:
    parser = build_parser()
    after = parser.parse_args([*argv, "--demo", "--db", "buurt.sqlite"])
    assert (after.demo, after.db) == (True, "buurt.sqlite")
    before = parser.parse_args(["--demo", "--db", "buurt.sqlite", *argv])
    assert (before.demo, before.db) == (True, "buurt.sqlite")  # not undone by the command
    plain = parser.parse_args(argv)
    assert (plain.demo, plain.db) == (False, None)


def test_the_signups_help_says_where_the_number_is(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["signups", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "staat bovenaan bij de activiteit in de agenda" in out


def test_a_command_with_demo_before_the_window_makes_the_whole_demo(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``buurtdesk signups 1 --demo`` as the first thing a new user types must not leave an
    empty demo behind for the window to open later."""
    from buurtdesk import config
    from buurtdesk.cli.common import open_chosen_database
    from buurtdesk.services import people_search

    assert not config.demo_db_path().exists()
    args = build_parser().parse_args(["--demo", "export", "agenda", "-o", "x.ics"])
    database = open_chosen_database(args)
    try:
        assert people_search.count(database, people_search.PeopleQuery()) > 1000
    finally:
        database.dispose()
    assert "de demo-buurt wordt eerst gemaakt" in capsys.readouterr().err

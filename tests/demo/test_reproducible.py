"""The same seed gives the same town, row for row; today moves only the calendar."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from buurtdesk.demo import generate
from tests.demo.conftest import PEOPLE, SEED, TODAY, dump, fresh_database

# Tables whose rows never depend on the day the demo is made.
TIMELESS = (
    "person",
    "organisation",
    "wijk",
    "buurt",
    "street",
    "street_postcode",
    "person_tag",
    "tag",
    "membership",
    "person_relationship",
    "consent",
)


def _make(
    template: Path, directory: Path, **options: object
) -> dict[str, list[tuple[object, ...]]]:
    database = fresh_database(template, directory)
    try:
        generate(database, **{"people": PEOPLE, "seed": SEED, "today": TODAY, **options})  # type: ignore[arg-type]
        return dump(database)
    finally:
        database.dispose()


def test_two_runs_with_the_same_seed_write_identical_databases(
    template_db: Path, tmp_path: Path
) -> None:
    first = _make(template_db, tmp_path / "a")
    second = _make(template_db, tmp_path / "b")
    assert first["person"]
    assert first["activity"]
    assert first == second


def test_another_day_moves_the_calendar_but_not_the_people(
    template_db: Path, tmp_path: Path
) -> None:
    first = _make(template_db, tmp_path / "a")
    later = _make(template_db, tmp_path / "b", today=TODAY + timedelta(days=40))
    for name in TIMELESS:
        assert first[name] == later[name], name
    assert first["occurrence"] != later["occurrence"]


def test_another_seed_gives_other_people(template_db: Path, tmp_path: Path) -> None:
    first = _make(template_db, tmp_path / "a")
    other = _make(template_db, tmp_path / "b", seed=SEED + 1)
    names = {r[1:4] for r in first["person"]}
    other_names = {r[1:4] for r in other["person"]}
    assert len(names & other_names) < len(names) / 2

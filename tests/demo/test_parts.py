"""Small parts of the demo: recurrence rules, the summary sentence, progress."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from buurtdesk.demo import generate
from buurtdesk.demo.recurrence import dates, first_on_or_after, nth_weekday
from buurtdesk.demo.summary import DemoSummary, duration
from tests.demo.conftest import TODAY, fresh_database


def test_weekly_rules_with_interval_count_weeks_from_the_start() -> None:
    start = date(2026, 1, 1)  # a Thursday
    every_other = dates(
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", start, date(2026, 1, 1), date(2026, 2, 1)
    )
    assert every_other == [date(2026, 1, 1), date(2026, 1, 15), date(2026, 1, 29)]
    twice = dates("FREQ=WEEKLY;BYDAY=MO,WE", date(2026, 1, 7), date(2026, 1, 1), date(2026, 1, 14))
    assert twice == [date(2026, 1, 7), date(2026, 1, 12), date(2026, 1, 14)]


def test_monthly_rules_on_the_nth_weekday() -> None:
    first_saturdays = dates(
        "FREQ=MONTHLY;BYDAY=1SA", date(2026, 1, 1), date(2026, 1, 1), date(2026, 3, 31)
    )
    assert first_saturdays == [date(2026, 1, 3), date(2026, 2, 7), date(2026, 3, 7)]
    last_fridays = dates(
        "FREQ=MONTHLY;BYDAY=-1FR", date(2026, 1, 1), date(2026, 1, 1), date(2026, 2, 28)
    )
    assert last_fridays == [date(2026, 1, 30), date(2026, 2, 27)]
    assert nth_weekday(2026, 2, 0, 5) is None
    assert first_on_or_after("FREQ=MONTHLY;BYDAY=2WE", date(2026, 1, 15)) == date(2026, 2, 11)


def test_unknown_rules_are_refused() -> None:
    with pytest.raises(ValueError, match="not supported"):
        dates("FREQ=DAILY", date(2026, 1, 1), date(2026, 1, 1), date(2026, 1, 2))


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0.42, "0,4 s"), (12.4, "12 s"), (192, "3 min 12 s"), (3720, "1 u 02 min")],
)
def test_durations_read_the_dutch_way(seconds: float, text: str) -> None:
    assert duration(seconds) == text


def test_the_summary_names_what_was_made_with_dutch_numbers() -> None:
    summary = DemoSummary(
        people=1_000_000,
        seed=1,
        today=TODAY,
        counts={"person": 1_000_000, "organisation": 240, "initiative": 1, "street": 800},
        seconds=192,
    )
    sentence = summary.describe()
    assert sentence.startswith("1.000.000 mensen, 240 organisaties, 800 straten")
    assert "1 initiatief" in sentence
    assert sentence.endswith("in 3 min 12 s")


def test_progress_is_reported_in_steps_of_ten(template_db: Path, tmp_path: Path) -> None:
    reported: list[tuple[int, str]] = []
    database = fresh_database(template_db, tmp_path)
    try:
        generate(database, people=300, today=TODAY, progress=lambda p, w: reported.append((p, w)))
    finally:
        database.dispose()
    percents = [p for p, _ in reported]
    assert percents == sorted(percents)
    assert percents[-1] == 100
    steps = {p for p in percents if p % 10 == 0}
    assert steps >= {10, 50, 90, 100}
    assert any("zoekindex" in w for _, w in reported)


def test_the_demo_never_loads_qt() -> None:
    """``buurtdesk --demo`` calls this before any window exists; the CLI never needs Qt."""
    code = (
        "import sys, buurtdesk.demo, buurtdesk.cli.demo_command; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0

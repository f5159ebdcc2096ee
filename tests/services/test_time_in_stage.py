"""Timeline and time in stage against a fixture counted by hand (today: mon 7 dec 2026).

A stay counts whole calendar days from the day of the move in to the day of the move out
(or to today while it lasts). The fixture and its counts:

  A  Idee        1 okt 10:00 → 11 okt 09:00   10 days
     Verkenning 11 okt 09:00 →  1 nov 14:00   21 days (20 left in October + 1)
     Plan        1 nov 14:00 →  today         36 days (29 left in November + 7)
  B  Idee        1 nov 09:00 →  5 nov 16:00    4 days
     Verkenning  5 nov 16:00 → 20 nov 11:00   15 days
     Gestopt    20 nov 11:00 →  today         (an end, not a wait: left out)
  C  Idee        1 dec 23:30 →  today          6 days

  Idee: 10, 4, 6     → 3 stays, median 6, mean 6.7, longest 10
  Verkenning: 21, 15 → 2 stays, median 18, mean 18.0, longest 21
  Plan: 36           → 1 stay, 36 / 36.0 / 36
  Uitvoering, Geborgd, Gestopt: no stays counted
"""

from __future__ import annotations

from datetime import date, datetime

from buurtdesk.db.engine import Database
from buurtdesk.services.initiatives import StageStats, time_in_stage, timeline
from tests.services.initiative_helpers import with_history

TODAY = date(2026, 12, 7)


def _fixture(db: Database) -> dict[str, int]:
    a = with_history(
        db,
        "A",
        [
            ("Idee", datetime(2026, 10, 1, 10, 0)),
            ("Verkenning", datetime(2026, 10, 11, 9, 0)),
            ("Plan", datetime(2026, 11, 1, 14, 0)),
        ],
    )
    b = with_history(
        db,
        "B",
        [
            ("Idee", datetime(2026, 11, 1, 9, 0)),
            ("Verkenning", datetime(2026, 11, 5, 16, 0)),
            ("Gestopt", datetime(2026, 11, 20, 11, 0)),
        ],
    )
    c = with_history(db, "C", [("Idee", datetime(2026, 12, 1, 23, 30))])
    return {"A": a, "B": b, "C": c}


def test_the_timeline_of_one_initiative(db: Database) -> None:
    ids = _fixture(db)
    rows = timeline(db, ids["A"], today=TODAY)
    assert [(r.stage, r.days) for r in rows] == [("Idee", 10), ("Verkenning", 21), ("Plan", 36)]
    assert rows[0].entered_at == datetime(2026, 10, 1, 10, 0)
    assert rows[0].left_at == datetime(2026, 10, 11, 9, 0)
    assert rows[-1].left_at is None
    assert rows[1].note == "naar Verkenning"
    assert [(r.stage, r.days) for r in timeline(db, ids["B"], today=TODAY)] == [
        ("Idee", 4),
        ("Verkenning", 15),
        ("Gestopt", 17),
    ]


def test_time_in_stage_over_all_initiatives(db: Database) -> None:
    _fixture(db)
    assert time_in_stage(db, today=TODAY) == [
        StageStats("Idee", 3, 6.0, 6.7, 10),
        StageStats("Verkenning", 2, 18.0, 18.0, 21),
        StageStats("Plan", 1, 36.0, 36.0, 36),
        StageStats("Uitvoering", 0, None, None, None),
        StageStats("Geborgd", 0, None, None, None),
        StageStats("Gestopt", 0, None, None, None),
    ]


def test_a_day_later_the_running_stays_grow(db: Database) -> None:
    _fixture(db)
    stats = {s.stage: s for s in time_in_stage(db, today=date(2026, 12, 8))}
    assert stats["Idee"] == StageStats("Idee", 3, 7.0, 7.0, 10)  # 10, 4, 7
    assert stats["Plan"].longest_days == 37

"""History read from the stage changes: an initiative's timeline, and how long initiatives
stay in each stage.

A stay runs from the move into a stage to the next move (or to today while it lasts) and
is counted in whole calendar days between those dates: in on 3 March, out on 10 March is
7 days. ``time_in_stage`` counts every finished stay, and the running stays in open stages
(a running stay in Geborgd or Gestopt is an end, not a wait, so it is left out).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.initiatives import Stage, StageChange
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.initiatives_common import days_between, initiative_or_gone


@dataclass(frozen=True)
class TimelineRow:
    stage: str
    entered_at: datetime
    left_at: datetime | None
    days: int
    note: str


@dataclass(frozen=True)
class StageStats:
    """Stays in one stage over all initiatives; ``None`` figures when nobody stayed there."""

    stage: str
    count: int
    median_days: float | None
    mean_days: float | None
    longest_days: int | None


@dataclass(frozen=True)
class _Stay:
    initiative_id: int
    stage_id: int
    entered_at: datetime
    left_at: datetime | None
    note: str

    def days(self, today: date) -> int:
        return days_between(self.entered_at, self.left_at.date() if self.left_at else today)


def _stays(session: Session, initiative_id: int | None = None) -> list[_Stay]:
    statement = select(StageChange).order_by(
        StageChange.initiative_id, StageChange.changed_at, StageChange.id
    )
    if initiative_id is not None:
        statement = statement.where(StageChange.initiative_id == initiative_id)
    by_initiative: dict[int, list[StageChange]] = defaultdict(list)
    for change in session.scalars(statement):
        by_initiative[change.initiative_id].append(change)
    stays = []
    for changes in by_initiative.values():
        for index, change in enumerate(changes):
            following = changes[index + 1] if index + 1 < len(changes) else None
            stays.append(
                _Stay(
                    change.initiative_id,
                    change.to_stage_id,
                    change.changed_at,
                    following.changed_at if following else None,
                    change.note,
                )
            )
    return stays


def _stage_names(session: Session) -> dict[int, Stage]:
    return {stage.id: stage for stage in session.scalars(select(Stage))}


@coordinator_only
def timeline(db: Database, initiative_id: int, *, today: date) -> list[TimelineRow]:
    """Each stage the initiative was in, oldest first, with the days it took (the last one
    counted to ``today``) and the note written with the move into it."""
    with db.read() as session:
        initiative_or_gone(session, initiative_id)
        stages = _stage_names(session)
        return [
            TimelineRow(stages[s.stage_id].name, s.entered_at, s.left_at, s.days(today), s.note)
            for s in _stays(session, initiative_id)
        ]


@coordinator_only
def time_in_stage(db: Database, *, today: date) -> list[StageStats]:
    """Per stage on the board (left to right, removed stages after them when history
    names them): how many stays, and their median, mean and longest in days."""
    with db.read() as session:
        stages = _stage_names(session)
        stays = _stays(session)
        return _stats(stages, stays, today)


def _stats(stages: dict[int, Stage], stays: list[_Stay], today: date) -> list[StageStats]:
    days: dict[int, list[int]] = defaultdict(list)
    for stay in stays:
        if stay.left_at is None and stages[stay.stage_id].is_closed:
            continue
        days[stay.stage_id].append(stay.days(today))
    ordered = sorted(
        (s for s in stages.values() if not s.is_archived or days.get(s.id)),
        key=lambda s: (s.is_archived, s.position, s.id),
    )
    result = []
    for stage in ordered:
        counted = days.get(stage.id, [])
        if not counted:
            result.append(StageStats(stage.name, 0, None, None, None))
            continue
        result.append(
            StageStats(
                stage.name,
                len(counted),
                float(statistics.median(counted)),
                round(statistics.fmean(counted), 1),
                max(counted),
            )
        )
    return result

"""What "Opslaan" does with the activity form: which service call, for which dates.

The form shows the chosen date's own day, times and room. For a recurring activity a
change to those asks first: only this date, this and all following, or every date. Other
fields (title, capacity, …) belong to the whole series.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from buurtdesk.db.engine import Database
from buurtdesk.domain.activity_fields import ActivityInput
from buurtdesk.domain.dutch_dates import input_date, parse_date
from buurtdesk.domain.errors import ValidationError
from buurtdesk.services import activities, occurrences
from buurtdesk.services.activities import ActivityDetail, SavedActivity
from buurtdesk.services.occurrences import OccurrenceChange, OccurrenceDetail, Scope


class Dates(enum.StrEnum):
    """The answer to "for which dates?"."""

    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"


Save = Callable[[bool], SavedActivity]  # allow_conflicts -> what was saved


@dataclass(frozen=True)
class Shown:
    """What the editor shows: the activity and, when opened from the agenda, its date."""

    detail: ActivityDetail
    occurrence: OccurrenceDetail | None


def when_changed(before: ActivityInput, after: ActivityInput) -> bool:
    return (before.date, before.start, before.end, before.room_id) != (
        after.date,
        after.start,
        after.end,
        after.room_id,
    )


def needs_scope(shown: Shown, before: ActivityInput, after: ActivityInput) -> bool:
    return (
        shown.detail.is_recurring and shown.occurrence is not None and when_changed(before, after)
    )


def _series_when(series: ActivityInput, data: ActivityInput) -> ActivityInput:
    """``data`` with the series' own first date, times and room (its date fields untouched)."""
    return replace(
        data, date=series.date, start=series.start, end=series.end, room_id=series.room_id
    )


def _shifted(series: ActivityInput, before: ActivityInput, data: ActivityInput) -> ActivityInput:
    """Every date moved as the shown one was: the first date shifts by the same days."""
    try:
        shift = parse_date(data.date, field="date") - parse_date(before.date, field="date")
        first = parse_date(series.date, field="date") + shift
    except ValidationError:
        return data  # the service reports the wrong date beside the field
    return replace(data, date=input_date(first) if shift != timedelta(0) else series.date)


def plan(
    db: Database,
    shown: Shown | None,
    before: ActivityInput,
    data: ActivityInput,
    dates: Dates | None,
    today: date,
) -> Save:
    """The service call for saving ``data`` (the form was filled with ``before``); dates
    before ``today`` are not checked for double bookings."""
    if shown is None:
        return lambda allow: activities.create_activity(
            db, data, allow_conflicts=allow, today=today
        )
    activity_id = shown.detail.activity_id
    series = shown.detail.data
    occurrence = shown.occurrence
    if occurrence is None or not shown.detail.is_recurring:
        return lambda allow: activities.update_activity(
            db, activity_id, data, allow_conflicts=allow, today=today
        )
    if not when_changed(before, data):
        whole = _series_when(series, data)
        return lambda allow: activities.update_activity(
            db, activity_id, whole, allow_conflicts=allow, today=today
        )
    if dates is Dates.ALL:
        moved = _shifted(series, before, data)
        return lambda allow: activities.update_activity(
            db, activity_id, moved, allow_conflicts=allow, today=today
        )
    scope = Scope.FOLLOWING if dates is Dates.FOLLOWING else Scope.THIS
    change = OccurrenceChange(data.date, data.start, data.end, data.room_id, occurrence.note)
    rest = _series_when(series, data)
    others_changed = _series_when(series, before) != rest

    def save(allow: bool) -> SavedActivity:
        first = None
        if others_changed:  # title, capacity, …: for the whole series, before a split
            first = activities.update_activity(
                db, activity_id, rest, allow_conflicts=True, today=today
            )
        moved = occurrences.update_occurrence(
            db, occurrence.occurrence_id, change, scope=scope, allow_conflicts=allow, today=today
        )
        if first is None:
            return moved
        return replace(moved, changes=first.changes | moved.changes)

    return save

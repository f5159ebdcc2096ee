"""The demo's checklists per stage, their answers, and the history of each need's status.

Built from the initiatives' stage history: the points of every stage an initiative has
left were ticked off before it moved on; in its current stage some are done. Needs were
opened when the initiative started and moved on (bezig, geregeld) since.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import cast

from buurtdesk.demo.initiatives import InitiativePlan
from buurtdesk.demo.references import References
from buurtdesk.domain.initiatives import NeedStatus

CHECKLISTS = {
    "Idee": ("Kennismakingsgesprek gevoerd", "Initiatiefnemers in het netwerk gezet"),
    "Verkenning": (
        "Drie initiatiefnemers uit verschillende huishoudens",
        "Buren gepeild in de straat",
    ),
    "Plan": (
        "Begroting gemaakt",
        "Aanvraag minstens vier weken vooraf ingediend",
        "Vergunning nagevraagd bij de gemeente",
    ),
    "Uitvoering": ("Vrijwilligers ingeroosterd", "Bonnetjes en foto's ingeleverd"),
    "Geborgd": ("Evaluatie gehouden met de initiatiefnemers",),
}


@dataclass
class ChecklistPlan:
    items: list[dict[str, object]] = field(default_factory=list)
    answers: list[dict[str, object]] = field(default_factory=list)
    need_changes: list[dict[str, object]] = field(default_factory=list)


def build_checklists(
    rng: random.Random, today: date, plan: InitiativePlan, refs: References
) -> ChecklistPlan:
    result = ChecklistPlan()
    items: dict[int, list[int]] = defaultdict(list)  # stage id -> item ids
    for name, texts in CHECKLISTS.items():
        for position, text in enumerate(texts):
            item_id = len(result.items) + 1
            result.items.append(
                {"id": item_id, "stage_id": refs.stages[name], "text": text, "position": position}
            )
            items[refs.stages[name]].append(item_id)
    history: dict[int, list[dict[str, object]]] = defaultdict(list)
    for change in plan.changes:
        history[int(str(change["initiative_id"]))].append(change)
    for initiative_id, changes in history.items():
        _answers(rng, result, items, initiative_id, changes)
    end = datetime.combine(today, time(12))
    for need in plan.needs:
        _need_history(rng, result, need, plan.created[int(str(need["initiative_id"]))], end)
    return result


def _answers(
    rng: random.Random,
    result: ChecklistPlan,
    items: dict[int, list[int]],
    initiative_id: int,
    changes: list[dict[str, object]],
) -> None:
    for index, change in enumerate(changes):
        stage_id = int(str(change["to_stage_id"]))
        left = changes[index + 1]["changed_at"] if index + 1 < len(changes) else None
        entered = cast(datetime, change["changed_at"])
        for item_id in items.get(stage_id, []):
            if left is None and rng.random() < 0.5:
                continue  # still open in the current stage
            at = left - timedelta(days=1) if isinstance(left, datetime) else entered
            result.answers.append(
                {
                    "id": len(result.answers) + 1,
                    "initiative_id": initiative_id,
                    "item_id": item_id,
                    "done": True,
                    "recorded_at": max(entered, at),
                    "note": "",
                }
            )


def _need_history(
    rng: random.Random,
    result: ChecklistPlan,
    need: dict[str, object],
    created: datetime,
    end: datetime,
) -> None:
    status = str(need["status"])
    steps: list[str | None] = [None, NeedStatus.OPEN.value]
    if status in (NeedStatus.IN_PROGRESS.value, NeedStatus.MET.value):
        steps.append(NeedStatus.IN_PROGRESS.value)
    if status == NeedStatus.MET.value:
        steps.append(NeedStatus.MET.value)
    span = max(1, (end - created).days)
    moments = sorted(created + timedelta(days=rng.randint(1, span)) for _ in steps[2:])
    for previous, current, at in zip(steps[:-1], steps[1:], [created, *moments], strict=True):
        result.need_changes.append(
            {
                "id": len(result.need_changes) + 1,
                "need_id": need["id"],
                "from_status": previous,
                "to_status": current,
                "changed_at": at,
            }
        )

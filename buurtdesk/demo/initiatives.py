"""Residents' initiatives in every stage, each with a history that ends where it stands.

The history is built backwards from today: the time in the current stage first, then the
time each earlier stage took, so ``stage_since`` is always the last ``StageChange``.
A quarter of the open initiatives have stalled: long in their stage, next step overdue.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from buurtdesk.demo.data.initiatives import INITIATIVES, InitiativeSpec
from buurtdesk.demo.geography import Town
from buurtdesk.demo.organisations import OrganisationPlan
from buurtdesk.demo.people import People
from buurtdesk.demo.references import References
from buurtdesk.domain.initiatives import DEFAULT_STAGES, NeedStatus

OPEN_STAGES = DEFAULT_STAGES[:4]  # Idee .. Uitvoering
SPREAD = {"Idee": 5, "Verkenning": 5, "Plan": 4, "Uitvoering": 5, "Geborgd": 4, "Gestopt": 2}
FUNDS = (
    "Wijkbudget gemeente Lindenhoven",
    "Leefbaarheidsfonds Woonstichting De Linde",
    "Buurtfonds Lindenhoven",
    "Oranje Fonds",
)
NEXT_STEPS = {
    "Idee": "Kennismakingsgesprek met de initiatiefnemers",
    "Verkenning": "Draagvlak peilen bij de buren",
    "Plan": "Begroting afmaken en aanvraag indienen",
    "Uitvoering": "Evaluatie plannen met de vrijwilligers",
}
MOVE_NOTES = {
    "Idee": "Idee binnengekomen bij het spreekuur.",
    "Verkenning": "Eerste gesprek gehad; de initiatiefnemers gaan rondvragen in de straat.",
    "Plan": "Genoeg buren doen mee; plan en begroting worden gemaakt.",
    "Uitvoering": "Geld toegekend, de eerste activiteit staat gepland.",
    "Geborgd": "Loopt zelfstandig met een vaste groep vrijwilligers.",
    "Gestopt": "Gestopt in overleg met de initiatiefnemers.",
}
STOP_REASONS = (
    "De gemeente wees het verzoek af; de initiatiefnemers richten zich nu op iets anders.",
    "Geen vrijwilligers gevonden om het vol te houden.",
)


@dataclass
class InitiativePlan:
    rows: list[dict[str, object]] = field(default_factory=list)
    themes: list[dict[str, object]] = field(default_factory=list)
    persons: list[dict[str, object]] = field(default_factory=list)
    organisations: list[dict[str, object]] = field(default_factory=list)
    needs: list[dict[str, object]] = field(default_factory=list)
    changes: list[dict[str, object]] = field(default_factory=list)
    created: dict[int, datetime] = field(default_factory=dict)
    by_activity: dict[str, int] = field(default_factory=dict)  # activity title -> initiative


def _stages(rng: random.Random) -> list[str]:
    fixed = [spec.stage for spec in INITIATIVES if spec.stage]
    free = [s for s, n in SPREAD.items() for _ in range(n - fixed.count(s))]
    rng.shuffle(free)
    return [spec.stage or free.pop() for spec in INITIATIVES]


def _office_hours(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, time(rng.randint(9, 16), rng.choice((0, 15, 30, 45))))


def build_initiatives(
    rng: random.Random,
    today: date,
    town: Town,
    people: People,
    orgs: OrganisationPlan,
    refs: References,
) -> InitiativePlan:
    plan = InitiativePlan()
    for initiative_id, (spec, stage) in enumerate(zip(INITIATIVES, _stages(rng), strict=True), 1):
        _one(rng, today, town, people, orgs, refs, plan, initiative_id, spec, stage)
    return plan


def _path(rng: random.Random, stage: str) -> list[str]:
    if stage == "Gestopt":
        return [*DEFAULT_STAGES[: rng.randint(1, 3)], "Gestopt"]
    return list(DEFAULT_STAGES[: DEFAULT_STAGES.index(stage) + 1])


def _one(
    rng: random.Random,
    today: date,
    town: Town,
    people: People,
    orgs: OrganisationPlan,
    refs: References,
    plan: InitiativePlan,
    initiative_id: int,
    spec: InitiativeSpec,
    stage: str,
) -> None:
    buurt = rng.choice(town.buurten)
    street = rng.choice([s for s in town.streets if s.buurt_id == buurt.id])
    wijk = next(w for w in town.wijken if w.id == buurt.wijk_id)
    title = spec.title.format(town=town.name, buurt=buurt.name, wijk=wijk.name, street=street.name)
    closed = stage in ("Geborgd", "Gestopt")
    stalled = not closed and rng.random() < 0.25

    path = _path(rng, stage)
    in_stage = rng.randint(45, 120) if stalled else rng.randint(2, 40)
    if closed:
        in_stage = rng.randint(30, 300)
    moments = [today - timedelta(days=in_stage)]
    for _ in path[:-1]:
        moments.append(moments[-1] - timedelta(days=rng.randint(14, 80)))
    moments.reverse()
    changed = [_office_hours(rng, day) for day in moments]
    previous = None
    for name, at in zip(path, changed, strict=True):
        note = MOVE_NOTES[name] if name != "Gestopt" else rng.choice(STOP_REASONS)
        plan.changes.append(
            {
                "id": len(plan.changes) + 1,
                "initiative_id": initiative_id,
                "from_stage_id": refs.stages[previous] if previous else None,
                "to_stage_id": refs.stages[name],
                "changed_at": at,
                "note": note,
                "changed_by_id": refs.coordinator,
            }
        )
        previous = name
    plan.created[initiative_id] = changed[0]

    reached = max(DEFAULT_STAGES.index(s) for s in path if s != "Gestopt")
    asked = rng.randrange(250, 7500, 50) * 100 if reached >= 2 else 0
    granted = asked * rng.choice((6, 8, 10, 10)) // 10 if reached >= 3 else 0
    spent = granted * rng.randint(20, 80) // 100 if stage == "Uitvoering" else 0
    if stage == "Geborgd":
        spent = granted * rng.randint(90, 100) // 100
    due = today + timedelta(days=rng.randint(-60, -5) if stalled else rng.randint(-6, 30))
    plan.rows.append(
        {
            "id": initiative_id,
            "title": title,
            "description": spec.description,
            "buurt_id": buurt.id,
            "stage_id": refs.stages[stage],
            "stage_since": changed[-1],
            "next_step": "" if closed else NEXT_STEPS[stage],
            "next_step_due": None if closed else due,
            "budget_asked_cents": asked,
            "budget_granted_cents": granted,
            "fund": rng.choice(FUNDS) if asked else "",
            "spent_cents": spent,
            "receipts_received": stage == "Geborgd" and rng.random() < 0.8,
            "outcome": _outcome(stage),
            "lessons": _lessons(stage),
            "created_at": changed[0],
            "updated_at": changed[-1],
        }
    )
    if spec.activity:
        plan.by_activity[spec.activity] = initiative_id
    plan.themes += [
        {"initiative_id": initiative_id, "theme_id": refs.themes[t]} for t in spec.themes
    ]
    _people(rng, people, plan, initiative_id, buurt.id)
    partners = {orgs.by_name[p.format(town=town.name)] for p in spec.partners}
    local = orgs.bewonersvereniging.get(buurt.id)
    if local is not None and rng.random() < 0.4:
        partners.add(local)
    plan.organisations += [
        {"initiative_id": initiative_id, "organisation_id": o} for o in sorted(partners)
    ]
    for kind, description in spec.needs:
        plan.needs.append(
            {
                "id": len(plan.needs) + 1,
                "initiative_id": initiative_id,
                "kind": kind.value,
                "description": description,
                "status": _need_status(rng, stage),
                "created_at": changed[0],
                "updated_at": changed[-1],
            }
        )


def _people(
    rng: random.Random, people: People, plan: InitiativePlan, initiative_id: int, buurt_id: int
) -> None:
    local = [p for p in people.initiators if people.buurt_of.get(p) == buurt_id]
    pool = local or people.initiators or people.adults
    chosen = rng.sample(pool, min(len(pool), rng.choice((1, 1, 2, 3))))
    helpers = rng.sample(people.volunteers, min(len(people.volunteers), rng.randint(0, 2)))
    roles = dict.fromkeys(chosen, "initiatiefnemer")
    for helper in helpers:
        roles.setdefault(helper, rng.choice(("meedenker", "vrijwilliger")))
    plan.persons += [
        {"initiative_id": initiative_id, "person_id": p, "role": role}
        for p, role in sorted(roles.items())
    ]


def _need_status(rng: random.Random, stage: str) -> str:
    if stage in ("Idee", "Verkenning", "Gestopt"):
        return NeedStatus.OPEN.value
    if stage == "Plan":
        return rng.choice((NeedStatus.OPEN, NeedStatus.IN_PROGRESS)).value
    if stage == "Uitvoering":
        return rng.choice((NeedStatus.IN_PROGRESS, NeedStatus.MET, NeedStatus.MET)).value
    return NeedStatus.MET.value


def _outcome(stage: str) -> str:
    if stage == "Geborgd":
        return "Vaste plek in de buurt; elke keer komen er nieuwe mensen op af."
    if stage == "Gestopt":
        return "Niet doorgegaan."
    return ""


def _lessons(stage: str) -> str:
    if stage == "Geborgd":
        return "Begin klein, zoek vroeg een tweede trekker en vier elk succes."
    if stage == "Gestopt":
        return "Eerder toetsen of de gemeente of vrijwilligers mee kunnen."
    return ""

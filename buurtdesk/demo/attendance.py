"""Who signs up, who comes and who volunteers, date by date.

Activities with sign-up fill up (the popular ones get a waiting list), a few people
cancel, and most who signed up for a past date were checked in. Open activities have
regulars who come most weeks and the odd newcomer. Each activity has a small team of
volunteers, matched on skills where possible, who take the shifts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from buurtdesk.demo.agenda import Agenda, Slot
from buurtdesk.demo.data.activities import ActivitySpec
from buurtdesk.demo.data.names import DUTCH, MOROCCAN, TURKISH
from buurtdesk.demo.people import People
from buurtdesk.domain.agenda import ActivityStatus, SignUpStatus

SIGNUPS_AHEAD = timedelta(days=28)
REGULAR_CHANCE = 0.55  # who comes at least this often to a weekly activity is a regular
TASK_SKILLS = {
    "kok": "koken",
    "computerhulp": "computerles",
    "taalmaatje": "taalmaatje",
    "reparateur": "apparaten repareren",
    "begeleider": "huiswerkbegeleiding",
    "tuinier": "tuinieren",
    "klusser": "klussen",
}


@dataclass
class Participation:
    signups: list[dict[str, object]] = field(default_factory=list)
    attendance: list[dict[str, object]] = field(default_factory=list)
    shifts: list[dict[str, object]] = field(default_factory=list)
    regulars: list[dict[str, object]] = field(default_factory=list)


class ParticipationBuilder:
    def __init__(
        self, rng: random.Random, today: date, people: People, agenda: Agenda, coordinator: int
    ) -> None:
        self.rng = rng
        self.today = today
        self.people = people
        self.agenda = agenda
        self.coordinator = coordinator
        self.out = Participation()
        self._regulars: dict[int, list[tuple[int, float]]] = {}
        self._weekly: set[int] = set()
        self._pools: dict[int, list[int]] = {}
        self._teams: dict[int, list[int]] = {}

    def build(self) -> Participation:
        for slot in self.agenda.slots:
            if slot.status == ActivityStatus.CANCELLED.value:
                continue
            if slot.spec.signup and slot.starts_at.date() - self.today < SIGNUPS_AHEAD:
                self._signups(slot)
            elif not slot.spec.signup and slot.status == ActivityStatus.HELD.value:
                self._walk_ins(slot)
            self._shifts(slot)
        self._regular_rows()
        return self.out

    def _regular_rows(self) -> None:
        """The people who come most weeks to a weekly open activity are its regulars
        (vaste deelnemers), so the door list has them ready; some have not been seen lately."""
        added = datetime.combine(self.today - timedelta(days=120), time(9, 0))
        for activity_id in sorted(self._weekly & set(self._regulars)):
            for person, chance in sorted(self._regulars[activity_id]):
                if chance >= REGULAR_CHANCE:
                    self.out.regulars.append(
                        {"activity_id": activity_id, "person_id": person, "added_at": added}
                    )

    # -- who comes --------------------------------------------------------------------------

    def _audience(self, spec: ActivitySpec) -> list[int]:
        people = self.people
        chosen = {
            "elderly": people.elderly,
            "children": people.children,
            "newcomers": people.newcomers,
        }.get(spec.audience, people.adults)
        return chosen or people.adults

    def _pool(self, slot: Slot) -> list[int]:
        pool = self._pools.get(slot.activity_id)
        if pool is None:
            audience = self._audience(slot.spec)
            size = min(len(audience), 3 * (slot.spec.capacity or 20))
            pool = self._pools[slot.activity_id] = self.rng.sample(audience, size)
        return pool

    def _signups(self, slot: Slot) -> None:
        rng = self.rng
        spec = slot.spec
        capacity = spec.capacity or 20
        past = slot.status == ActivityStatus.HELD.value
        ahead = (slot.starts_at.date() - self.today).days
        fill = rng.uniform(0.55, 1.2) if past else rng.uniform(0.3, 1.1) * max(0.2, 1 - ahead / 28)
        pool = self._pool(slot)
        wanted = min(len(pool), round(capacity * fill))
        seats = 0
        positions = dict.fromkeys(SignUpStatus, 0)
        for person in rng.sample(pool, wanted):
            walk_in = rng.random() < 0.06
            party = 2 if spec.cost_cents and rng.random() < 0.2 else 1
            if rng.random() < 0.04:
                status = SignUpStatus.CANCELLED
            elif seats + party <= capacity:
                status = SignUpStatus.CONFIRMED
                seats += party
            else:
                status = SignUpStatus.WAITING
            positions[status] += 1
            came = past and status is SignUpStatus.CONFIRMED and rng.random() < 0.85
            checked_in = _checked_in(rng, slot.starts_at) if came else None
            signup_id = len(self.out.signups) + 1
            created = min(
                slot.starts_at - timedelta(days=rng.randint(1, 21), hours=rng.randint(0, 8)),
                datetime.combine(self.today, time(9, 0)) - timedelta(hours=rng.randint(1, 72)),
            )
            self.out.signups.append(
                {
                    "id": signup_id,
                    "occurrence_id": slot.occurrence_id,
                    "person_id": None if walk_in else person,
                    "walk_in_name": self._walk_in_name() if walk_in else "",
                    "walk_in_phone": f"+316{rng.randrange(10_000_000, 60_000_000)}"
                    if walk_in
                    else "",
                    "walk_in_email": "",
                    "party_size": party,
                    "status": status.value,
                    "position": positions[status],
                    "consent_contact": rng.random() < 0.6,
                    "consent_photos": rng.random() < 0.4,
                    "entered_by_id": self.coordinator,
                    "checked_in_at": checked_in,
                    "created_at": created,
                    "updated_at": checked_in or created,
                }
            )
            if checked_in is not None:
                self._attend(slot, None if walk_in else person, checked_in, signup_id)

    def _walk_ins(self, slot: Slot) -> None:
        rng = self.rng
        regulars = self._regulars.get(slot.activity_id)
        if regulars is None:
            audience = self._audience(slot.spec)
            chosen = rng.sample(audience, min(len(audience), slot.spec.regulars))
            regulars = self._regulars[slot.activity_id] = [
                (p, rng.uniform(0.3, 0.9)) for p in chosen
            ]
            if slot.spec.rrule.startswith("FREQ=WEEKLY"):
                self._weekly.add(slot.activity_id)
        present = {p for p, chance in regulars if rng.random() < chance}
        for _ in range(rng.choice((0, 0, 1, 2, 3))):
            present.add(rng.choice(self.people.adults))
        for person in sorted(present):
            self._attend(slot, person, _checked_in(rng, slot.starts_at), None)

    def _attend(self, slot: Slot, person: int | None, at: datetime, signup: int | None) -> None:
        self.out.attendance.append(
            {
                "id": len(self.out.attendance) + 1,
                "occurrence_id": slot.occurrence_id,
                "person_id": person,
                "signup_id": signup,
                "checked_in_at": at,
            }
        )

    def _walk_in_name(self) -> str:
        group = self.rng.choice((DUTCH, DUTCH, DUTCH, TURKISH, MOROCCAN))
        female = self.rng.random() < 0.5
        first = self.rng.choice((group.female if female else group.male)[-1][1])
        tussenvoegsel, achternaam = self.rng.choice(group.surnames)
        return " ".join(part for part in (first, tussenvoegsel, achternaam) if part)

    # -- volunteers ---------------------------------------------------------------------------

    def _team(self, slot: Slot) -> list[int]:
        team = self._teams.get(slot.activity_id)
        if team is None:
            team = self._teams[slot.activity_id] = self._pick_team(slot.spec)
        return team

    def _pick_team(self, spec: ActivitySpec) -> list[int]:
        rng = self.rng
        volunteers = self.people.volunteers
        if not volunteers:
            return []
        candidates = rng.sample(volunteers, min(len(volunteers), 400))
        size = min(len(candidates), len(spec.tasks) + 2)
        skills = {TASK_SKILLS[t] for t in spec.tasks if t in TASK_SKILLS}
        skilled = [v for v in candidates if skills & set(self.people.skills_of[v])]
        others = [v for v in candidates if v not in skilled]
        return (skilled + others)[:size]

    def _shifts(self, slot: Slot) -> None:
        tasks = slot.spec.tasks
        team = self._team(slot) if tasks else []
        if not team:
            return
        hours = Decimal(round((slot.spec.minutes + 30) / 15) * 25) / 100
        for person, task in zip(
            self.rng.sample(team, min(len(team), len(tasks))), tasks, strict=False
        ):
            self.out.shifts.append(
                {
                    "id": len(self.out.shifts) + 1,
                    "occurrence_id": slot.occurrence_id,
                    "person_id": person,
                    "task": task,
                    "hours": hours,
                }
            )


def _checked_in(rng: random.Random, start: datetime) -> datetime:
    return start + timedelta(minutes=rng.randint(-10, 15))

"""The coordinator's past year: contact moments with follow-ups, and network meetings.

Follow-ups are due around today: most of the past ones are done, some are overdue,
the future ones are still open, so the follow-up list has something on every line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from buurtdesk.demo.data.words import (
    CONTACT_SUMMARIES,
    CONTACT_TOPICS,
    FOLLOW_UPS,
    MEETING_NOTES,
    ORGANISATION_SUMMARIES,
)
from buurtdesk.demo.geography import Town
from buurtdesk.demo.initiatives import InitiativePlan
from buurtdesk.demo.organisations import OrganisationPlan
from buurtdesk.demo.people import People
from buurtdesk.demo.recurrence import nth_weekday
from buurtdesk.domain.network import ContactChannel

MAX_CONTACT_MOMENTS = 2500  # about ten a working day: what one coordinator records
_CHANNELS = tuple(ContactChannel)
_CHANNEL_WEIGHTS = (30, 25, 15, 10, 10, 8, 2)
MEETING_PLACES = ("Buurthuis De Linde", "Wijkcentrum Het Anker")
THEMED_MEETINGS = (
    "Netwerkbijeenkomst eenzaamheid",
    "Overleg veiligheid {buurt}",
    "Wijkschouw {buurt}",
    "Netwerkbijeenkomst jeugd en opvoeden",
)


@dataclass
class Contacts:
    moments: list[dict[str, object]] = field(default_factory=list)
    moment_people: list[dict[str, object]] = field(default_factory=list)
    moment_organisations: list[dict[str, object]] = field(default_factory=list)
    meetings: list[dict[str, object]] = field(default_factory=list)
    attendance: list[dict[str, object]] = field(default_factory=list)


def contact_count(people: int) -> int:
    return min(MAX_CONTACT_MOMENTS, 60 + people // 8)


def build_contacts(
    rng: random.Random,
    today: date,
    town: Town,
    people: People,
    orgs: OrganisationPlan,
    initiatives: InitiativePlan,
    locations: dict[str, int],
    coordinator: int,
) -> Contacts:
    out = Contacts()
    total = contact_count(len(people.rows))
    days = sorted(
        _working_day(rng, today - timedelta(days=rng.randint(0, 364))) for _ in range(total)
    )
    for moment_id, day in enumerate(days, start=1):
        _moment(rng, today, people, orgs, initiatives, coordinator, out, moment_id, day)
    _meetings(rng, today, town, people, locations, out)
    return out


def _working_day(rng: random.Random, day: date) -> date:
    if day.weekday() >= 5 and rng.random() < 0.85:
        return day - timedelta(days=day.weekday() - 4)
    return day


def _participants(rng: random.Random, people: People) -> list[int]:
    pools = [people.volunteers, people.initiators, people.elderly, people.adults]
    weights = [30, 15, 15, 40]
    count = rng.choices((1, 2, 3), weights=(70, 22, 8))[0]
    chosen: list[int] = []
    for _ in range(count):
        pool = rng.choices(pools, weights=weights)[0] or people.adults
        person = rng.choice(pool)
        if person not in chosen:
            chosen.append(person)
    return chosen


def _moment(
    rng: random.Random,
    today: date,
    people: People,
    orgs: OrganisationPlan,
    initiatives: InitiativePlan,
    coordinator: int,
    out: Contacts,
    moment_id: int,
    day: date,
) -> None:
    persons = _participants(rng, people)
    organisations: list[int] = []
    topic = rng.choice(CONTACT_TOPICS)
    if rng.random() < 0.38 and people.professionals:
        professional, org, _job = rng.choice(people.professionals)
        organisations.append(org)
        if rng.random() < 0.5 and professional not in persons:
            persons.append(professional)
        if rng.random() < 0.12:
            other = rng.randint(1, len(orgs.rows))
            if other != org:
                organisations.append(other)
        org_name = str(orgs.rows[org - 1]["name"])
        summary = rng.choice(ORGANISATION_SUMMARIES).format(org=org_name, topic=topic)
    else:
        first = str(people.rows[persons[0] - 1][1])
        summary = rng.choice(CONTACT_SUMMARIES).format(first=first, topic=topic)
    at = datetime.combine(day, time(rng.randint(9, 17), rng.choice((0, 10, 20, 30, 40, 50))))
    follow_up, due, done, done_at = "", None, False, None
    if rng.random() < 0.45:
        follow_up = rng.choice(FOLLOW_UPS)
        due = day + timedelta(days=rng.randint(2, 30))
        done = rng.random() < (0.78 if due < today else 0.08)
        if done:
            finished = min(due + timedelta(days=rng.randint(-3, 5)), today)
            done_at = max(at, datetime.combine(finished, time(rng.randint(9, 16), 0)))
    initiative = None
    started = [i for i, created in initiatives.created.items() if created < at]
    if started and rng.random() < 0.12:
        initiative = rng.choice(started)
    out.moments.append(
        {
            "id": moment_id,
            "occurred_on": day,
            "channel": rng.choices(_CHANNELS, weights=_CHANNEL_WEIGHTS)[0].value,
            "summary": summary,
            "follow_up": follow_up,
            "follow_up_due": due,
            "follow_up_done": done,
            "follow_up_done_at": done_at,
            "initiative_id": initiative,
            "recorded_by_id": coordinator,
            "created_at": at,
            "updated_at": done_at or at,
        }
    )
    out.moment_people += [{"contact_moment_id": moment_id, "person_id": p} for p in persons]
    out.moment_organisations += [
        {"contact_moment_id": moment_id, "organisation_id": o} for o in organisations
    ]


def _meetings(
    rng: random.Random,
    today: date,
    town: Town,
    people: People,
    locations: dict[str, int],
    out: Contacts,
) -> None:
    planned: list[tuple[date, str]] = []
    for months_back in range(-2, 12):
        month = today.month - months_back
        year = today.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        wijk = town.wijken[(year * 12 + month) % len(town.wijken)]
        day = nth_weekday(year, month, 3, 2)  # second Thursday
        assert day is not None
        planned.append((day, f"Netwerkbijeenkomst {wijk.name}"))
    for title in THEMED_MEETINGS:
        buurt = rng.choice(town.buurten)
        planned.append(
            (today - timedelta(days=rng.randint(10, 300)), title.format(buurt=buurt.name))
        )
    professionals = {p: org for p, org, _ in people.professionals}
    for meeting_id, (day, title) in enumerate(sorted(planned), start=1):
        past = day < today
        out.meetings.append(
            {
                "id": meeting_id,
                "title": title,
                "held_on": day,
                "location_id": locations[rng.choice(MEETING_PLACES)],
                "notes": rng.choice(MEETING_NOTES) if past else "",
                "created_at": datetime.combine(day - timedelta(days=21), time(10, 0)),
                "updated_at": datetime.combine(min(day, today), time(22, 0)),
            }
        )
        if not past:
            continue
        present: set[int] = set()
        size = rng.randint(12, 35)
        pools = [list(professionals), people.volunteers, people.initiators, people.adults]
        while len(present) < size:
            pool = rng.choices(pools, weights=(40, 30, 15, 15))[0] or people.adults
            present.add(rng.choice(pool))
        out.attendance += [
            {"meeting_id": meeting_id, "person_id": p, "organisation_id": professionals.get(p)}
            for p in sorted(present)
        ]

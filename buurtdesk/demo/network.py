"""Ties around people: memberships, relationships and consents (none depend on today)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from buurtdesk.demo.data.organisations import VOLUNTEER_FUNCTIONS
from buurtdesk.demo.data.words import RELATIONSHIP_KINDS
from buurtdesk.demo.organisations import VOLUNTEER_KINDS, OrganisationPlan
from buurtdesk.demo.people import People
from buurtdesk.domain.network import OrganisationKind as Kind
from buurtdesk.domain.privacy import ConsentPurpose

MEMBERSHIP_EPOCH = date(2026, 1, 1)
LAST_CHANGE = datetime(2026, 6, 30, 17, 0)  # consents changed no later than this
_MUTUAL = {name for name, _, mutual in RELATIONSHIP_KINDS if mutual}
_CONSENT_SOURCES = (
    "inschrijfformulier",
    "aanmelding bij een activiteit",
    "mondeling, bevestigd per e-mail",
    "adreslijst bewonersvereniging",
)


def memberships(
    rng: random.Random, people: People, orgs: OrganisationPlan
) -> Iterator[dict[str, object]]:
    """Professionals' jobs, volunteers' places and some residents' clubs."""
    seen: set[tuple[int, int, str]] = set()
    volunteer_orgs = orgs.ids(*VOLUNTEER_KINDS)
    clubs = orgs.ids(Kind.SPORT) or volunteer_orgs
    rows = list(people.memberships)
    for person in people.volunteers:
        if rng.random() < 0.6:
            buurt = people.buurt_of.get(person)
            local = orgs.bewonersvereniging.get(buurt) if buurt is not None else None
            org = local if local is not None and rng.random() < 0.3 else rng.choice(volunteer_orgs)
            rows.append((person, org, rng.choice(VOLUNTEER_FUNCTIONS)))
    for person in people.adults:
        if rng.random() < 0.03:
            rows.append((person, rng.choice(clubs), "lid"))
    next_id = 1
    for person, org, function in rows:
        if (person, org, function) in seen:
            continue
        seen.add((person, org, function))
        since = MEMBERSHIP_EPOCH - timedelta(days=rng.randint(20, 3650))
        until = None
        if function == "lid" and rng.random() < 0.1:
            until = since + timedelta(days=rng.randint(100, 700))
        yield {
            "id": next_id,
            "person_id": person,
            "organisation_id": org,
            "function": function,
            "since": since,
            "until": until if until is None or until < MEMBERSHIP_EPOCH else None,
        }
        next_id += 1


def mentoring(rng: random.Random, people: People) -> None:
    """Taalmaatjes for newcomers and mentors for some initiators, added to the ties."""
    language_buddies = [v for v in people.volunteers if "taalmaatje" in people.skills_of[v]]
    if language_buddies and people.newcomers:
        for buddy in language_buddies:
            for _ in range(rng.choice((0, 1, 1, 2))):
                people.relationships.append((buddy, rng.choice(people.newcomers), "taalmaatje van"))
    mentors = people.volunteers + [p for p, _, _ in people.professionals]
    for initiator in people.initiators:
        if mentors and rng.random() < 0.2:
            people.relationships.append((rng.choice(mentors), initiator, "mentor van"))


def relationships(people: People, kinds: dict[str, int]) -> Iterator[dict[str, object]]:
    """Each tie once: mutual ones with the lower id first; never a person with themself."""
    seen: set[tuple[int, int, str]] = set()
    next_id = 1
    for a, b, kind in people.relationships:
        if a == b:
            continue
        if kind in _MUTUAL and a > b:
            a, b = b, a
        if (a, b, kind) in seen:
            continue
        seen.add((a, b, kind))
        created = people.rows[max(a, b) - 1][21]
        yield {
            "id": next_id,
            "from_person_id": a,
            "to_person_id": b,
            "kind_id": kinds[kind],
            "note": "",
            "created_at": created,
            "updated_at": created,
        }
        next_id += 1


def consents(rng: random.Random, people: People, coordinator: int) -> Iterator[dict[str, object]]:
    """Consent as recorded when people were entered; a few withdrew later."""
    next_id = 1
    for row in people.rows:
        person, telefoon, email, entered = row[0], row[11], row[12], row[21]
        assert isinstance(entered, datetime)
        volunteer, initiator, professional = row[16], row[17], row[18]
        active = volunteer or initiator or professional
        given: list[tuple[str, bool]] = []
        if (telefoon or email) and rng.random() < 0.7:
            given.append((ConsentPurpose.CONTACT.value, True))
        if volunteer and rng.random() < 0.7:
            given.append((ConsentPurpose.PHOTOS.value, rng.random() < 0.85))
        elif rng.random() < 0.12:
            given.append((ConsentPurpose.PHOTOS.value, True))
        if email and rng.random() < 0.35:
            given.append((ConsentPurpose.NEWSLETTER.value, True))
        if active and rng.random() < 0.8:
            given.append((ConsentPurpose.NETWORK.value, True))
        if not given:
            continue
        source = rng.choice(_CONSENT_SOURCES)
        for purpose, yes in given:
            yield {
                "id": next_id,
                "person_id": person,
                "purpose": purpose,
                "given": yes,
                "recorded_at": entered,
                "recorded_by_id": coordinator,
                "source": source,
            }
            next_id += 1
            withdrawn = entered + timedelta(days=rng.randint(10, 400))
            if yes and rng.random() < 0.03 and withdrawn < LAST_CHANGE:
                yield {
                    "id": next_id,
                    "person_id": person,
                    "purpose": purpose,
                    "given": False,
                    "recorded_at": withdrawn,
                    "recorded_by_id": coordinator,
                    "source": "ingetrokken per e-mail",
                }
                next_id += 1

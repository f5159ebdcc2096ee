"""The organisations of the demo town, with addresses, and the jobs professionals hold there."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime

from buurtdesk.demo.data.names import DUTCH, GROUPS
from buurtdesk.demo.data.organisations import (
    EXTRA_TRADES,
    FUNCTIONS,
    ORGANISATIONS,
    OrganisationSpec,
)
from buurtdesk.demo.data.places import AREA_CODE, WIJKEN
from buurtdesk.demo.geography import Town
from buurtdesk.domain.network import OrganisationKind as Kind
from buurtdesk.domain.organisation_fields import organisation_sort_key
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import fold

CORE_COUNT = len(ORGANISATIONS)
MAX_EXTRA = 176  # a town of a million people: about 240 organisations in the network
CREATED = datetime(2019, 9, 2, 10, 0)

# The jobs a coordinator meets first, filled before any other professional.
KEY_JOBS = (
    ("Politie Basisteam {town}", "wijkagent"),
    ("Woonstichting De Linde", "huismeester"),
    ("Stichting Welzijn Oost", "opbouwwerker"),
    ("Gemeente {town}", "wijkmanager"),
    ("Thuiszorg {town}", "wijkverpleegkundige"),
    ("Sociaal Wijkteam Oost", "wijkcoach"),
    ("Woonstichting De Linde", "wijkconsulent"),
    ("Stichting Welzijn Oost", "jongerenwerker"),
    ("OBS De Regenboog", "directeur"),
    ("Moskee Al Fath", "voorzitter"),
    ("Huisartsenpraktijk De Linde", "praktijkondersteuner"),
    ("Sociaal Wijkteam Noord", "wijkcoach"),
)
VOLUNTEER_KINDS = (Kind.WELZIJN, Kind.BEWONERSVERENIGING, Kind.RELIGIOUS, Kind.SPORT, Kind.OTHER)


@dataclass
class OrganisationPlan:
    rows: list[dict[str, object]] = field(default_factory=list)
    by_name: dict[str, int] = field(default_factory=dict)
    kinds: dict[int, Kind] = field(default_factory=dict)
    functions: dict[int, tuple[str, ...]] = field(default_factory=dict)
    domains: dict[int, str] = field(default_factory=dict)
    phones: dict[int, str] = field(default_factory=dict)
    bewonersvereniging: dict[int, int] = field(default_factory=dict)  # buurt id -> org id
    key_jobs: list[tuple[int, str]] = field(default_factory=list)

    def ids(self, *kinds: Kind) -> list[int]:
        return [i for i, k in self.kinds.items() if k in kinds]

    def next_job(self, rng: random.Random, taken: int) -> tuple[int, str]:
        """The organisation and function of the ``taken``-th professional."""
        if taken < len(self.key_jobs):
            return self.key_jobs[taken]
        org_id = rng.randint(1, len(self.rows))
        return org_id, rng.choice(self.functions[org_id])


def extra_count(people: int) -> int:
    return max(0, min(MAX_EXTRA, (people - 2000) // 5600))


def build_organisations(rng: random.Random, town: Town, people: int) -> OrganisationPlan:
    plan = OrganisationPlan()
    buurt_ids = {b.name: b.id for b in town.buurten}
    specs = [_named(spec, town.name) for spec in ORGANISATIONS]
    specs += [
        OrganisationSpec(f"Bewonersvereniging {b.name}", Kind.BEWONERSVERENIGING, b.name)
        for b in town.buurten
    ]
    specs += _extras(rng, extra_count(people), {s.name for s in specs})
    used_phones: set[str] = set()
    for spec in specs:
        org_id = len(plan.rows) + 1
        buurt_id = buurt_ids[spec.buurt] if spec.buurt else None
        streets = [s for s in town.streets if buurt_id is None or s.buurt_id == buurt_id]
        street = rng.choice(streets)
        number = rng.randint(1, street.numbers)
        domain = spec.domain or _domain(spec.name)
        phone = _landline(rng, used_phones)
        plan.rows.append(
            {
                "id": org_id,
                "name": spec.name,
                "sort_key": organisation_sort_key(spec.name),
                "kind": spec.kind.value,
                "website": f"https://www.{domain}",
                "buurt_id": buurt_id,
                "notes": "",
                "straat": street.name,
                "huisnummer": str(number),
                "postcode": street.postcode(number),
                "woonplaats": town.name,
                "telefoon": phone,
                "email": f"info@{domain}",
                "created_at": CREATED,
                "updated_at": CREATED,
            }
        )
        plan.by_name[spec.name] = org_id
        plan.kinds[org_id] = spec.kind
        plan.functions[org_id] = spec.functions or FUNCTIONS[spec.kind]
        plan.domains[org_id] = domain
        plan.phones[org_id] = phone
        if spec.name.startswith("Bewonersvereniging") and buurt_id is not None:
            plan.bewonersvereniging.setdefault(buurt_id, org_id)
    plan.key_jobs = [(plan.by_name[o.format(town=town.name)], f) for o, f in KEY_JOBS]
    return plan


def _named(spec: OrganisationSpec, town: str) -> OrganisationSpec:
    return OrganisationSpec(
        spec.name.format(town=town), spec.kind, spec.buurt, spec.functions, spec.domain
    )


def _extras(rng: random.Random, count: int, taken: set[str]) -> list[OrganisationSpec]:
    """Shops and practices named after local families: "Slagerij Bakker"."""
    buurten = [theme.buurt for _, themes in WIJKEN for theme in themes]
    surnames = [s for group in GROUPS for s in group.surnames[:12]] + list(DUTCH.surnames)
    result: list[OrganisationSpec] = []
    while len(result) < count:
        trade, kind = rng.choice(EXTRA_TRADES)
        tussenvoegsel, achternaam = rng.choice(surnames)
        name = f"{trade} {PersonName('', tussenvoegsel, achternaam).full_name}"
        if name not in taken:
            taken.add(name)
            result.append(OrganisationSpec(name, kind, rng.choice(buurten)))
    return result


def _domain(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(name)) + ".nl"


def _landline(rng: random.Random, used: set[str]) -> str:
    while True:
        number = f"+31{AREA_CODE}{rng.randrange(700_000, 710_000)}"
        if number not in used:
            used.add(number)
            return number

"""Residents in households, and the professionals who work in the buurt.

A household shares an address, often a surname and a landline; partners, parents and
neighbours are tied by relationships. Rows are plain tuples in ``PERSON_COLUMNS`` order,
ids 1..N in the order people were entered, so a million of them fit in memory without
ORM objects. ``sort_key`` is ``PersonName.sort_key`` and ``search_text`` is
``person_search_text``, both assembled from cached parts; ``check_sample`` compares them
with the service functions on a sample of every run and fails loudly if they drift apart.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import accumulate

from buurtdesk.db.person_order import RANK_GAP
from buurtdesk.demo.data.names import GROUPS, NameGroup, Surname, first_names
from buurtdesk.demo.data.places import AREA_CODE
from buurtdesk.demo.data.words import EMAIL_DOMAINS, INTERESTS, PERSON_NOTES, SKILLS
from buurtdesk.demo.geography import Street, Town
from buurtdesk.demo.organisations import OrganisationPlan
from buurtdesk.domain.person_fields import person_search_text
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import fold

PERSON_COLUMNS = (
    "id", "voornaam", "tussenvoegsel", "achternaam", "sort_key", "search_rank", "search_text",
    "straat", "huisnummer", "postcode", "woonplaats", "telefoon", "email", "street_id",
    "buurt_id", "is_resident", "is_volunteer", "is_initiator", "is_professional", "birth_year",
    "notes", "created_at", "updated_at",
)  # fmt: skip
SORT_KEY, SEARCH_RANK, SEARCH_TEXT, TELEFOON = 4, 5, 6, 11
REFERENCE_YEAR = 2026  # birth years are absolute: a person is the same whatever today is
FIRST_ENTERED = datetime(2020, 1, 6, 9, 0)
LAST_ENTERED = datetime(2026, 1, 5, 17, 0)
VOLUNTEER_SHARE = 0.095  # of people aged 16 and over: about 8% of everyone
INITIATOR_SHARE = 0.024  # of adults: about 2% of everyone
PROFESSIONAL_SHARE = 0.01
SKILL_TAG_IDS = {name: i for i, name in enumerate(SKILLS, start=1)}
INTEREST_TAG_IDS = {name: i for i, name in enumerate(INTERESTS, start=len(SKILLS) + 1)}
SAMPLE_SIZE = 250
_HOUSEHOLD_SIZES = (1, 2, 3, 4, 5, 6)
_HOUSEHOLD_CUM = tuple(accumulate((37, 33, 12, 12, 5, 1)))
_GROUP_CUM = tuple(accumulate(g.share for g in GROUPS))
_NEWCOMER_GROUPS = frozenset({"new", "pl"})
_LANDLINE_OF_ORGANISATIONS = range(700_000, 710_000)


@dataclass
class People:
    """Everything generated about people; row ``i`` has id ``i + 1``."""

    rows: list[tuple[object, ...]] = field(default_factory=list)
    ranks: list[int] = field(default_factory=list)  # search_rank per row
    adults: list[int] = field(default_factory=list)  # residents aged 16 and over
    elderly: list[int] = field(default_factory=list)  # residents aged 70 and over
    children: list[int] = field(default_factory=list)  # residents aged 6 to 12
    newcomers: list[int] = field(default_factory=list)  # adults who may want a taalmaatje
    volunteers: list[int] = field(default_factory=list)
    initiators: list[int] = field(default_factory=list)
    professionals: list[tuple[int, int, str]] = field(default_factory=list)  # id, org, job
    buurt_of: dict[int, int] = field(default_factory=dict)  # volunteers and initiators only
    skills_of: dict[int, tuple[str, ...]] = field(default_factory=dict)  # volunteers only
    tags: list[tuple[int, int]] = field(default_factory=list)  # person id, tag id
    memberships: list[tuple[int, int, str]] = field(default_factory=list)  # person, org, job
    relationships: list[tuple[int, int, str]] = field(default_factory=list)  # from, to, kind
    sample: dict[int, tuple[str, ...]] = field(default_factory=dict)  # id -> its tags


@dataclass(frozen=True)
class _Member:
    voornaam: str
    tussenvoegsel: str
    achternaam: str
    birth_year: int
    female: bool
    group: NameGroup


@dataclass(frozen=True)
class _Address:
    street: Street | None
    huisnummer: str
    postcode: str
    woonplaats: str
    folded: tuple[str, ...]  # the address parts of search_text, folded


_NO_ADDRESS = _Address(None, "", "", "", ())


def ranks_in_name_order(sort_keys: list[str]) -> list[int]:
    """``search_rank`` per row: ``RANK_GAP`` apart in (sort_key, id) order.

    Rows are in id order and ``sorted`` is stable, so equal keys keep id order.
    """
    ranks = [0] * len(sort_keys)
    for position, row in enumerate(sorted(range(len(sort_keys)), key=sort_keys.__getitem__)):
        ranks[row] = (position + 1) * RANK_GAP
    return ranks


class PeopleGenerator:
    def __init__(self, rng: random.Random, town: Town, orgs: OrganisationPlan, total: int):
        self.rng = rng
        self.town = town
        self.orgs = orgs
        self.total = total
        self.out = People()
        self._street_cum = tuple(accumulate(s.addresses for s in town.streets))
        self._surname_cum = {g.key: tuple(accumulate(_zipf(len(g.surnames)))) for g in GROUPS}
        self._sort_keys: dict[tuple[str, str, str], str] = {}
        self._folded: dict[str, str] = {}
        self._plain: dict[str, str] = {}
        self._tag_texts: dict[tuple[str, ...], str] = {}
        self._emails: dict[str, int] = {}
        self._phones: set[int] = set()
        self._last_head: dict[int, int] = {}  # street id -> head of the last household there
        self._recent: dict[int, list[int]] = {}  # buurt id -> some adults, for friendships
        self._sample_every = max(1, total // SAMPLE_SIZE)
        self._professionals_made = 0
        self._colleague: dict[int, int] = {}  # organisation id -> its last professional

    def run(self, progress: Callable[[int], None] | None = None) -> People:
        professionals = max(1, round(self.total * PROFESSIONAL_SHARE))
        span = (LAST_ENTERED - FIRST_ENTERED).total_seconds()
        step = max(1, self.total // 20)
        next_report = step
        rows = self.out.rows
        while len(rows) < self.total:
            remaining = self.total - len(rows)
            entered = FIRST_ENTERED + timedelta(seconds=int(span * len(rows) / self.total))
            if professionals and self.rng.random() < professionals / remaining:
                self._professional(entered)
                professionals -= 1
            else:
                self._household(entered, remaining - professionals)
            if progress is not None and len(rows) >= next_report:
                progress(len(rows))
                next_report += step
        self.out.ranks = ranks_in_name_order([str(r[SORT_KEY]) for r in rows])
        return self.out

    # -- households -----------------------------------------------------------------

    def _household(self, entered: datetime, room: int) -> None:
        rng = self.rng
        address = self._address()
        size = min(room, rng.choices(_HOUSEHOLD_SIZES, cum_weights=_HOUSEHOLD_CUM)[0])
        members, children_from = self._compose(size)
        oldest = min(m.birth_year for m in members)
        landline = self._landline() if rng.random() < (0.6 if oldest < 1960 else 0.2) else ""
        ids = [self._resident(m, address, landline, entered) for m in members]
        self._household_ties(members, ids, children_from, address)

    def _compose(self, size: int) -> tuple[list[_Member], int]:
        """The members, head first, and where the children start (0: a shared house)."""
        rng = self.rng
        group = self._group()
        if size == 1:
            year = REFERENCE_YEAR - int(rng.triangular(19, 96, 75))
        elif size == 2:
            year = REFERENCE_YEAR - rng.randint(20, 88)
        else:
            year = REFERENCE_YEAR - rng.randint(27, 56)
        head_female = rng.random() < 0.5
        surname = self._surname(group)
        members = [self._member(group, surname, year, head_female)]
        if size == 1:
            return members, 1
        kind = rng.random()
        if size <= 3 and kind < 0.08:  # students or friends sharing a house
            while len(members) < size:
                other = self._group()
                age = rng.randint(19, 30)
                surname = self._surname(other)
                members.append(
                    self._member(other, surname, REFERENCE_YEAR - age, rng.random() < 0.5)
                )
            return members, 0
        children_surname = surname
        if kind >= 0.2:  # a couple; otherwise a single parent
            partner_group = group if rng.random() < 0.85 else self._group()
            shared = partner_group is group and rng.random() < 0.25
            partner_surname = surname if shared else self._surname(partner_group)
            partner_year = min(REFERENCE_YEAR - 18, year + rng.randint(-4, 4))
            female = not head_female if rng.random() < 0.95 else head_female
            members.append(
                self._member(partner_group, partner_surname, partner_year, female, members)
            )
            if rng.random() < 0.15:
                children_surname = partner_surname
        while len(members) < size:
            child_year = min(REFERENCE_YEAR - 1, year + rng.randint(20, 42))
            female = rng.random() < 0.5
            members.append(self._member(group, children_surname, child_year, female, members))
        return members, 2 if kind >= 0.2 else 1

    def _household_ties(
        self, members: list[_Member], ids: list[int], children_from: int, address: _Address
    ) -> None:
        rng = self.rng
        ties = self.out.relationships
        head = ids[0]
        adults = [
            i for m, i in zip(members, ids, strict=True) if m.birth_year <= REFERENCE_YEAR - 16
        ]
        if children_from == 0:
            ties.extend((head, other, "vrienden") for other in ids[1:] if rng.random() < 0.3)
        elif children_from == 2 and rng.random() < 0.6:
            ties.append((head, ids[1], "partners"))
        for member, person in zip(members[children_from:], ids[children_from:], strict=True):
            if children_from and member.birth_year <= REFERENCE_YEAR - 16 and rng.random() < 0.3:
                ties.append((head, person, "familie"))
        street = address.street
        if street is None:
            return
        neighbour = self._last_head.get(street.id)
        if neighbour is not None and rng.random() < 0.12:
            ties.append((neighbour, head, "buren"))
        self._last_head[street.id] = head
        recent = self._recent.setdefault(street.buurt_id, [])
        for person in adults:
            if recent and rng.random() < 0.04:
                ties.append((rng.choice(recent), person, "vrienden"))
            if len(recent) < 500:
                recent.append(person)
            elif rng.random() < 0.05:
                recent[rng.randrange(500)] = person

    # -- one person -------------------------------------------------------------------

    def _resident(self, m: _Member, address: _Address, landline: str, entered: datetime) -> int:
        rng = self.rng
        age = REFERENCE_YEAR - m.birth_year
        person = len(self.out.rows) + 1
        telefoon = ""
        if age >= 12 and rng.random() < (0.9 if age < 75 else 0.55):
            telefoon = self._mobile()
        elif age >= 18:
            telefoon = landline
        email = ""
        if age >= 16 and rng.random() < (0.62 if age < 70 else 0.3):
            email = self._email(m, rng.choice(EMAIL_DOMAINS))
        volunteer = age >= 16 and rng.random() < VOLUNTEER_SHARE
        initiator = age >= 18 and rng.random() < INITIATOR_SHARE
        skills, interests = self._resident_tags(age, volunteer, initiator)
        notes = rng.choice(PERSON_NOTES) if age >= 18 and rng.random() < 0.02 else ""
        self._add(m, address, telefoon, email, entered, skills, interests, notes,
                  volunteer=volunteer, initiator=initiator)  # fmt: skip
        pools = self.out
        if age >= 16:
            pools.adults.append(person)
            if m.group.key in _NEWCOMER_GROUPS or (age < 45 and rng.random() < 0.05):
                pools.newcomers.append(person)
        if age >= 70:
            pools.elderly.append(person)
        elif 6 <= age <= 12:
            pools.children.append(person)
        if volunteer or initiator:
            assert address.street is not None
            pools.buurt_of[person] = address.street.buurt_id
        if volunteer:
            pools.volunteers.append(person)
            pools.skills_of[person] = skills
        if initiator:
            pools.initiators.append(person)
        return person

    def _professional(self, entered: datetime) -> None:
        rng = self.rng
        org_id, job = self.orgs.next_job(rng, self._professionals_made)
        self._professionals_made += 1
        group = self._group()
        member = self._member(
            group, self._surname(group), rng.randint(1958, 2001), rng.random() < 0.6
        )
        lives_here = rng.random() < 0.3
        address = self._address() if lives_here else _NO_ADDRESS
        telefoon = self._mobile() if rng.random() < 0.7 else self.orgs.phones[org_id]
        email = self._email(member, self.orgs.domains[org_id], initial=True)
        skills = (rng.choice(SKILLS),) if rng.random() < 0.3 else ()
        person = len(self.out.rows) + 1
        self._add(member, address, telefoon, email, entered, skills, (), "",
                  resident=lives_here, professional=True)  # fmt: skip
        self.out.professionals.append((person, org_id, job))
        self.out.memberships.append((person, org_id, job))
        colleague = self._colleague.get(org_id)
        if colleague is not None and rng.random() < 0.3:
            self.out.relationships.append((colleague, person, "collega's"))
        self._colleague[org_id] = person

    def _add(
        self,
        m: _Member,
        address: _Address,
        telefoon: str,
        email: str,
        entered: datetime,
        skills: tuple[str, ...],
        interests: tuple[str, ...],
        notes: str,
        *,
        resident: bool = True,
        volunteer: bool = False,
        initiator: bool = False,
        professional: bool = False,
    ) -> None:
        person = len(self.out.rows) + 1
        name = (m.voornaam, m.tussenvoegsel, m.achternaam)
        sort_key = self._sort_keys.get(name)
        if sort_key is None:
            sort_key = self._sort_keys[name] = PersonName(*name).sort_key
        tags = (*skills, *interests)
        parts = [
            self._fold(f"{m.voornaam} {m.tussenvoegsel} {m.achternaam}"),
            *address.folded,
            _phone_key(telefoon),
            email,  # ASCII lower case already: folding leaves it as it is
            self._tag_text(tags),
        ]
        search_text = " | ".join(part for part in parts if part)
        street = address.street
        birth_year = m.birth_year if self.rng.random() < 0.92 else None
        self.out.rows.append(
            (
                person, m.voornaam, m.tussenvoegsel, m.achternaam, sort_key, 0, search_text,
                street.name if street else "", address.huisnummer, address.postcode,
                address.woonplaats, telefoon, email, street.id if street else None,
                street.buurt_id if street else None, resident, volunteer, initiator,
                professional, birth_year, notes, entered, entered,
            )
        )  # fmt: skip
        self.out.tags.extend((person, SKILL_TAG_IDS[s]) for s in skills)
        self.out.tags.extend((person, INTEREST_TAG_IDS[i]) for i in interests)
        if person % self._sample_every == 0:
            self.out.sample[person] = tags

    # -- parts ------------------------------------------------------------------------

    def _group(self) -> NameGroup:
        return self.rng.choices(GROUPS, cum_weights=_GROUP_CUM)[0]

    def _surname(self, group: NameGroup) -> Surname:
        return self.rng.choices(group.surnames, cum_weights=self._surname_cum[group.key])[0]

    def _member(
        self,
        group: NameGroup,
        surname: Surname,
        year: int,
        female: bool,
        household: list[_Member] | None = None,
    ) -> _Member:
        """A person; in a household no two members share a first name."""
        names = first_names(group.female if female else group.male, year)
        taken = {m.voornaam for m in household or ()}
        voornaam = self.rng.choice(names)
        for _ in range(5):
            if voornaam not in taken:
                break
            voornaam = self.rng.choice(names)
        tussenvoegsel, achternaam = surname
        if female:
            achternaam = group.feminine.get(achternaam, achternaam)
        return _Member(voornaam, tussenvoegsel, achternaam, year, female, group)

    def _address(self) -> _Address:
        rng = self.rng
        street = rng.choices(self.town.streets, cum_weights=self._street_cum)[0]
        number = rng.randint(1, street.numbers)
        unit = rng.randint(1, street.units) if street.units > 1 else 1
        huisnummer = street.house_number(number, unit)
        postcode = street.postcode(number)
        folded = (
            f"{self._fold(street.name)} {self._fold(huisnummer)}",
            self._fold(f"{postcode} {postcode.replace(' ', '')}"),
            self._fold(self.town.name),
        )
        return _Address(street, huisnummer, postcode, self.town.name, folded)

    def _resident_tags(
        self, age: int, volunteer: bool, initiator: bool
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        rng = self.rng
        skills: list[str] = []
        interests: list[str] = []
        if age < 12:
            return (), ()
        if volunteer:
            skills = rng.sample(SKILLS, rng.choice((1, 1, 2, 2, 3, 4)))
            interests = rng.sample(INTERESTS, rng.choice((0, 0, 1, 2)))
        elif initiator:
            skills = rng.sample(SKILLS, rng.choice((1, 2)))
            interests = rng.sample(INTERESTS, rng.choice((1, 2, 3)))
        else:
            if rng.random() < 0.3:
                interests = rng.sample(INTERESTS, rng.choice((1, 1, 2, 3)))
            if rng.random() < 0.08:
                skills = [rng.choice(SKILLS)]
        # The order the editor shows them in (by name), so saving unchanged changes nothing.
        return tuple(sorted(skills)), tuple(sorted(interests))

    def _ascii(self, text: str) -> str:
        """Letters and digits for an e-mail address: "van 't Hof" -> "vanthof"."""
        plain = self._plain.get(text)
        if plain is None:
            plain = self._plain[text] = re.sub(r"[^a-z0-9]", "", fold(text))
        return plain

    def _fold(self, text: str) -> str:
        folded = self._folded.get(text)
        if folded is None:
            folded = self._folded[text] = fold(text)
        return folded

    def _tag_text(self, tags: tuple[str, ...]) -> str:
        text = self._tag_texts.get(tags)
        if text is None:
            text = self._tag_texts[tags] = fold(" ".join(tags))
        return text

    def _mobile(self) -> str:
        while True:
            number = self.rng.randrange(10_000_000, 60_000_000)  # 06-1 ... 06-5
            if number not in self._phones:
                self._phones.add(number)
                return f"+316{number:08d}"

    def _landline(self) -> str:
        while True:
            number = self.rng.randrange(200_000, 1_000_000)
            if number not in self._phones and number not in _LANDLINE_OF_ORGANISATIONS:
                self._phones.add(number)
                return f"+31{AREA_CODE}{number}"

    def _email(self, m: _Member, domain: str, *, initial: bool = False) -> str:
        first = self._ascii(m.voornaam)
        last = self._ascii(m.tussenvoegsel + m.achternaam)
        if initial:
            local = f"{first[0]}.{last}"
        else:
            style = self.rng.randrange(5)
            local = (
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}{last}",
                f"{last}.{first}",
                f"{first}{m.birth_year % 100:02d}",
            )[style]
        address = f"{local}@{domain}"
        seen = self._emails.get(address, 0) + 1
        self._emails[address] = seen
        return address if seen == 1 else f"{local}{seen}@{domain}"


def _zipf(count: int) -> list[float]:
    return [1 / (rank + 3) ** 0.9 for rank in range(count)]


def _phone_key(e164: str) -> str:
    """``phone_search_key`` for the Dutch numbers the demo makes: "+31612345678" ->
    "0612345678" (checked against the real function by ``check_sample``)."""
    return "0" + e164[3:] if e164 else ""


def check_sample(people: People) -> None:
    """Compare sampled rows with what the services compute; raise on any difference."""
    for person, tags in people.sample.items():
        row = people.rows[person - 1]
        name = PersonName.parse(str(row[1]), str(row[2]), str(row[3]))
        expected = person_search_text(
            name,
            straat=str(row[7]),
            huisnummer=str(row[8]),
            postcode=str(row[9]),
            woonplaats=str(row[10]),
            telefoon=str(row[11]),
            email=str(row[12]),
            tags=tags,
        )
        if (name.sort_key, expected) != (row[SORT_KEY], row[SEARCH_TEXT]):
            raise RuntimeError(
                f"demo person {person}: sort key or search text differs from the services' "
                f"({row[SORT_KEY]!r}, {row[SEARCH_TEXT]!r}) != ({name.sort_key!r}, {expected!r})"
            )

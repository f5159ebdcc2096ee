"""Likely duplicate people: the same resident entered twice, perhaps spelled differently.

Comparing every pair is out of the question at a million people (5·10¹¹ pairs), so pairs
are only compared when they share a *blocking key*:

* a sound-alike surname key (``surname_key``: "Jansen"/"Janssen", "Smit"/"Smits"/"Smid",
  "Meijer"/"Meyer", "Claassen"/"Klaassen") plus the voornaam's initial;
* the postcode plus the surname's first letter (catches typing errors in the surname);
* the telephone number; the e-mail address.

Each key is read in one pass in an order that makes its blocks contiguous (the sort-key
index for surnames, the postcode index, a grouped query for phone and e-mail), a page at a
time with keyset paging, so memory holds only the blocks being compared. Inside a block
larger than ``SMALL_BLOCK`` only neighbours within ``WINDOW`` places are compared, after
sorting the block so that likely duplicates sit next to each other (sorted neighbourhood).
Candidates are then scored with rapidfuzz on the folded names, plus address, phone and
e-mail evidence. Two people with a recorded relationship are known to be two people and are
never proposed.

Measured on this 2-core machine with synthetic data (households, Zipf-distributed names):
100,000 people take 2-4 s on SQLite and about 4 s on PostgreSQL, 1,000,000 people 35-45 s
with 175 MB peak memory; ``duplicates_of`` takes 3-8 ms at 100,000 and 15-30 ms at a million.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any, Final

from rapidfuzz import fuzz
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.network import Person, PersonRelationship
from buurtdesk.domain.validation.names import SORT_SEPARATOR, PersonName
from buurtdesk.services.people_search import PeopleQuery, fetch_page

DEFAULT_MIN_SCORE: Final = 60
DEFAULT_LIMIT: Final = 500
# Names less alike than this are different people, whatever else they share: a household
# shares an address and a phone. First names are short, so their bar is higher.
DIFFERENT_FIRST: Final = 70
DIFFERENT_LAST: Final = 60
# First names at least this alike (or fitting initials) may be one person's typing error;
# below it ("Anna" / "Hanna", sisters as often as a typo) a shared address or phone counts
# for a third.
COMPATIBLE_FIRST: Final = 90
CAPPED: Final = 35
SMALL_BLOCK: Final = 12  # blocks up to this size: every pair is compared
WINDOW: Final = 8  # larger blocks: each person against the next WINDOW in block order
PAGE: Final = 5_000
PRUNE_SLACK: Final = 1_000  # pairs held beyond twice the limit before the weakest go

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class DuplicatePair:
    """Two people who may be one. ``person_a`` is the older record (lower id), except in
    ``duplicates_of`` where it is the person asked about."""

    person_a_id: int
    person_b_id: int
    name_a: str
    name_b: str
    detail_a: str
    detail_b: str
    score: int
    reasons: tuple[str, ...]


# --- the sound-alike surname key -------------------------------------------------------

_NON_LETTERS: Final = re.compile(r"[^a-z]+")
_DOUBLES: Final = re.compile(r"(.)\1+")
# Spellings that sound alike in Dutch, applied in this order.
_SOUNDS: Final = (
    ("ij", "y"),
    ("ei", "y"),
    ("ey", "y"),
    ("ch", "g"),
    ("ck", "k"),
    ("c", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("qu", "kw"),
    ("q", "k"),
    ("x", "ks"),
    ("ae", "a"),
    ("au", "ou"),
    ("dt", "t"),
)


@lru_cache(maxsize=1 << 16)
def surname_key(surname: str) -> str:
    """A key that spelling variants of a Dutch surname share: "janssen" and "jansen" give
    "janse"; "smits", "smit" and "smid" give "smit"; "meijer", "meyer" and "meier" give
    "myer". ``surname`` is folded (the first part of a person's ``sort_key``)."""
    s = _NON_LETTERS.sub("", surname)
    if not s:
        return surname
    if s.endswith("sch"):
        s = s[:-3] + "s"
    elif s.endswith("gh"):
        s = s[:-1]
    for old, new in _SOUNDS:
        s = s.replace(old, new)
    s = _DOUBLES.sub(r"\1", s)
    if len(s) > 3 and s.endswith("s"):
        s = s[:-1]
    if len(s) > 3 and s.endswith("en"):
        s = s[:-1]
    if s.endswith("d"):
        s = s[:-1] + "t"
    return s


_VOWELS: Final = frozenset("aeiou")
_START_VARIANTS: Final = (
    ("c", "k"),
    ("k", "c"),
    ("ck", "k"),
    ("k", "ck"),
    ("ph", "f"),
    ("f", "ph"),
    ("th", "t"),
    ("t", "th"),
    ("ij", "y"),
    ("y", "ij"),
    ("ei", "y"),
    ("y", "ei"),
    ("ey", "y"),
    ("y", "ey"),
)


def surname_prefixes(surname: str, length: int = 3) -> set[str]:
    """The starts (``length`` letters) under which spelling variants of ``surname`` are
    filed in the list: "claassen" also under "kla", "aalbers" also under "alb", "meyer"
    also under "mei", "backer" also under "bak"."""
    starts = {surname}
    for position in range(length):  # only a variant in the first letters changes the start
        for old, new in _START_VARIANTS:
            if surname.startswith(old, position):
                starts.add(surname[:position] + new + surname[position + len(old) :])
    for start in list(starts):
        for position in range(length - 1):
            if start[position : position + 1] in _VOWELS:
                if start[position + 1 : position + 2] == start[position]:
                    starts.add(start[: position + 1] + start[position + 2 :])  # aa -> a
                else:
                    starts.add(start[: position + 1] + start[position:])  # a -> aa
    return {s[:length] for s in starts if s}


# --- people as compared ----------------------------------------------------------------

_COLUMNS = (
    Person.id,
    Person.voornaam,
    Person.tussenvoegsel,
    Person.achternaam,
    Person.sort_key,
    Person.straat,
    Person.huisnummer,
    Person.postcode,
    Person.woonplaats,
    Person.telefoon,
    Person.email,
    Person.birth_year,
)


class _Person:
    """One person's folded values, computed once per pass."""

    __slots__ = (
        "address",
        "birth_year",
        "email",
        "first",
        "id",
        "infix",
        "initials",
        "last",
        "phone",
        "postcode",
        "row",
        "street_address",
        "surname_key",
        "woonplaats",
    )

    def __init__(self, row: Any) -> None:
        self.row = row
        # Unpacked once: a tuple is read far faster than a row's attributes.
        (
            pid,
            _v,
            _t,
            _a,
            sort_key,
            straat,
            huisnummer,
            postcode,
            woonplaats,
            phone,
            email,
            year,
        ) = row[: len(_COLUMNS)]
        self.id: int = pid
        parts = sort_key.split(SORT_SEPARATOR)
        self.last: str = parts[0]
        self.surname_key = surname_key(self.last)
        self.first: str = parts[1] if len(parts) > 1 else ""
        self.infix: str = parts[2] if len(parts) > 2 else ""
        self.initials = _initials(self.first)
        # Only compared for equality, so lower case is enough (and far cheaper than fold).
        house = huisnummer.lower().replace(" ", "")
        self.postcode: str = postcode
        self.address: str = f"{postcode}|{house}" if postcode and house else ""
        self.street_address = f"{straat.lower()}|{house}" if straat and house else ""
        self.woonplaats: str = woonplaats.lower()
        self.phone: str = phone
        self.email: str = email.lower()
        self.birth_year: int | None = year

    @property
    def initial(self) -> str:
        return self.first[:1]


def _initials(first: str) -> str:
    """ "J.", "J.P." and "J P" are initials (they match any name with those first letters):
    their letters; "" for a written-out first name."""
    if len(first) > 1 and first.isalpha():
        return ""
    words = _NON_LETTERS.sub(" ", first).split()
    return "".join(words) if all(len(w) == 1 for w in words) else ""


# What _first_name_similarity gives names that fit without being alike as text: one left
# empty, initials that fit "Jan", "Jan" and "Jan Willem".
_MISSING: Final = 70.0
_FITS: Final = 85.0
_FITTING: Final = frozenset({_MISSING, _FITS})


def _first_name_similarity(first: str, initials: str, other: str, other_initials: str) -> float:
    """0-100 for two folded first names; initials count as alike when their letters fit."""
    if first == other:
        return 100.0 if first else 90.0
    if not first or not other:
        return _MISSING
    if initials or other_initials:
        letters = initials or "".join(w[0] for w in first.split())
        other_letters = other_initials or "".join(w[0] for w in other.split())
        compatible = letters.startswith(other_letters) or other_letters.startswith(letters)
        return _FITS if compatible else 0.0
    if first.startswith(other + " ") or other.startswith(first + " "):
        return _FITS  # "Jan" and "Jan Willem"
    similarity = float(fuzz.ratio(first, other))
    # Keep a textual likeness from being mistaken for one of the fitting values above.
    return similarity + 0.01 if similarity in _FITTING else similarity


def _first_similarity(a: _Person, b: _Person) -> float:
    return _first_name_similarity(a.first, a.initials, b.first, b.initials)


def _last_similarity(a: _Person, b: _Person) -> float:
    if a.last == b.last:
        return 100.0
    similarity = float(fuzz.ratio(a.last, b.last))
    if a.surname_key == b.surname_key:
        similarity = max(similarity, 92.0)
    return similarity


def _same_address(a: _Person, b: _Person) -> bool:
    if a.address and a.address == b.address:
        return True
    return bool(
        a.street_address
        and a.street_address == b.street_address
        and (not a.woonplaats or not b.woonplaats or a.woonplaats == b.woonplaats)
    )


def _score(a: _Person, b: _Person) -> int:
    """0-100: how likely two records are one person.

    The name carries most weight (three quarters); the same address, phone or e-mail add
    to it, a different postcode, phone or e-mail take away. Clearly different first names
    or birth years (a parent and child at one address) cap the score low.
    """
    last = _last_similarity(a, b)
    first = _first_similarity(a, b)
    score = 0.75 * (0.55 * last + 0.45 * first)
    # Household members share these; they tell most when the first names fit.
    weight = 15.0 if first >= COMPATIBLE_FIRST or first in _FITTING else 5.0
    if a.phone and b.phone:
        score += weight if a.phone == b.phone else -5
    if a.email and b.email:
        score += weight if a.email == b.email else -5
    if _same_address(a, b):
        score += weight
    elif a.postcode and b.postcode and a.postcode != b.postcode:
        score -= 20
    if first < DIFFERENT_FIRST or last < DIFFERENT_LAST:
        score = min(score, CAPPED)
    if a.birth_year and b.birth_year and abs(a.birth_year - b.birth_year) > 1:
        score = min(score, 30)
    return max(0, min(100, round(score)))


def _display_surname(p: _Person) -> str:
    return f"{p.row.tussenvoegsel} {p.row.achternaam}".strip()


def _full_name(p: _Person) -> str:
    return PersonName(p.row.voornaam, p.row.tussenvoegsel, p.row.achternaam).full_name


def _reasons(a: _Person, b: _Person) -> tuple[str, ...]:
    reasons = []
    same_first = a.first == b.first
    same_last = a.last == b.last and a.infix == b.infix
    if same_first and same_last:
        reasons.append("zelfde naam")
    elif same_first:
        reasons.append(f"lijkt op elkaar: {_display_surname(a)} / {_display_surname(b)}")
    elif same_last:
        reasons.append(f"lijkt op elkaar: {a.row.voornaam or '–'} / {b.row.voornaam or '–'}")
    else:
        reasons.append(f"lijkt op elkaar: {_full_name(a)} / {_full_name(b)}")
    if _same_address(a, b):
        reasons.append("zelfde adres")
    if a.phone and a.phone == b.phone:
        reasons.append("zelfde telefoonnummer")
    if a.email and a.email == b.email:
        reasons.append("zelfde e-mail")
    return tuple(reasons)


def _detail(p: _Person) -> str:
    r = p.row
    street = f"{r.straat} {r.huisnummer}".strip()
    place = f"{r.postcode} {r.woonplaats}".strip()
    return ", ".join(part for part in (street, place) if part) or r.email or r.telefoon


def _pair(a: _Person, b: _Person, score: int) -> DuplicatePair:
    name_a = PersonName(a.row.voornaam, a.row.tussenvoegsel, a.row.achternaam).list_name
    name_b = PersonName(b.row.voornaam, b.row.tussenvoegsel, b.row.achternaam).list_name
    return DuplicatePair(a.id, b.id, name_a, name_b, _detail(a), _detail(b), score, _reasons(a, b))


# --- candidate pairs from blocks -------------------------------------------------------


_Found = tuple[int, _Person, _Person]


def _rank(found: _Found) -> tuple[int, str, str]:
    return (-found[0], found[1].row.sort_key, found[2].row.sort_key)


def _tied(session: Session, pairs: Collection[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs (low id first) with a relationship between them: known to be two people,
    such as a father and son of one name at one address."""
    ids = sorted({i for pair in pairs for i in pair})
    tied: set[tuple[int, int]] = set()
    for start in range(0, len(ids), 500):
        statement = select(
            PersonRelationship.from_person_id, PersonRelationship.to_person_id
        ).where(PersonRelationship.from_person_id.in_(ids[start : start + 500]))
        for one, other in session.connection().execute(statement):
            key = (min(one, other), max(one, other))
            if key in pairs:
                tied.add(key)
    return tied


class _Collector:
    """Scores candidate pairs and keeps the best ``limit`` at or above ``min_score``.

    When many more than ``limit`` are held, the weaker ones are dropped and the bar rises,
    so memory stays small however many look-alikes a million people hold.
    """

    def __init__(self, min_score: int, limit: int, session: Session) -> None:
        self.min_score = min_score
        self.limit = limit
        self.session = session
        self.found: dict[tuple[int, int], _Found] = {}
        self.compared = 0

    def compare(self, a: _Person, b: _Person) -> None:
        if a.id == b.id:
            return
        if a.id > b.id:
            a, b = b, a
        key = (a.id, b.id)
        if key in self.found:
            return
        self.compared += 1
        if self.min_score > CAPPED and _first_similarity(a, b) < DIFFERENT_FIRST:
            return  # most pairs in a household end here, before the full score
        score = _score(a, b)
        if score >= self.min_score:
            self.found[key] = (score, a, b)
            if len(self.found) > 2 * self.limit + PRUNE_SLACK:
                self._drop_tied()
                if len(self.found) > self.limit:
                    best = sorted(self.found.items(), key=lambda item: _rank(item[1]))
                    self.found = dict(best[: self.limit])
                    self.min_score = best[self.limit - 1][1][0] if self.limit else 101

    def _drop_tied(self) -> None:
        for key in _tied(self.session, self.found.keys()):
            del self.found[key]

    def block(self, people: list[_Person], order: Callable[[_Person], Any]) -> None:
        if len(people) < 2:
            return
        if len(people) <= SMALL_BLOCK:
            for a, b in combinations(people, 2):
                self.compare(a, b)
            return
        people = sorted(people, key=order)
        for i, a in enumerate(people):
            for b in people[i + 1 : i + 1 + WINDOW]:
                self.compare(a, b)

    def pairs(self) -> list[DuplicatePair]:
        self._drop_tied()
        ranked = sorted(self.found.values(), key=_rank)
        return [_pair(a, b, score) for score, a, b in ranked[: self.limit]]


def _by_name(p: _Person) -> tuple[str, str, str, int]:
    return (p.first, p.postcode, p.address, p.id)


def _by_house(p: _Person) -> tuple[str, str, str, int]:
    return (p.address, p.last, p.first, p.id)


def _by_surname(p: _Person) -> tuple[str, str, int]:
    return (p.last, p.first, p.id)


def _split(people: Iterable[_Person], key: Callable[[_Person], str]) -> Iterator[list[_Person]]:
    groups: dict[str, list[_Person]] = defaultdict(list)
    for p in people:
        groups[key(p)].append(p)
    return (g for g in groups.values() if len(g) > 1)


def _initial(sort_key_rest: str) -> str:
    """The voornaam's first letter, from what follows the surname in a sort key."""
    first = sort_key_rest[:1]
    return "" if first == SORT_SEPARATOR else first


@dataclass
class _NameBlocks:
    """What pass 1 learnt: each surname's sound-alike key (only for keys worth reading),
    the blocks (key + initial) that hold two or more people, and where each key ends."""

    key_of: dict[str, str]
    wanted: set[tuple[str, str]]
    closing: dict[str, list[str]]


def _surname_groups(session: Session, tick: Callable[[int], None]) -> _NameBlocks:
    """Pass 1, over the sort-key index only: count people per sound-alike surname key and
    voornaam initial, and note the last surname (in list order) of each key."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    key_of: dict[str, str] = {}
    last_of: dict[str, str] = {}
    for rows in _keyset_pages(session, (Person.sort_key, Person.id), Person.sort_key):
        for sort_key, _id in rows:
            surname, _, rest = sort_key.partition(SORT_SEPARATOR)
            key = key_of.get(surname)
            if key is None:
                key = key_of[surname] = surname_key(surname)
            counts[key, _initial(rest)] += 1
            last_of[key] = surname
        tick(len(rows))
    wanted = {block for block, count in counts.items() if count > 1}
    wanted_keys = {key for key, _initial in wanted}
    closing: dict[str, list[str]] = defaultdict(list)
    for key in wanted_keys:
        closing[last_of[key]].append(key)
    return _NameBlocks(
        {surname: key for surname, key in key_of.items() if key in wanted_keys}, wanted, closing
    )


def _keyset_pages(session: Session, columns: Any, order: Any, *where: Any) -> Iterator[Any]:
    """The rows in (``order``, id) order, a page at a time: each page starts where the last
    one ended, so it is one index range scan however far into the table it is."""
    after: tuple[Any, int] | None = None
    connection = session.connection()  # plain rows, without the ORM's loading machinery
    while True:
        statement = select(*columns).where(*where)
        if after is not None:
            statement = statement.where(
                order >= after[0], or_(order > after[0], Person.id > after[1])
            )
        rows = connection.execute(statement.order_by(order, Person.id).limit(PAGE)).all()
        if not rows:
            return
        yield rows
        after = (getattr(rows[-1], order.key), rows[-1].id)


def _name_pass(session: Session, collector: _Collector, tick: Callable[[int], None]) -> None:
    """Pass 2, in list order: people grouped by sound-alike surname and initial. A key's
    people are compared and dropped as soon as the list has passed its last surname."""
    blocks = _surname_groups(session, tick)
    open_blocks: dict[str, list[_Person]] = defaultdict(list)
    previous = None

    def close(surname: str) -> None:
        for key in blocks.closing.pop(surname, ()):
            for group in _split(open_blocks.pop(key, ()), lambda p: p.initial):
                collector.block(group, _by_name)

    for rows in _keyset_pages(session, _COLUMNS, Person.sort_key):
        for row in rows:
            surname, _, rest = row.sort_key.partition(SORT_SEPARATOR)
            if surname != previous and previous is not None:
                close(previous)
            previous = surname
            key = blocks.key_of.get(surname)
            if key is not None and (key, _initial(rest)) in blocks.wanted:
                open_blocks[key].append(_Person(row))
        tick(len(rows))
    if previous is not None:
        close(previous)
    for key in list(open_blocks):  # only if the list changed between the two passes
        for group in _split(open_blocks.pop(key), lambda p: p.initial):
            collector.block(group, _by_name)


def _postcode_pass(session: Session, collector: _Collector, tick: Callable[[int], None]) -> None:
    """Pass 3, in postcode order: people at one postcode whose surnames start alike."""
    block: list[Any] = []

    def flush() -> None:
        by_letter: dict[str, list[Any]] = defaultdict(list)
        for row in block:
            by_letter[row.sort_key[:1]].append(row)
        for rows in by_letter.values():
            if len(rows) > 1:
                collector.block([_Person(r) for r in rows], _by_house)

    for rows in _keyset_pages(session, _COLUMNS, Person.postcode, Person.postcode != ""):
        for row in rows:
            if block and row.postcode != block[0].postcode:
                flush()
                block = []
            block.append(row)
        tick(len(rows))
    flush()


def _shared_value_pass(session: Session, collector: _Collector, column: Any) -> None:
    """Pass 4: people who share a telephone number or an e-mail address."""
    shared = select(column).where(column != "").group_by(column).having(func.count() > 1)
    statement = (
        select(*_COLUMNS, column.label("shared"))
        .where(column.in_(shared.scalar_subquery()))
        .order_by(column, Person.id)
        .execution_options(yield_per=PAGE)
    )
    block: list[_Person] = []
    current = None
    for row in session.connection().execute(statement):
        if row.shared != current:
            collector.block(block, _by_surname)
            block = []
            current = row.shared
        block.append(_Person(row))
    collector.block(block, _by_surname)


def find_duplicates(
    db: Database,
    *,
    limit: int = DEFAULT_LIMIT,
    min_score: int = DEFAULT_MIN_SCORE,
    progress: ProgressCallback | None = None,
) -> list[DuplicatePair]:
    """Likely duplicates in the whole network, most likely first.

    Long work at scale (seconds per 100,000 people): run it off the GUI thread, with one
    read transaction, so a consistent snapshot is compared.
    ``progress(done, total)`` is called after each page; to cancel, raise from it.
    """
    with db.read() as session:
        collector = _Collector(min_score, limit, session)
        total = int(session.execute(select(func.count()).select_from(Person)).scalar_one())
        steps = 3 * total
        done = 0

        def tick(rows: int) -> None:
            nonlocal done
            done = min(steps, done + rows)
            if progress is not None:
                progress(done, steps)

        _name_pass(session, collector, tick)
        _postcode_pass(session, collector, tick)
        _shared_value_pass(session, collector, Person.telefoon)
        _shared_value_pass(session, collector, func.lower(Person.email))
        if progress is not None:
            progress(steps, steps)
        return collector.pairs()


# --- one person: "Lijkt op: …" in the editor -------------------------------------------


def _prefix_bound(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _rows(session: Session, ids: list[int]) -> dict[int, Any]:
    """Full rows of the given people, by id, fetched in chunks."""
    rows: dict[int, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.connection().execute(select(*_COLUMNS).where(Person.id.in_(chunk))):
            rows[row.id] = row
    return rows


def _same_phone_or_email(db: Database, me: _Person) -> set[int]:
    """People with the same phone number or e-mail address, found through the search index
    (phone and e-mail have no index of their own). An e-mail address is looked up by the
    part before the @: the domain's trigrams are shared by half the network, which would
    make the search slow."""
    ids: set[int] = set()
    if me.phone:
        ids |= {hit.person_id for hit in fetch_page(db, PeopleQuery(text=me.phone), limit=50)}
    local = me.email.partition("@")[0]
    if len(local) >= 3:
        ids |= {
            hit.person_id
            for hit in fetch_page(db, PeopleQuery(text=local), limit=50)
            if hit.email.lower() == me.email
        }
    return ids


def duplicates_of(
    db: Database, person_id: int, *, limit: int = 10, min_score: int = DEFAULT_MIN_SCORE
) -> list[DuplicatePair]:
    """People who may be the same as ``person_id``, most likely first.

    Fast enough for the editor: index range scans on the surname's first letters (and
    their sound-alike variants) and the postcode, and the search index for phone and
    e-mail; each candidate is scored as ``find_duplicates`` scores it.
    """
    with db.read() as session:
        row = session.execute(select(*_COLUMNS).where(Person.id == person_id)).first()
        if row is None:
            raise NotFound("Deze persoon bestaat niet meer.")
        me = _Person(row)
        candidates: dict[int, Any] = {}
        my_key = surname_key(me.last)
        alike: list[int] = []
        for prefix in surname_prefixes(me.last):
            # Read from the (sort_key, id) index alone; the rows come only for matches.
            statement = select(Person.id, Person.sort_key).where(
                Person.sort_key >= prefix, Person.sort_key < _prefix_bound(prefix)
            )
            if me.initial:
                # The voornaam part of the sort key starts with the same letter (or is empty).
                statement = statement.where(
                    or_(
                        Person.sort_key.like(f"{prefix}%{SORT_SEPARATOR}{me.initial}%"),
                        Person.sort_key.like(f"{prefix}%{SORT_SEPARATOR}{SORT_SEPARATOR}%"),
                    )
                )
            for other_id, sort_key in session.connection().execute(statement):
                surname, _, rest = sort_key.partition(SORT_SEPARATOR)
                first = rest.partition(SORT_SEPARATOR)[0]
                if (
                    _first_name_similarity(me.first, me.initials, first, _initials(first))
                    >= DIFFERENT_FIRST
                ) and (surname_key(surname) == my_key or fuzz.ratio(surname, me.last) >= 80):
                    alike.append(other_id)
        if me.postcode:
            # Same postcode, surname starting alike: as find_duplicates blocks them.
            letter = me.last[:1]
            alike += (
                session.connection()
                .execute(
                    select(Person.id).where(
                        Person.postcode == me.postcode,
                        Person.sort_key >= letter,
                        Person.sort_key < _prefix_bound(letter),
                    )
                )
                .scalars()
            )
        candidates.update(_rows(session, alike))
    ids = _same_phone_or_email(db, me) - set(candidates)
    if ids:
        with db.read() as session:
            candidates.update(_rows(session, list(ids)))
    candidates.pop(person_id, None)
    with db.read() as session:
        pairs = {(min(person_id, c), max(person_id, c)) for c in candidates}
        for one, other in _tied(session, pairs):
            candidates.pop(other if one == person_id else one, None)
    found = []
    for other in candidates.values():
        them = _Person(other)
        score = _score(me, them)
        if score >= min_score:
            found.append((score, them))
    found.sort(key=lambda f: (-f[0], f[1].row.sort_key))
    return [_pair(me, them, score) for score, them in found[:limit]]

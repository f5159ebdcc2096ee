"""Candidate pairs in the whole network: people compared only within shared blocks.

Each pass reads people in an order that makes its blocks contiguous, a page at a time with
keyset paging: sound-alike surname plus initial (the sort-key index, counted first so only
blocks of two or more are kept), postcode plus the surname's first letter (the postcode
index), and a shared phone number or e-mail address (a grouped query). A ``Collector``
scores what the blocks propose and keeps only the best, so memory holds the open blocks
and the best pairs, never the network.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from buurtdesk.domain.network import Person, PersonRelationship
from buurtdesk.domain.validation.names import SORT_SEPARATOR
from buurtdesk.services.duplicate_keys import surname_key
from buurtdesk.services.duplicate_scoring import (
    CAPPED,
    DIFFERENT_FIRST,
    PERSON_COLUMNS,
    ComparedPerson,
    DuplicatePair,
    duplicate_pair,
    first_similarity,
    pair_score,
)

SMALL_BLOCK: Final = 12  # blocks up to this size: every pair is compared
WINDOW: Final = 8  # larger blocks: each person against the next WINDOW in block order

Tick = Callable[[int], None]

_Found = tuple[int, ComparedPerson, ComparedPerson]


def _rank(found: _Found) -> tuple[int, str, str]:
    return (-found[0], found[1].row.sort_key, found[2].row.sort_key)


def tied_pairs(session: Session, pairs: Collection[tuple[int, int]]) -> set[tuple[int, int]]:
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


class Collector:
    """Scores candidate pairs and keeps the best ``limit`` at or above ``min_score``.

    When more than twice ``limit`` plus ``prune_slack`` are held, the weaker ones are
    dropped and the bar rises, so memory stays small however many look-alikes a million
    people hold.
    """

    def __init__(self, min_score: int, limit: int, session: Session, *, prune_slack: int) -> None:
        self.min_score = min_score
        self.limit = limit
        self.session = session
        self.prune_slack = prune_slack
        self.found: dict[tuple[int, int], _Found] = {}
        self.compared = 0

    def compare(self, a: ComparedPerson, b: ComparedPerson) -> None:
        if a.id == b.id:
            return
        if a.id > b.id:
            a, b = b, a
        key = (a.id, b.id)
        if key in self.found:
            return
        self.compared += 1
        if self.min_score > CAPPED and first_similarity(a, b) < DIFFERENT_FIRST:
            return  # most pairs in a household end here, before the full score
        score = pair_score(a, b)
        if score >= self.min_score:
            self.found[key] = (score, a, b)
            if len(self.found) > 2 * self.limit + self.prune_slack:
                self._drop_tied()
                if len(self.found) > self.limit:
                    best = sorted(self.found.items(), key=lambda item: _rank(item[1]))
                    self.found = dict(best[: self.limit])
                    self.min_score = best[self.limit - 1][1][0] if self.limit else 101

    def _drop_tied(self) -> None:
        for key in tied_pairs(self.session, self.found.keys()):
            del self.found[key]

    def block(self, people: list[ComparedPerson], order: Callable[[ComparedPerson], Any]) -> None:
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
        return [duplicate_pair(a, b, score) for score, a, b in ranked[: self.limit]]


def _by_name(p: ComparedPerson) -> tuple[str, str, str, int]:
    return (p.first, p.postcode, p.address, p.id)


def _by_house(p: ComparedPerson) -> tuple[str, str, str, int]:
    return (p.address, p.last, p.first, p.id)


def _by_surname(p: ComparedPerson) -> tuple[str, str, int]:
    return (p.last, p.first, p.id)


def _split(
    people: Iterable[ComparedPerson], key: Callable[[ComparedPerson], str]
) -> Iterator[list[ComparedPerson]]:
    groups: dict[str, list[ComparedPerson]] = defaultdict(list)
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


def _surname_groups(session: Session, tick: Tick, page: int) -> _NameBlocks:
    """Pass 1, over the sort-key index only: count people per sound-alike surname key and
    voornaam initial, and note the last surname (in list order) of each key."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    key_of: dict[str, str] = {}
    last_of: dict[str, str] = {}
    for rows in _keyset_pages(session, page, (Person.sort_key, Person.id), Person.sort_key):
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


def _keyset_pages(
    session: Session, page: int, columns: Any, order: Any, *where: Any
) -> Iterator[Any]:
    """The rows in (``order``, id) order, ``page`` rows at a time: each page starts where
    the last one ended, so it is one index range scan however far into the table it is."""
    after: tuple[Any, int] | None = None
    connection = session.connection()  # plain rows, without the ORM's loading machinery
    while True:
        statement = select(*columns).where(*where)
        if after is not None:
            statement = statement.where(
                order >= after[0], or_(order > after[0], Person.id > after[1])
            )
        rows = connection.execute(statement.order_by(order, Person.id).limit(page)).all()
        if not rows:
            return
        yield rows
        after = (getattr(rows[-1], order.key), rows[-1].id)


def name_pass(session: Session, collector: Collector, tick: Tick, *, page: int) -> None:
    """Pass 2, in list order: people grouped by sound-alike surname and initial. A key's
    people are compared and dropped as soon as the list has passed its last surname."""
    blocks = _surname_groups(session, tick, page)
    open_blocks: dict[str, list[ComparedPerson]] = defaultdict(list)
    previous = None

    def close(surname: str) -> None:
        for key in blocks.closing.pop(surname, ()):
            for group in _split(open_blocks.pop(key, ()), lambda p: p.initial):
                collector.block(group, _by_name)

    for rows in _keyset_pages(session, page, PERSON_COLUMNS, Person.sort_key):
        for row in rows:
            surname, _, rest = row.sort_key.partition(SORT_SEPARATOR)
            if surname != previous and previous is not None:
                close(previous)
            previous = surname
            key = blocks.key_of.get(surname)
            if key is not None and (key, _initial(rest)) in blocks.wanted:
                open_blocks[key].append(ComparedPerson(row))
        tick(len(rows))
    if previous is not None:
        close(previous)
    for key in list(open_blocks):  # only if the list changed between the two passes
        for group in _split(open_blocks.pop(key), lambda p: p.initial):
            collector.block(group, _by_name)


def postcode_pass(session: Session, collector: Collector, tick: Tick, *, page: int) -> None:
    """Pass 3, in postcode order: people at one postcode whose surnames start alike."""
    block: list[Any] = []

    def flush() -> None:
        by_letter: dict[str, list[Any]] = defaultdict(list)
        for row in block:
            by_letter[row.sort_key[:1]].append(row)
        for rows in by_letter.values():
            if len(rows) > 1:
                collector.block([ComparedPerson(r) for r in rows], _by_house)

    for rows in _keyset_pages(
        session, page, PERSON_COLUMNS, Person.postcode, Person.postcode != ""
    ):
        for row in rows:
            if block and row.postcode != block[0].postcode:
                flush()
                block = []
            block.append(row)
        tick(len(rows))
    flush()


def shared_value_pass(session: Session, collector: Collector, column: Any, *, page: int) -> None:
    """Pass 4: people who share a telephone number or an e-mail address."""
    shared = select(column).where(column != "").group_by(column).having(func.count() > 1)
    statement = (
        select(*PERSON_COLUMNS, column.label("shared"))
        .where(column.in_(shared.scalar_subquery()))
        .order_by(column, Person.id)
        .execution_options(yield_per=page)
    )
    block: list[ComparedPerson] = []
    current = None
    for row in session.connection().execute(statement):
        if row.shared != current:
            collector.block(block, _by_surname)
            block = []
            current = row.shared
        block.append(ComparedPerson(row))
    collector.block(block, _by_surname)

"""Keep ``person.search_rank`` in the list's sort order as people are added and renamed.

Ranks are spaced ``RANK_GAP`` apart when a list is built in bulk; a new or renamed person
takes the midpoint between its neighbours. When two neighbours have no room left between
them, a small window around the spot is spread out again, widening until it has room, so
one insert touches a handful of rows instead of the whole table.
"""

from __future__ import annotations

from sqlalchemy import and_, or_, select, text, update
from sqlalchemy.orm import Session

from buurtdesk.domain.network import Person

RANK_GAP = 1 << 32
_MIN_SPREAD_GAP = 1 << 12
_NO_ID = 2**31 - 1  # a person not yet inserted sorts after everyone with the same key


def _before(sort_key: str, person_id: int):  # type: ignore[no-untyped-def]
    return or_(Person.sort_key < sort_key, and_(Person.sort_key == sort_key, Person.id < person_id))


def _after(sort_key: str, person_id: int):  # type: ignore[no-untyped-def]
    return or_(Person.sort_key > sort_key, and_(Person.sort_key == sort_key, Person.id > person_id))


def _neighbours(
    session: Session, sort_key: str, person_id: int, count: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Up to ``count`` (id, rank) pairs before (nearest first) and after the spot."""
    before = session.execute(
        select(Person.id, Person.search_rank)
        .where(_before(sort_key, person_id), Person.id != person_id)
        .order_by(Person.sort_key.desc(), Person.id.desc())
        .limit(count)
    ).all()
    after = session.execute(
        select(Person.id, Person.search_rank)
        .where(_after(sort_key, person_id), Person.id != person_id)
        .order_by(Person.sort_key, Person.id)
        .limit(count)
    ).all()
    return [(r[0], r[1]) for r in before], [(r[0], r[1]) for r in after]


def rank_for(session: Session, sort_key: str, person_id: int | None = None) -> int:
    """The rank for a person with ``sort_key`` (``person_id`` None for a new person).

    May re-spread neighbouring ranks; call it inside the write transaction, before the
    person's own row is written with the returned rank.
    """
    pid = _NO_ID if person_id is None else person_id
    _serialise_on_postgresql(session)
    before, after = _neighbours(session, sort_key, pid, 1)
    low = before[0][1] if before else None
    high = after[0][1] if after else None
    if low is None and high is None:
        return 0
    if low is None:
        assert high is not None
        return high - RANK_GAP
    if high is None:
        return low + RANK_GAP
    if high - low >= 2:
        return low + (high - low) // 2
    return _spread(session, sort_key, pid)


_RANK_LOCK = 0x6275_7572  # "buur": one advisory lock for everyone placing people in the list


def _serialise_on_postgresql(session: Session) -> None:
    """Two PCs adding a person at the same spot would pick the same midpoint. SQLite already
    serialises writers (BEGIN IMMEDIATE); on PostgreSQL a transaction-scoped advisory lock
    makes the second one wait until the first has committed, then see its rank."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _RANK_LOCK})


def _spread(session: Session, sort_key: str, pid: int) -> int:
    """Re-space a window of neighbours evenly and return the free rank for the new spot."""
    count = 8
    while True:
        before, after = _neighbours(session, sort_key, pid, count)
        lowest = before[-1][1] if len(before) == count else None
        highest = after[-1][1] if len(after) == count else None
        window: list[tuple[int | None, int | None]] = [*reversed(before), (None, None), *after]
        # At either end of the list there is unlimited room: claim enough of it.
        room = max(RANK_GAP, 2 * _MIN_SPREAD_GAP) * len(window)
        if lowest is None:
            lowest = (before[-1][1] if before else after[0][1]) - room
        if highest is None:
            highest = (after[-1][1] if after else before[0][1]) + room
        step = (highest - lowest) // (len(window) + 1)
        if step >= _MIN_SPREAD_GAP:
            break
        count *= 4
    new_ranks = [lowest + step * (i + 1) for i in range(len(window))]
    moves = [
        (row_id, old, new)
        for (row_id, old), new in zip(window, new_ranks, strict=True)
        if row_id is not None and old is not None and old != new
    ]
    # Rows moving down go first, lowest first; then rows moving up, highest first. With the
    # order kept, no row ever lands on a rank another row still holds (ranks are unique).
    downs = [m for m in moves if m[2] < m[1]]
    ups = [m for m in moves if m[2] > m[1]]
    for row_id, _old, new in [*downs, *reversed(ups)]:
        session.execute(
            update(Person)
            .where(Person.id == row_id)
            .values(search_rank=new, updated_at=Person.updated_at)
        )
    return new_ranks[len(before)]

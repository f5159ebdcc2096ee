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

The parts: ``duplicate_keys`` (sound-alike surname keys), ``duplicate_scoring`` (the
score and its reasons), ``duplicate_blocks`` (the passes over the whole network); this
module holds the two searches the program offers.

Measured on this 2-core machine with synthetic data (households, Zipf-distributed names):
100,000 people take 2-4 s on SQLite and about 4 s on PostgreSQL, 1,000,000 people 35-45 s
with 175 MB peak memory; ``duplicates_of`` takes 3-8 ms at 100,000 and 15-30 ms at a million.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from rapidfuzz import fuzz
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.network import Person
from buurtdesk.domain.validation.names import SORT_SEPARATOR
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.duplicate_blocks import (
    SMALL_BLOCK,
    WINDOW,
    Collector,
    name_pass,
    postcode_pass,
    shared_value_pass,
    tied_pairs,
)
from buurtdesk.services.duplicate_keys import surname_key, surname_prefixes
from buurtdesk.services.duplicate_scoring import (
    CAPPED,
    COMPATIBLE_FIRST,
    DIFFERENT_FIRST,
    DIFFERENT_LAST,
    PERSON_COLUMNS,
    ComparedPerson,
    DuplicatePair,
    duplicate_pair,
    first_name_similarity,
    initials_of,
    pair_score,
)
from buurtdesk.services.people_search import PeopleQuery, fetch_page

__all__ = [
    "CAPPED",
    "COMPATIBLE_FIRST",
    "DEFAULT_LIMIT",
    "DEFAULT_MIN_SCORE",
    "DIFFERENT_FIRST",
    "DIFFERENT_LAST",
    "PAGE",
    "PRUNE_SLACK",
    "SMALL_BLOCK",
    "WINDOW",
    "DuplicatePair",
    "ProgressCallback",
    "duplicates_of",
    "find_duplicates",
    "surname_key",
    "surname_prefixes",
]

DEFAULT_MIN_SCORE: Final = 60
DEFAULT_LIMIT: Final = 500
# find_duplicates hands these to the passes at each call (a test may make them small).
PAGE: Final = 5_000  # rows per page of a pass
PRUNE_SLACK: Final = 1_000  # pairs held beyond twice the limit before the weakest go

ProgressCallback = Callable[[int, int], None]


@coordinator_only
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
        collector = Collector(min_score, limit, session, prune_slack=PRUNE_SLACK)
        total = int(session.execute(select(func.count()).select_from(Person)).scalar_one())
        steps = 3 * total
        done = 0

        def tick(rows: int) -> None:
            nonlocal done
            done = min(steps, done + rows)
            if progress is not None:
                progress(done, steps)

        name_pass(session, collector, tick, page=PAGE)
        postcode_pass(session, collector, tick, page=PAGE)
        shared_value_pass(session, collector, Person.telefoon, page=PAGE)
        shared_value_pass(session, collector, func.lower(Person.email), page=PAGE)
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
        for row in session.connection().execute(
            select(*PERSON_COLUMNS).where(Person.id.in_(chunk))
        ):
            rows[row.id] = row
    return rows


def _same_phone_or_email(db: Database, me: ComparedPerson) -> set[int]:
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


@coordinator_only
def duplicates_of(
    db: Database, person_id: int, *, limit: int = 10, min_score: int = DEFAULT_MIN_SCORE
) -> list[DuplicatePair]:
    """People who may be the same as ``person_id``, most likely first.

    Fast enough for the editor: index range scans on the surname's first letters (and
    their sound-alike variants) and the postcode, and the search index for phone and
    e-mail; each candidate is scored as ``find_duplicates`` scores it.
    """
    with db.read() as session:
        row = session.execute(select(*PERSON_COLUMNS).where(Person.id == person_id)).first()
        if row is None:
            raise NotFound("Deze persoon bestaat niet meer.")
        me = ComparedPerson(row)
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
                    first_name_similarity(me.first, me.initials, first, initials_of(first))
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
        for one, other in tied_pairs(session, pairs):
            candidates.pop(other if one == person_id else one, None)
    found = []
    for other in candidates.values():
        them = ComparedPerson(other)
        score = pair_score(me, them)
        if score >= min_score:
            found.append((score, them))
    found.sort(key=lambda f: (-f[0], f[1].row.sort_key))
    return [duplicate_pair(me, them, score) for score, them in found[:limit]]

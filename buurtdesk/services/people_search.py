"""Search the people list a page at a time, fast at a million people.

The list is sorted by name: ``search_rank`` follows ``sort_key``. A page is fetched with
keyset paging (``search_rank > last seen``), so page 500 costs what page 1 costs.

* no text: a range scan over the ``search_rank`` index;
* one or two characters: achternaam starts with, as a rank range found in the name index;
* longer fragments: the FTS5 trigram index, whose row ids are ranks, so matches come out
  already in list order. Short fragments beside long ones filter those matches.

On PostgreSQL the same queries run with ``LIKE`` on ``search_text`` (pg_trgm-indexed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, column, exists, func, literal_column, select, table
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.db.migrations.search_index import FTS_TABLE
from buurtdesk.domain.areas import Buurt
from buurtdesk.domain.network import Person, PersonTag
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.phone import format_phone, phone_query_key
from buurtdesk.domain.validation.text import fold
from buurtdesk.services.access import coordinator_only

PAGE_SIZE = 100
COUNT_CAP = 10_000
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-()]+$")
_TOKEN_SPLIT = re.compile(r"[\s,;|]+")
_POSTCODE = re.compile(r"\b([1-9]\d{3}) ([a-z]{1,2})\b")
_FTS = table(FTS_TABLE, column("rowid"))
ROLE_COLUMNS = {
    "bewoner": Person.is_resident,
    "vrijwilliger": Person.is_volunteer,
    "initiatiefnemer": Person.is_initiator,
    "professional": Person.is_professional,
}


@dataclass(frozen=True)
class PeopleQuery:
    text: str = ""
    role: str | None = None
    tag_id: int | None = None
    wijk_id: int | None = None
    buurt_id: int | None = None


@dataclass(frozen=True)
class PersonRow:
    """One line of the people list: plain values, ready to show."""

    person_id: int
    rank: int
    list_name: str
    address: str
    postcode: str
    woonplaats: str
    telefoon: str
    email: str
    roles: tuple[str, ...] = field(default=())


def search_tokens(query_text: str) -> list[str]:
    """Folded fragments that must each occur; a phone-like query becomes one digit string."""
    stripped = query_text.strip()
    if not stripped:
        return []
    if _PHONE_LIKE.match(stripped) and sum(c.isdigit() for c in stripped) >= 4:
        key = phone_query_key(stripped)
        if len(stripped.replace(" ", "")) > len(key) or stripped.startswith(("0", "+")):
            return [key]
    folded = fold(stripped)
    # "6712 bv" is one postcode, not "6712" and a loose "bv" that would have to be
    # looked for in every match of 6712.
    postcodes = [f"{m.group(1)} {m.group(2)}" for m in _POSTCODE.finditer(folded)]
    rest = _POSTCODE.sub(" ", folded)
    return postcodes + [t for t in _TOKEN_SPLIT.split(rest) if t]


def _fts_phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _like_pattern(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _prefix_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


_COLUMNS = (
    Person.id,
    Person.search_rank,
    Person.voornaam,
    Person.tussenvoegsel,
    Person.achternaam,
    Person.straat,
    Person.huisnummer,
    Person.postcode,
    Person.woonplaats,
    Person.telefoon,
    Person.email,
    Person.is_resident,
    Person.is_volunteer,
    Person.is_initiator,
    Person.is_professional,
)


def _filters(query: PeopleQuery) -> list[Any]:
    conditions: list[Any] = []
    if query.role in ROLE_COLUMNS:
        conditions.append(ROLE_COLUMNS[query.role].is_(True))
    if query.tag_id is not None:
        conditions.append(
            exists().where(PersonTag.person_id == Person.id, PersonTag.tag_id == query.tag_id)
        )
    if query.buurt_id is not None:
        conditions.append(Person.buurt_id == query.buurt_id)
    elif query.wijk_id is not None:
        conditions.append(
            Person.buurt_id.in_(select(Buurt.id).where(Buurt.wijk_id == query.wijk_id))
        )
    return conditions


def _rank_range(session: Session, prefix: str) -> tuple[int, int] | None:
    """Ranks of people whose achternaam starts with ``prefix``, via the name index."""
    upper = _prefix_bound(prefix)
    low = session.execute(
        select(Person.search_rank)
        .where(Person.sort_key >= prefix, Person.sort_key < upper)
        .order_by(Person.sort_key, Person.id)
        .limit(1)
    ).scalar()
    if low is None:
        return None
    high = session.execute(
        select(Person.search_rank)
        .where(Person.sort_key >= prefix, Person.sort_key < upper)
        .order_by(Person.sort_key.desc(), Person.id.desc())
        .limit(1)
    ).scalar()
    assert high is not None
    return int(low), int(high)


def _statement(
    session: Session, query: PeopleQuery, columns: Sequence[Any]
) -> tuple[Select[Any], Any] | None:
    """The filtered statement and the column holding list order (a rank), or None when
    nothing can match. FTS5 only hands back rows in order when ordered by its own rowid."""
    tokens = search_tokens(query.text)
    statement = select(*columns).where(*_filters(query))
    order: Any = Person.search_rank
    if not tokens:
        return statement, order
    long_tokens = [t for t in tokens if len(t) >= 3]
    like_tokens = [t for t in tokens if len(t) < 3]  # trigrams cannot find these
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite and long_tokens:
        match = " AND ".join(_fts_phrase(t) for t in long_tokens)
        statement = (
            statement.select_from(_FTS)
            .join(Person, Person.search_rank == _FTS.c.rowid)
            .where(literal_column(FTS_TABLE).op("MATCH")(match))
        )
        order = _FTS.c.rowid
    else:
        like_tokens = tokens if not sqlite else like_tokens
    if len(tokens) == 1 and len(tokens[0]) < 3:
        bounds = _rank_range(session, tokens[0])
        if bounds is None:
            return None
        return statement.where(Person.search_rank.between(*bounds)), order
    for token in like_tokens:
        statement = statement.where(Person.search_text.like(_like_pattern(token), escape="\\"))
    return statement, order


@coordinator_only
def fetch_page(
    db: Database, query: PeopleQuery, *, after_rank: int | None = None, limit: int = PAGE_SIZE
) -> list[PersonRow]:
    """The next ``limit`` people in list order after ``after_rank``."""
    with db.read() as session:
        found = _statement(session, query, _COLUMNS)
        if found is None:
            return []
        statement, order = found
        if after_rank is not None:
            statement = statement.where(order > after_rank)
        rows = session.execute(statement.order_by(order).limit(limit)).all()
    return [_row(r) for r in rows]


@coordinator_only
def count(db: Database, query: PeopleQuery, *, cap: int = COUNT_CAP) -> int:
    """How many people match, counted up to ``cap`` (a list shows "meer dan 10.000")."""
    with db.read() as session:
        found = _statement(session, query, (Person.id,))
        if found is None:
            return 0
        statement = found[0]
        if not search_tokens(query.text) and not _filters(query):
            return int(session.execute(select(func.count()).select_from(Person)).scalar_one())
        limited = statement.limit(cap + 1).subquery()
        return int(session.execute(select(func.count()).select_from(limited)).scalar_one())


def _row(r: Any) -> PersonRow:
    list_name = PersonName(r.voornaam, r.tussenvoegsel, r.achternaam).list_name
    roles = tuple(
        label
        for label, flag in zip(
            ROLE_COLUMNS,
            (r.is_resident, r.is_volunteer, r.is_initiator, r.is_professional),
            strict=True,
        )
        if flag
    )
    return PersonRow(
        person_id=r.id,
        rank=r.search_rank,
        list_name=list_name,
        address=f"{r.straat} {r.huisnummer}".strip(),
        postcode=r.postcode,
        woonplaats=r.woonplaats,
        telefoon=format_phone(r.telefoon) if r.telefoon else "",
        email=r.email,
        roles=roles,
    )

"""The neighbourhood's areas as plain rows, for filters and pickers: wijk > buurt > straat."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt, Street, Wijk
from buurtdesk.domain.validation.text import fold
from buurtdesk.services.access import coordinator_only

PAGE_SIZE: Final = 500


@dataclass(frozen=True)
class WijkRow:
    wijk_id: int
    name: str
    code: str
    buurt_count: int


@dataclass(frozen=True)
class BuurtRow:
    buurt_id: int
    name: str
    code: str
    wijk_id: int
    wijk_name: str


@dataclass(frozen=True)
class StreetRow:
    street_id: int
    name: str
    woonplaats: str
    buurt_id: int
    buurt_name: str


@coordinator_only
def list_wijken(db: Database) -> list[WijkRow]:
    """Every wijk by name (a municipality has tens of them)."""
    buurten = select(func.count()).where(Buurt.wijk_id == Wijk.id).correlate(Wijk).scalar_subquery()
    with db.read() as session:
        rows = session.execute(select(Wijk.id, Wijk.name, Wijk.code, buurten.label("n"))).all()
    result = [WijkRow(r.id, r.name, r.code, int(r.n)) for r in rows]
    return sorted(result, key=lambda w: (fold(w.name), w.wijk_id))


@coordinator_only
def list_buurten(db: Database, *, wijk_id: int | None = None) -> list[BuurtRow]:
    """The buurten of one wijk, or all of them, by wijk and then buurt name."""
    statement = select(
        Buurt.id, Buurt.name, Buurt.code, Wijk.id.label("wijk_id"), Wijk.name.label("wijk_name")
    ).join(Wijk, Wijk.id == Buurt.wijk_id)
    if wijk_id is not None:
        statement = statement.where(Buurt.wijk_id == wijk_id)
    with db.read() as session:
        rows = session.execute(statement).all()
    result = [BuurtRow(r.id, r.name, r.code, r.wijk_id, r.wijk_name) for r in rows]
    return sorted(result, key=lambda b: (fold(b.wijk_name), fold(b.name), b.buurt_id))


@coordinator_only
def list_streets(
    db: Database,
    *,
    buurt_id: int | None = None,
    wijk_id: int | None = None,
    prefix: str = "",
    limit: int = PAGE_SIZE,
    offset: int = 0,
) -> list[StreetRow]:
    """A page of streets by name, in one buurt or wijk, optionally starting with ``prefix``
    (as typed; compared without regard to capitals)."""
    statement = select(
        Street.id,
        Street.name,
        Street.woonplaats,
        Buurt.id.label("buurt_id"),
        Buurt.name.label("buurt_name"),
    ).join(Buurt, Buurt.id == Street.buurt_id)
    if buurt_id is not None:
        statement = statement.where(Street.buurt_id == buurt_id)
    if wijk_id is not None:
        statement = statement.where(Buurt.wijk_id == wijk_id)
    typed = prefix.strip()
    if typed:
        escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        statement = statement.where(
            func.lower(Street.name).like(f"{escaped.lower()}%", escape="\\")
        )
    statement = statement.order_by(Street.name, Street.woonplaats, Street.id)
    with db.read() as session:
        rows = session.execute(statement.limit(limit).offset(offset)).all()
    return [StreetRow(r.id, r.name, r.woonplaats, r.buurt_id, r.buurt_name) for r in rows]

"""The short lists everything else points at: the coordinator, themes, stages, kinds, tags.

If the program or a migration already made some of them, those rows are reused by name,
so the demo never trips over a unique name and never duplicates a theme.
"""

from __future__ import annotations

from dataclasses import dataclass

from buurtdesk.demo.data.words import INTERESTS, RELATIONSHIP_KINDS, SKILLS
from buurtdesk.demo.writer import BulkWriter
from buurtdesk.domain.initiatives import DEFAULT_STAGES
from buurtdesk.domain.network import TagKind
from buurtdesk.domain.privacy import Role
from buurtdesk.domain.themes import DEFAULT_THEMES
from buurtdesk.domain.validation.text import fold

COORDINATOR = "coordinator"
CLOSED_STAGES = frozenset({"Geborgd", "Gestopt"})


@dataclass(frozen=True)
class References:
    coordinator: int
    themes: dict[str, int]
    stages: dict[str, int]
    relationship_kinds: dict[str, int]
    tags: list[int]  # real tag id per demo tag number (skills first, then interests)


def _resolve(
    writer: BulkWriter, name: str, key: tuple[str, ...], wanted: list[dict[str, object]]
) -> dict[tuple[object, ...], int]:
    """Ids for ``wanted`` rows by ``key``: existing rows kept, missing ones inserted."""
    ids: dict[tuple[object, ...], int] = dict(writer.existing(name, *key))
    next_id = writer.next_id(name)
    missing = []
    for row in wanted:
        k = tuple(row[c] for c in key)
        if k not in ids:
            ids[k] = next_id
            missing.append({"id": next_id, **row})
            next_id += 1
    writer.insert(name, missing)
    return ids


def write_references(writer: BulkWriter) -> References:
    users = _resolve(
        writer,
        "app_user",
        ("username",),
        [
            {
                "username": COORDINATOR,
                "display_name": "Buurtcoördinator",
                "role": Role.COORDINATOR.value,
                "pin_hash": "",
                "active": True,
            }
        ],
    )
    themes = _resolve(writer, "theme", ("name",), [{"name": t} for t in DEFAULT_THEMES])
    stages = _resolve(
        writer,
        "stage",
        ("name",),
        [
            {"name": s, "position": i, "is_closed": s in CLOSED_STAGES}
            for i, s in enumerate(DEFAULT_STAGES)
        ],
    )
    kinds = _resolve(
        writer,
        "relationship_kind",
        ("name",),
        [{"name": n, "inverse_name": inv, "mutual": m} for n, inv, m in RELATIONSHIP_KINDS],
    )
    tag_rows: list[dict[str, object]] = [
        {"kind": TagKind.SKILL.value, "name": s, "key": fold(s)} for s in SKILLS
    ]
    tag_rows += [{"kind": TagKind.INTEREST.value, "name": i, "key": fold(i)} for i in INTERESTS]
    tags = _resolve(writer, "tag", ("kind", "key"), tag_rows)
    return References(
        coordinator=users[(COORDINATOR,)],
        themes={str(k[0]): v for k, v in themes.items()},
        stages={str(k[0]): v for k, v in stages.items()},
        relationship_kinds={str(k[0]): v for k, v in kinds.items()},
        tags=[0, *(tags[(r["kind"], r["key"])] for r in tag_rows)],
    )

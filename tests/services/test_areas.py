"""Areas as plain rows for the filters: wijken, buurten per wijk, streets per buurt."""

from __future__ import annotations

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt, Street, Wijk
from buurtdesk.services import areas


def _town(db: Database) -> dict[str, int]:
    with db.write() as s:
        noord, zuid = Wijk(name="Noord", code="WK01"), Wijk(name="Zuid")
        s.add_all([noord, zuid])
        s.flush()
        oud = Buurt(wijk_id=noord.id, name="Oude Dorp", code="BU0101")
        haven = Buurt(wijk_id=noord.id, name="Haven")
        park = Buurt(wijk_id=zuid.id, name="Parkwijk")
        s.add_all([oud, haven, park])
        s.flush()
        s.add_all(
            [
                Street(buurt_id=oud.id, name="Kerkstraat", woonplaats="Utrecht"),
                Street(buurt_id=oud.id, name="Achterom", woonplaats="Utrecht"),
                Street(buurt_id=haven.id, name="Kade", woonplaats="Utrecht"),
                Street(buurt_id=park.id, name="Kastanjelaan", woonplaats="Utrecht"),
            ]
        )
        return {"noord": noord.id, "zuid": zuid.id, "oud": oud.id, "haven": haven.id}


def test_wijken_buurten_and_streets(any_db: Database) -> None:
    ids = _town(any_db)
    wijken = areas.list_wijken(any_db)
    assert [(w.name, w.code, w.buurt_count) for w in wijken] == [
        ("Noord", "WK01", 2),
        ("Zuid", "", 1),
    ]

    assert [(b.wijk_name, b.name) for b in areas.list_buurten(any_db)] == [
        ("Noord", "Haven"),
        ("Noord", "Oude Dorp"),
        ("Zuid", "Parkwijk"),
    ]
    assert [b.name for b in areas.list_buurten(any_db, wijk_id=ids["zuid"])] == ["Parkwijk"]

    assert [s.name for s in areas.list_streets(any_db, buurt_id=ids["oud"])] == [
        "Achterom",
        "Kerkstraat",
    ]
    assert [s.name for s in areas.list_streets(any_db, wijk_id=ids["noord"])] == [
        "Achterom",
        "Kade",
        "Kerkstraat",
    ]
    found = areas.list_streets(any_db, prefix="ka")
    assert [(s.name, s.buurt_name) for s in found] == [
        ("Kade", "Haven"),
        ("Kastanjelaan", "Parkwijk"),
    ]
    assert [s.name for s in areas.list_streets(any_db, limit=1, offset=1)] == ["Kade"]
    assert areas.list_streets(any_db, prefix="%") == []


def test_an_empty_town(db: Database) -> None:
    assert areas.list_wijken(db) == []
    assert areas.list_buurten(db) == []
    assert areas.list_streets(db) == []

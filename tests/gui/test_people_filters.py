"""Filtering the people list by skill or interest and by wijk or buurt."""

from __future__ import annotations

from collections.abc import Callable

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt, Street, StreetPostcode, Wijk
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.netwerk.page import NetwerkPage
from tests.gui.conftest import add_person


def add_area(db: Database) -> None:
    """Wijk Centrum with buurt Dorp (Kerkweg, 6871 AB) and buurt Park (Lindelaan, 6871 CD)."""
    with db.write() as session:
        wijk = Wijk(name="Centrum")
        session.add(wijk)
        session.flush()
        for buurt_name, street_name, postcode in (
            ("Dorp", "Kerkweg", "6871 AB"),
            ("Park", "Lindelaan", "6871 CD"),
        ):
            buurt = Buurt(name=buurt_name, wijk_id=wijk.id)
            session.add(buurt)
            session.flush()
            street = Street(name=street_name, woonplaats="Renkum", buurt_id=buurt.id)
            session.add(street)
            session.flush()
            session.add(StreetPostcode(postcode=postcode, street_id=street.id))


def netwerk(make_window: Callable[..., MainWindow], db: Database) -> NetwerkPage:
    window = make_window(db)
    window.show_part("netwerk")
    page = window.page("netwerk")
    assert isinstance(page, NetwerkPage)
    return page


def shown(page: NetwerkPage) -> list[str]:
    model = page.people.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def choices(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_skill_narrows_the_list(make_window: Callable[..., MainWindow], db: Database) -> None:
    add_person(db, voornaam="Els", achternaam="Visser", skills=("koken", "tuinieren"))  # type: ignore[arg-type]
    add_person(db, voornaam="Kees", achternaam="Bos", skills=("koken",))  # type: ignore[arg-type]
    add_person(db, voornaam="Jan", achternaam="Smit", interests=("schaken",))  # type: ignore[arg-type]
    page = netwerk(make_window, db)
    tags = page.people.tag_filter
    assert not tags.isHidden()
    assert choices(tags) == [
        "Vaardigheid of interesse",
        "Vaardigheden",
        "koken (2)",
        "tuinieren (1)",
        "Interesses",
        "schaken (1)",
    ]
    tags.setCurrentIndex(2)
    assert shown(page) == ["Bos, Kees", "Visser, Els"]
    tags.setCurrentIndex(5)
    assert shown(page) == ["Smit, Jan"]


def test_the_skill_filter_appears_when_the_first_skill_is_saved(
    make_window: Callable[..., MainWindow], db: Database
) -> None:
    add_person(db, voornaam="Kees", achternaam="Bos")
    page = netwerk(make_window, db)
    assert page.people.tag_filter.isHidden()  # no empty controls
    page.people.select_row(0)
    page.editor.ui.skillsEdit.setText("fietsen repareren")
    assert page.editor.save()
    assert not page.people.tag_filter.isHidden()
    assert "fietsen repareren (1)" in choices(page.people.tag_filter)


def test_a_wijk_or_buurt_narrows_the_list(
    make_window: Callable[..., MainWindow], db: Database
) -> None:
    add_area(db)
    add_person(db, voornaam="Els", achternaam="Visser", straat="Kerkweg", postcode="6871 AB")
    add_person(db, voornaam="Kees", achternaam="Bos", straat="Lindelaan", postcode="6871 CD")
    add_person(db, voornaam="Jan", achternaam="Smit")
    page = netwerk(make_window, db)
    area = page.people.area_filter
    assert choices(area) == ["Alle wijken en buurten", "Centrum", "    Dorp", "    Park"]
    area.setCurrentIndex(1)
    assert shown(page) == ["Bos, Kees", "Visser, Els"]
    area.setCurrentIndex(3)
    assert shown(page) == ["Bos, Kees"]
    area.setCurrentIndex(0)
    assert len(shown(page)) == 3


def test_without_areas_there_is_no_area_filter(
    make_window: Callable[..., MainWindow], db: Database
) -> None:
    page = netwerk(make_window, db)
    assert page.people.area_filter.isHidden()

"""Export, then import into an empty database: every field comes back unchanged.

Also the export side of the service: keyset paging in list order, never the whole table.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select

from buurtdesk.db.engine import Database
from buurtdesk.domain.network import Person
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.interop.people_files import open_people_file, write_people_file
from buurtdesk.services.people import create_person, get_person
from buurtdesk.services.people_export import count_people, iter_people_for_export
from buurtdesk.services.people_import import import_people

VARIED = [
    PersonInput(
        voornaam="Jan",
        tussenvoegsel="van der",
        achternaam="Berg",
        straat="Kerkstraat",
        huisnummer="12a",
        postcode="1234 AB",
        woonplaats="Utrecht",
        telefoon="06-12345678",
        email="jan@voorbeeld.nl",
        notes="=SUM(A1:A9); let op\ntweede regel, met komma",
        birth_year="1956",
        is_resident=True,
        is_volunteer=True,
        skills=("koken", "tuinieren"),
        interests=("voetbal",),
    ),
    PersonInput(
        voornaam="Ömer",
        achternaam="Çelik",
        straat="Ĳsselkade",
        huisnummer="4-2",
        woonplaats="Zwolle",
        telefoon="+32 470 12 34 56",
        notes="+ belt terug\n@dinsdag",
        is_resident=False,
        is_professional=True,
    ),
    PersonInput(
        voornaam="Hedy",
        tussenvoegsel="d'",
        achternaam="Ancona",
        email="Hedy@Voorbeeld.NL",
        is_resident=False,
    ),
    PersonInput(
        tussenvoegsel="'t",
        achternaam="Hart",
        notes="-",
        birth_year="2001",
        is_initiator=True,
        interests=("lezen", "Schaken"),
    ),
    PersonInput(voornaam="Fatima", tussenvoegsel="el", achternaam="Amrani", huisnummer="012"),
]


@pytest.fixture
def empty_db(template_db: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "leeg.sqlite"
    shutil.copyfile(template_db, path)
    database = Database.open(f"sqlite:///{path}")
    yield database
    database.dispose()


def _details(db: Database) -> list[PersonInput]:
    with db.read() as session:
        ids = session.execute(select(Person.id).order_by(Person.sort_key)).scalars().all()
    return [get_person(db, person_id).data for person_id in ids]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_imports_back_unchanged(
    any_db: Database, empty_db: Database, tmp_path: Path, suffix: str
) -> None:
    for person in VARIED:
        create_person(any_db, person)
    path = tmp_path / f"mensen{suffix}"
    assert write_people_file(path, iter_people_for_export(any_db)) == len(VARIED)

    report = import_people(empty_db, open_people_file(path))
    assert report.problems == ()
    assert report.added == len(VARIED)
    original = _details(any_db)
    assert _details(empty_db) == original
    notes = {person.achternaam: person.notes for person in original}
    assert notes["Berg"] == "=SUM(A1:A9); let op\ntweede regel, met komma"
    assert {p.voornaam for p in original} >= {"Ömer", "Hedy"}

    again = import_people(empty_db, open_people_file(path))
    assert (again.added, len(again.matched)) == (0, len(VARIED))


def test_export_streams_in_list_order_a_page_at_a_time(any_db: Database) -> None:
    names = ["Zwart", "de Vries", "Aalders", "van den Berg", "Bakker", "Mulder", "Jansen"]
    for name in names:
        create_person(any_db, PersonInput(voornaam="Piet", achternaam=name))
    statements: list[str] = []

    def remember(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(any_db.engine, "before_cursor_execute", remember)
    try:
        exported = list(iter_people_for_export(any_db, page_size=2))
    finally:
        event.remove(any_db.engine, "before_cursor_execute", remember)
    assert [(p.tussenvoegsel, p.achternaam) for p in exported] == [
        ("", "Aalders"),
        ("", "Bakker"),
        ("van den", "Berg"),
        ("", "Jansen"),
        ("", "Mulder"),
        ("de", "Vries"),
        ("", "Zwart"),
    ]
    pages = [s for s in statements if "FROM person" in s and "LIMIT" in s.upper()]
    assert len(pages) == 5  # four full pages of two and one empty
    assert count_people(any_db) == len(names)


def test_abandoned_export_ends_its_read_transaction(any_db: Database) -> None:
    create_person(any_db, PersonInput(achternaam="Berg"))
    create_person(any_db, PersonInput(achternaam="Dam"))
    people = iter_people_for_export(any_db, page_size=1)
    assert next(people).achternaam == "Berg"
    people.close()
    create_person(any_db, PersonInput(achternaam="Eik"))  # a write is not blocked
    assert count_people(any_db) == 3

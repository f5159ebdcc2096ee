"""Importing people: one transaction, no doubles, every problem row reported.

Runs on SQLite and on PostgreSQL (``any_db``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt, Street, StreetPostcode, Wijk
from buurtdesk.domain.errors import ValidationError, ValidationErrors
from buurtdesk.domain.network import Person, PersonTag, Tag
from buurtdesk.domain.person_fields import PersonInput, validate_person
from buurtdesk.domain.privacy import AuditEntry
from buurtdesk.domain.validation import normalize_email, normalize_phone, normalize_postcode
from buurtdesk.interop.people_files import open_people_file, write_people_file
from buurtdesk.interop.people_rows import UnreadableFile
from buurtdesk.services import people_import
from buurtdesk.services.changes import Entity
from buurtdesk.services.people import create_person, delete_person, get_person
from buurtdesk.services.people_import import (
    ImportMatch,
    ImportProblem,
    import_people,
    preview_import,
)

HEADER = "Voornaam;Tussenvoegsel;Achternaam;Straat;Huisnummer;Postcode;Woonplaats;Telefoon;E-mail"


def _csv(tmp_path: Path, *lines: str, name: str = "lijst.csv") -> Path:
    path = tmp_path / name
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count(Person.id))).scalar_one())


def _people(db: Database) -> list[tuple[str, str, str, str, str, str]]:
    with db.read() as session:
        rows = session.execute(
            select(
                Person.voornaam,
                Person.tussenvoegsel,
                Person.achternaam,
                Person.postcode,
                Person.telefoon,
                Person.email,
            ).order_by(Person.id)
        ).all()
    return [tuple(row) for row in rows]


def _message(validator: Callable[[Any], object], value: object) -> str:
    try:
        validator(value)
    except ValidationErrors as errors:
        (error,) = errors.errors
        return error.message
    except ValidationError as error:
        return error.message
    raise AssertionError(f"{value!r} passed {validator.__name__}")


def _import(db: Database, path: Path, **options: bool) -> people_import.ImportReport:
    return import_people(db, open_people_file(path), **options)


def test_rows_are_added_with_normalised_values(any_db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        HEADER,
        "Jan;van der;Berg;Kerkstraat;12a;1234ab;Utrecht;06-12345678;Jan@Voorbeeld.NL",
        "Fatima;el;Amrani;;;;;+31 10 123 4567;",
    )
    report = _import(any_db, path)
    assert report.added == 2
    assert report.matched == ()
    assert report.problems == ()
    assert not report.dry_run
    assert report.changes.affects(Entity.PERSON)
    assert _people(any_db) == [
        ("Jan", "van der", "Berg", "1234 AB", "+31612345678", "Jan@voorbeeld.nl"),
        ("Fatima", "el", "Amrani", "", "+31101234567", ""),
    ]


def test_problem_rows_are_skipped_and_reported_by_excel_row_and_column(
    any_db: Database, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path,
        "Naam;Postcode;Telefoon;E-mail;Geboortejaar",
        "Jan Jansen;1234 AB;;;",
        "Piet Pieters;0123 AB;;;",
        "",
        "Kees Kok;;0612;kees-at-voorbeeld.nl;1956",
        ";1234 AB;;;",
        "Anna Bos;;;;negentien",
        "Eva de Wit;5678 CD;;;",
    )
    report = _import(any_db, path)
    assert report.added == 2
    assert [(p[0], p[1], p[2]) for p in _people(any_db)] == [
        ("Jan", "", "Jansen"),
        ("Eva", "de", "Wit"),
    ]
    # The messages are the validators' own, word for word.
    assert report.problems == (
        ImportProblem(3, "Postcode", _message(normalize_postcode, "0123 AB")),
        ImportProblem(5, "Telefoon", _message(normalize_phone, "0612")),
        ImportProblem(5, "E-mail", _message(normalize_email, "kees-at-voorbeeld.nl")),
        ImportProblem(6, "Naam", "Vul de naam in."),
        ImportProblem(
            7,
            "Geboortejaar",
            _message(validate_person, PersonInput(achternaam="Bos", birth_year="negentien")),
        ),
    )
    assert report.problem_rows == (3, 5, 6, 7)


def test_a_value_is_never_shortened_to_fit(any_db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Naam;Woonplaats", f"Jan Jansen;{'x' * 101}", "Piet Pieters;Ede")
    report = _import(any_db, path)
    assert report.added == 1
    assert [(p.row, p.column) for p in report.problems] == [(2, "Woonplaats")]
    assert "hoogstens 100 tekens" in report.problems[0].message


def test_a_ten_thousand_character_note_is_imported_whole(any_db: Database, tmp_path: Path) -> None:
    note = "Lang verhaal. " * 714 + "Eind"
    assert len(note) == 10_000
    report = _import(any_db, _csv(tmp_path, "Naam;Opmerkingen", f"Jan Jansen;{note}"))
    assert report.added == 1
    with any_db.read() as session:
        assert session.execute(select(Person.notes)).scalar_one() == note


def test_wrong_role_word_and_wrong_postcode_are_both_reported(
    any_db: Database, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "Naam;Rol;Postcode", "Jan Jansen;wethouder;0000 AA")
    report = _import(any_db, path)
    assert [(p.row, p.column) for p in report.problems] == [(2, "Rol"), (2, "Postcode")]


def test_unparseable_whole_name_reports_the_name_column_once(
    any_db: Database, tmp_path: Path
) -> None:
    report = _import(any_db, _csv(tmp_path, "Naam;Postcode", "12345;1234 AB"))
    assert [(p.row, p.column) for p in report.problems] == [(2, "Naam")]


def test_known_people_are_matched_not_added(any_db: Database, tmp_path: Path) -> None:
    by_address = create_person(
        any_db,
        PersonInput(
            voornaam="Jan",
            tussenvoegsel="van der",
            achternaam="Berg",
            huisnummer="12A",
            postcode="1234 AB",
        ),
    )
    by_phone = create_person(
        any_db, PersonInput(voornaam="Ömer", achternaam="Çelik", telefoon="0612345678")
    )
    by_email = create_person(
        any_db, PersonInput(voornaam="Anna", achternaam="Bos", email="anna@voorbeeld.nl")
    )
    name_only = create_person(any_db, PersonInput(voornaam="Kees", achternaam="Kok"))
    namesake = create_person(
        any_db, PersonInput(voornaam="Piet", achternaam="Jansen", telefoon="0611111111")
    )
    path = _csv(
        tmp_path,
        HEADER,
        "jan;Van Der;berg;;12 a;1234ab;;;",
        "Omer;;Celik;;;;;+31 6 12345678;",
        "Anna;;Bos;;;;;;ANNA@voorbeeld.nl",
        "Kees;;Kok;;;;;;",
        "Piet;;Jansen;;;;;0622222222;",
    )
    report = _import(any_db, path)
    assert report.matched == (
        ImportMatch(2, by_address.person_id, "Berg, Jan van der"),
        ImportMatch(3, by_phone.person_id, "Çelik, Ömer"),
        ImportMatch(4, by_email.person_id, "Bos, Anna"),
        ImportMatch(5, name_only.person_id, "Kok, Kees"),
    )
    assert report.added == 1  # another Piet Jansen: same name, other phone
    assert namesake.person_id not in {m.person_id for m in report.matched}
    assert _count(any_db) == 6


def test_same_name_with_different_details_is_not_a_match(any_db: Database, tmp_path: Path) -> None:
    create_person(
        any_db, PersonInput(voornaam="Jan", achternaam="Jansen", postcode="1234 AB", huisnummer="1")
    )
    path = _csv(
        tmp_path,
        HEADER,
        "Jan;;Jansen;;2;1234 AB;;;",  # other house
        "Jan;;Jansen;;;;;;",  # nothing to compare with: a name alone does not match details
        "Jan;;Janssen;;1;1234 AB;;;",  # other name
    )
    assert _import(any_db, path).added == 3


def test_without_postcode_phone_or_email_the_street_address_decides(
    any_db: Database, tmp_path: Path
) -> None:
    known = create_person(
        any_db,
        PersonInput(voornaam="Jan", achternaam="Jansen", straat="Kerkstraat", huisnummer="12 a"),
    ).person_id
    path = _csv(
        tmp_path,
        HEADER,
        "Jan;;Jansen;Kerkstraat;12A;;Ede;;",
        "Jan;;Jansen;Dorpsweg;1;;;;",
    )
    report = _import(any_db, path)
    assert [(m.row, m.person_id) for m in report.matched] == [(2, known)]
    assert report.added == 1


def test_duplicate_rows_in_one_file_are_added_once(any_db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        HEADER,
        "Jan;;Jansen;;;;;06-12345678;",
        "Piet;;Pieters;;;;;;p@voorbeeld.nl",
        "JAN;;JANSEN;;;;;0612345678;",
        "Piet;;Pieters;;;;;;P@Voorbeeld.nl",
    )
    report = _import(any_db, path)
    assert report.added == 2
    assert [(m.row, m.list_name) for m in report.matched] == [
        (4, "Jansen, Jan"),
        (5, "Pieters, Piet"),
    ]
    assert report.added_from_row(report.matched[0].person_id) == 2
    assert _count(any_db) == 2


def test_importing_again_after_fixing_matches_what_was_added(
    any_db: Database, tmp_path: Path
) -> None:
    first = _csv(tmp_path, HEADER, "Jan;;Jansen;;3;1234 AB;;;", "Piet;;Pieters;;4;0234 AB;;;")
    report = _import(any_db, first)
    assert (report.added, report.problem_rows) == (1, (3,))
    fixed = _csv(
        tmp_path,
        HEADER,
        "Jan;;Jansen;;3;1234 AB;;;",
        "Piet;;Pieters;;4;2234 AB;;;",
        name="verbeterd.csv",
    )
    again = _import(any_db, fixed)
    assert (again.added, len(again.matched), again.problems) == (1, 1, ())
    assert _count(any_db) == 2


def test_dry_run_reports_the_same_and_writes_nothing(any_db: Database, tmp_path: Path) -> None:
    create_person(any_db, PersonInput(voornaam="Jan", achternaam="Jansen", telefoon="0612345678"))
    path = _csv(
        tmp_path,
        HEADER,
        "Jan;;Jansen;;;;;0612345678;",
        "Piet;;Pieters;;;0000 AA;;;",
        "Kees;;Kok;;;;;;",
        "Kees;;Kok;;;;;;",
    )
    dry = _import(any_db, path, dry_run=True)
    assert dry.dry_run
    assert not dry.changes
    assert _count(any_db) == 1
    with any_db.read() as session:
        assert session.execute(select(func.count(AuditEntry.id))).scalar_one() == 1
    real = _import(any_db, path)
    assert (dry.added, dry.problems) == (real.added, real.problems)
    assert [(m.row, m.list_name) for m in dry.matched] == [
        (m.row, m.list_name) for m in real.matched
    ]
    assert _count(any_db) == 2


def test_failure_midway_leaves_zero_rows(
    any_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [f"Persoon{chr(97 + i % 26)}{chr(97 + i // 26)};{i + 1};1234 AB" for i in range(80)]
    path = _csv(tmp_path, "Naam;Huisnummer;Postcode", *lines)
    monkeypatch.setattr(people_import, "BATCH_SIZE", 10)  # rows 1-40 are written before row 50
    real_validate = people_import.validate_person
    calls = 0

    def interrupted_on_row_50(data: PersonInput) -> object:
        nonlocal calls
        calls += 1
        if calls == 50:
            # Rows 1-40 are inserted by now, but nobody else can see them yet.
            assert _count(any_db) == 0
            raise KeyboardInterrupt
        return real_validate(data)

    monkeypatch.setattr(people_import, "validate_person", interrupted_on_row_50)
    with pytest.raises(KeyboardInterrupt):
        _import(any_db, path)
    assert calls == 50
    assert _count(any_db) == 0
    with any_db.read() as session:
        assert session.execute(select(func.count(AuditEntry.id))).scalar_one() == 0
    monkeypatch.setattr(people_import, "validate_person", real_validate)
    assert _import(any_db, path).added == 80


def test_written_batches_are_inside_the_transaction(
    any_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The probe above sees 0 because the batches are uncommitted, not because none ran."""
    lines = [f"Persoon{chr(97 + i % 26)}{chr(97 + i // 26)};{i + 1};1234 AB" for i in range(30)]
    path = _csv(tmp_path, "Naam;Huisnummer;Postcode", *lines)
    monkeypatch.setattr(people_import, "BATCH_SIZE", 10)
    seen: list[int] = []
    real_add = people_import._BulkAdder._insert

    def counting_insert(self: people_import._BulkAdder, new: list[people_import._New]) -> None:
        real_add(self, new)
        seen.append(len(new))

    monkeypatch.setattr(people_import._BulkAdder, "_insert", counting_insert)
    assert _import(any_db, path).added == 30
    assert seen == [10, 10, 10]


def test_unreadable_row_midway_leaves_zero_rows(
    any_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people_import, "BATCH_SIZE", 5)
    lines = [f"Persoon{chr(97 + i)};{i + 1}" for i in range(20)]
    path = _csv(tmp_path, "Naam;Huisnummer", *lines, f'Kapot;"{"x" * 200_000}')
    with pytest.raises(UnreadableFile, match="Rij 22 "):
        _import(any_db, path)
    assert _count(any_db) == 0


def test_cancel_from_progress_leaves_zero_rows(any_db: Database, tmp_path: Path) -> None:
    lines = [f"Persoon{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(450)]
    path = _csv(tmp_path, "Naam", *lines)
    seen: list[int] = []

    def cancel_at_400(done: int) -> None:
        seen.append(done)
        if done >= 400:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_people(any_db, open_people_file(path), progress=cancel_at_400)
    assert seen == [200, 400]
    assert _count(any_db) == 0


def test_preview_shows_detection_first_rows_and_problems_without_writing(
    any_db: Database, tmp_path: Path
) -> None:
    create_person(any_db, PersonInput(voornaam="Jan", achternaam="Jansen", telefoon="0612345678"))
    lines = [f"Persoon{chr(97 + i)};;;Lid {i}" for i in range(24)]
    path = tmp_path / "lijst.csv"
    content = "\r\n".join(
        ["Naam;Telefoon;Postcode;Lidnummer", "Jan Jansen;06-12345678;;", "René;;0000 AA;", *lines]
    )
    path.write_bytes(content.encode("cp1252"))
    preview = preview_import(any_db, open_people_file(path))
    assert preview.encoding == "Windows-1252"
    assert preview.separator == ";"
    assert preview.header_row == 1
    assert preview.columns == (
        ("Naam", "Naam (voornaam, tussenvoegsel en achternaam)"),
        ("Telefoon", "Telefoon"),
        ("Postcode", "Postcode"),
        ("Lidnummer", "niet gebruikt"),
    )
    assert len(preview.rows) == 20
    assert preview.rows[0].person.telefoon == "06-12345678"  # as in the file
    assert preview.rows[1].problems == (
        ImportProblem(3, "Postcode", _message(normalize_postcode, "0000 AA")),
    )
    assert preview.report.dry_run
    assert preview.report.added == 24
    assert [m.row for m in preview.report.matched] == [2]
    assert _count(any_db) == 1


def test_tags_are_shared_and_folded(any_db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "Naam;Vaardigheden;Interesses",
        "Jan Jansen;Koken, tuinieren;Voetbal",
        "Piet Pieters;koken;voetbal, Lezen",
    )
    report = _import(any_db, path)
    assert report.changes.affects(Entity.TAG)
    with any_db.read() as session:
        tags = session.execute(select(Tag.kind, Tag.name).order_by(Tag.kind, Tag.name)).all()
        links = session.execute(select(func.count()).select_from(PersonTag)).scalar_one()
    assert [tuple(t) for t in tags] == [
        ("interesse", "Lezen"),
        ("interesse", "Voetbal"),
        ("vaardigheid", "Koken"),
        ("vaardigheid", "tuinieren"),
    ]
    assert links == 6


def test_every_added_person_is_in_the_audit_log(any_db: Database, tmp_path: Path) -> None:
    report = _import(any_db, _csv(tmp_path, "Naam", "Jan Jansen", "Piet Pieters"))
    with any_db.read() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id).order_by(
                AuditEntry.id
            )
        ).all()
    assert [tuple(e) for e in entries] == [
        ("geïmporteerd", "person", added.person_id) for added in report.added_rows
    ]


def _areas(db: Database) -> tuple[int, int]:
    with db.write() as session:
        wijk = Wijk(name="Centrum")
        session.add(wijk)
        session.flush()
        buurt = Buurt(wijk_id=wijk.id, name="Oude Stad")
        session.add(buurt)
        session.flush()
        kerk = Street(buurt_id=buurt.id, name="Kerkstraat", woonplaats="Utrecht")
        dorp = Street(buurt_id=buurt.id, name="Dorpsweg", woonplaats="Utrecht")
        session.add_all([kerk, dorp])
        session.flush()
        session.add(StreetPostcode(postcode="1234 AB", street_id=kerk.id))
        return kerk.id, dorp.id


_VARIED = [
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
        notes="eerste\nregel; tweede",
        birth_year="1956",
        is_volunteer=True,
        skills=("koken",),
        interests=("voetbal", "lezen"),
    ),
    PersonInput(voornaam="Ans", achternaam="Dorp", straat="Dorpsweg", woonplaats="Utrecht"),
    PersonInput(achternaam="Zonder", straat="Onbekendelaan", is_resident=False),
]


def test_imported_people_are_stored_exactly_as_the_form_stores_them(
    any_db: Database, tmp_path: Path
) -> None:
    """The batched insert sets every column ``add_valid_person`` sets, to the same value."""
    kerk, dorp = _areas(any_db)
    compared = [
        c
        for c in Person.__table__.columns
        if c.name not in {"id", "search_rank", "created_at", "updated_at"}
    ]
    expected = []
    for person in _VARIED:
        person_id = create_person(any_db, person).person_id
        with any_db.read() as session:
            row = session.execute(select(*compared).where(Person.id == person_id)).one()
        expected.append((dict(row._mapping), get_person(any_db, person_id).data))
        delete_person(any_db, person_id)
    assert [e[0]["street_id"] for e in expected] == [kerk, dorp, None]

    path = tmp_path / "lijst.csv"
    write_people_file(path, iter(_VARIED))
    report = _import(any_db, path)
    assert report.added == 3
    for (columns, data), added in zip(expected, report.added_rows, strict=True):
        with any_db.read() as session:
            row = session.execute(select(*compared).where(Person.id == added.person_id)).one()
        assert dict(row._mapping) == columns
        assert get_person(any_db, added.person_id).data == data


def test_list_order_stays_true_when_many_arrive_between_known_people(
    any_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Aa", "Mm", "Zz"):
        create_person(any_db, PersonInput(voornaam="Jan", achternaam=name))
    monkeypatch.setattr(people_import, "BATCH_SIZE", 7)
    names = [f"{a}{b}" for a in "BKMNY" for b in "aeiou"]
    _import(any_db, _csv(tmp_path, "Voornaam;Achternaam", *[f"Piet;{n}" for n in names]))
    _assert_ranks_follow_list_order(any_db, 3 + len(names))


def test_crowded_list_order_falls_back_to_one_by_one(any_db: Database, tmp_path: Path) -> None:
    low = create_person(any_db, PersonInput(voornaam="Jan", achternaam="Berg")).person_id
    high = create_person(any_db, PersonInput(voornaam="Jan", achternaam="Dam")).person_id
    with any_db.write() as session:  # no room left between Berg and Dam
        session.execute(update(Person).where(Person.id == low).values(search_rank=100))
        session.execute(update(Person).where(Person.id == high).values(search_rank=102))
    path = _csv(tmp_path, "Voornaam;Achternaam", "Piet;Bos", "Kees;Bos", "Anna;Cats")
    assert _import(any_db, path).added == 3
    _assert_ranks_follow_list_order(any_db, 5)


def _assert_ranks_follow_list_order(db: Database, count: int) -> None:
    with db.read() as session:
        by_name = session.execute(select(Person.id).order_by(Person.sort_key, Person.id)).scalars()
        by_rank = session.execute(select(Person.id).order_by(Person.search_rank)).scalars()
        assert list(by_name) == list(by_rank)
    assert _count(db) == count


def test_validation_error_fields_map_to_the_file_columns(any_db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Roepnaam;Familienaam;Mobiel", "J4n;Jansen;06", "Piet;;")
    report = _import(any_db, path)
    assert [(p.row, p.column) for p in report.problems] == [
        (2, "Roepnaam"),
        (2, "Mobiel"),
        (3, "Familienaam"),
    ]
    assert report.problems[2].message == "Vul de achternaam in."

"""Every demo person is one the program itself could have saved, in list order, findable."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from buurtdesk.db.engine import Database
from buurtdesk.db.person_order import RANK_GAP
from buurtdesk.domain.person_fields import validate_person
from buurtdesk.domain.validation.email import normalize_email
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.phone import normalize_phone
from buurtdesk.domain.validation.postcode import normalize_postcode
from buurtdesk.services.people import get_person, locate_address
from buurtdesk.services.people_search import (
    PAGE_SIZE,
    PeopleQuery,
    count,
    fetch_page,
    search_tokens,
)
from tests.demo.conftest import PEOPLE, rows, scalar


def test_every_person_survives_the_editor_unchanged(demo: Database) -> None:
    """Open each person as the editor does and validate again: nothing may change, and the
    stored sort key and search text are exactly what the service would write."""
    stored = rows(demo, "SELECT id, sort_key, search_text, street_id, buurt_id FROM person")
    assert len(stored) == PEOPLE
    for person_id, sort_key, search_text, street_id, buurt_id in stored:
        detail = get_person(demo, person_id)
        valid = validate_person(detail.data)
        data = detail.data
        assert (valid.name.voornaam, valid.name.tussenvoegsel, valid.name.achternaam) == (
            data.voornaam,
            data.tussenvoegsel,
            data.achternaam,
        )
        assert (valid.postcode, valid.telefoon, valid.email) == (
            data.postcode,
            data.telefoon,
            data.email,
        )
        assert valid.name.sort_key == sort_key
        assert valid.search_text() == search_text
        with demo.read() as session:
            located = locate_address(session, valid.postcode, valid.straat, valid.woonplaats)
        assert located == (street_id, buurt_id)


def test_names_postcodes_phones_and_emails_pass_their_validators_unchanged(demo: Database) -> None:
    people = rows(
        demo, "SELECT voornaam, tussenvoegsel, achternaam, postcode, telefoon, email FROM person"
    )
    for voornaam, tussenvoegsel, achternaam, postcode, telefoon, email in people:
        assert PersonName.parse(voornaam, tussenvoegsel, achternaam) == PersonName(
            voornaam, tussenvoegsel, achternaam
        )
        assert normalize_postcode(postcode) == postcode
        assert normalize_phone(telefoon) == telefoon
        assert normalize_email(email) == email
    others = rows(demo, "SELECT postcode, telefoon, email FROM organisation")
    others += rows(demo, "SELECT postcode, '', '' FROM location")
    others += rows(demo, "SELECT postcode, '', '' FROM street_postcode")
    others += rows(demo, "SELECT '', walk_in_phone, walk_in_email FROM signup")
    for postcode, telefoon, email in others:
        assert normalize_postcode(postcode) == postcode
        assert normalize_phone(telefoon) == telefoon
        assert normalize_email(email) == email


def test_the_list_is_a_real_mix_of_names(demo: Database) -> None:
    names = rows(demo, "SELECT voornaam, tussenvoegsel, achternaam FROM person")
    assert sum(1 for _, t, _ in names if t) > PEOPLE // 10, "tussenvoegsels are common"
    assert any(not a.isascii() for _, _, a in names), "Öztürk, Nguyễn, ..."
    assert any(not v.isascii() for v, _, _ in names), "Chloë, Ömer, ..."
    assert len({a for _, _, a in names}) > 80
    emails = [r[0] for r in rows(demo, "SELECT email FROM person WHERE email <> ''")]
    assert len(emails) == len(set(emails)), "no two people share an e-mail address"
    phones = [r[0] for r in rows(demo, "SELECT telefoon FROM person WHERE telefoon LIKE '+316%'")]
    assert len(phones) == len(set(phones)), "no two people share a mobile number"


def test_search_rank_follows_the_name_order(demo: Database) -> None:
    by_rank = [r[0] for r in rows(demo, "SELECT id FROM person ORDER BY search_rank")]
    by_name = [r[0] for r in rows(demo, "SELECT id FROM person ORDER BY sort_key, id")]
    assert by_rank == by_name
    ranks = sorted(r[0] for r in rows(demo, "SELECT search_rank FROM person"))
    assert ranks == [RANK_GAP * (i + 1) for i in range(PEOPLE)]
    assert by_rank != sorted(by_rank), "ids are not simply alphabetical"


def test_the_substring_index_is_complete_and_in_list_order(demo: Database) -> None:
    with demo.read() as session:
        session.execute(text("INSERT INTO person_fts(person_fts) VALUES('integrity-check')"))
        fts = [r[0] for r in session.execute(text("SELECT rowid FROM person_fts"))]
    assert fts == sorted(r[0] for r in rows(demo, "SELECT search_rank FROM person"))
    triggers = {r[0] for r in rows(demo, "SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"person_fts_insert", "person_fts_update", "person_fts_delete"} <= triggers


@pytest.mark.parametrize("typed", ["berg", "Berg", "van den berg", "straat", "ja", "lindenhoven"])
def test_the_search_box_finds_exactly_the_matching_people_in_list_order(
    demo: Database, typed: str
) -> None:
    """``fetch_page`` (FTS5 on long fragments, the name index on short ones) against a
    plain scan of ``search_text``."""
    tokens = search_tokens(typed)
    params = {f"t{i}": t for i, t in enumerate(tokens)}
    if len(tokens) == 1 and len(tokens[0]) < 3:  # achternaam starts with
        where = "sort_key >= :t0 AND sort_key < :upper"
        params["upper"] = tokens[0][:-1] + chr(ord(tokens[0][-1]) + 1)
    else:
        where = " AND ".join(f"search_text LIKE '%' || :t{i} || '%'" for i in range(len(tokens)))
    expected = [
        r[0]
        for r in rows(demo, f"SELECT id FROM person WHERE {where} ORDER BY search_rank", **params)
    ]
    found = [r.person_id for r in fetch_page(demo, PeopleQuery(text=typed))]
    assert found, typed
    assert found == expected[: len(found)]
    assert len(found) == min(len(expected), PAGE_SIZE)


def test_search_ignores_accents_and_finds_streets_and_phones(demo: Database) -> None:
    turkish = rows(demo, "SELECT achternaam FROM person WHERE achternaam LIKE '%ü%' LIMIT 1")
    if turkish:
        plain = turkish[0][0].replace("ü", "u").replace("Ö", "O").replace("ö", "o")
        assert fetch_page(demo, PeopleQuery(text=plain))
    street, number = rows(demo, "SELECT straat, huisnummer FROM person WHERE straat <> '' LIMIT 1")[
        0
    ]
    assert count(demo, PeopleQuery(text=f"{street} {number}")) >= 1
    phone = scalar(demo, "SELECT telefoon FROM person WHERE telefoon LIKE '+316%' LIMIT 1")
    local = "0" + phone[3:5] + "-" + phone[5:]
    assert [r.telefoon for r in fetch_page(demo, PeopleQuery(text=local))]


def test_roles_have_realistic_shares(demo: Database) -> None:
    residents, volunteers, initiators, professionals = rows(
        demo,
        "SELECT sum(is_resident), sum(is_volunteer), sum(is_initiator), sum(is_professional) "
        "FROM person",
    )[0]
    assert residents > PEOPLE * 0.95
    assert PEOPLE * 0.04 < volunteers < PEOPLE * 0.13
    assert PEOPLE * 0.005 < initiators < PEOPLE * 0.05
    assert professionals == round(PEOPLE * 0.01)
    functions = {r[0] for r in rows(demo, "SELECT function FROM membership")}
    assert {"wijkagent", "huismeester", "opbouwwerker"} <= functions
    tagged = scalar(demo, "SELECT count(DISTINCT person_id) FROM person_tag")
    assert tagged > PEOPLE * 0.2
    with_birth_year = scalar(demo, "SELECT count(*) FROM person WHERE birth_year IS NOT NULL")
    assert PEOPLE * 0.8 < with_birth_year < PEOPLE

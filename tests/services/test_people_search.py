"""Searching the people list: what a coordinator types finds the right people, in order,
a page at a time, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from buurtdesk.db.engine import Database
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import people
from buurtdesk.services.people_search import PeopleQuery, count, fetch_page, search_tokens

PEOPLE = [
    PersonInput(
        voornaam="Jan",
        tussenvoegsel="van der",
        achternaam="Berg",
        straat="Kerkweg",
        huisnummer="12",
        postcode="6871ab",
        woonplaats="Renkum",
        telefoon="06-12345678",
        skills=("koken",),
    ),
    PersonInput(
        voornaam="Piet",
        achternaam="Aalders",
        straat="Lindelaan",
        huisnummer="3",
        email="piet@example.nl",
        is_volunteer=True,
    ),
    PersonInput(
        voornaam="Ömer",
        achternaam="Öztürk",
        straat="Kerkweg",
        huisnummer="14",
        telefoon="010 123 4567",
        interests=("fietsen repareren",),
    ),
    PersonInput(voornaam="Anna", achternaam="van den Berg", postcode="6871 AC"),
    PersonInput(voornaam="Kees", achternaam="Bergman", is_volunteer=True),
    PersonInput(voornaam="Chloë", achternaam="de Vries", email="chloe@voorbeeld.nl"),
]


@pytest.fixture
def network(any_db: Database) -> Database:
    for person in PEOPLE:
        people.create_person(any_db, person)
    return any_db


def names(db: Database, text: str = "", **filters: object) -> list[str]:
    return [r.list_name for r in fetch_page(db, PeopleQuery(text=text, **filters))]  # type: ignore[arg-type]


def test_the_whole_list_is_sorted_on_achternaam_without_tussenvoegsel(network: Database) -> None:
    assert names(network) == [
        "Aalders, Piet",
        "Berg, Anna van den",
        "Berg, Jan van der",
        "Bergman, Kees",
        "Öztürk, Ömer",
        "Vries, Chloë de",
    ]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("berg", ["Berg, Anna van den", "Berg, Jan van der", "Bergman, Kees"]),
        ("b", ["Berg, Anna van den", "Berg, Jan van der", "Bergman, Kees"]),
        ("van der berg", ["Berg, Jan van der"]),
        ("ozturk", ["Öztürk, Ömer"]),
        ("Öztürk", ["Öztürk, Ömer"]),
        ("chloe", ["Vries, Chloë de"]),
        ("kerkweg", ["Berg, Jan van der", "Öztürk, Ömer"]),
        ("kerkweg 14", ["Öztürk, Ömer"]),
        ("6871 AB", ["Berg, Jan van der"]),
        ("6871 A", ["Berg, Anna van den", "Berg, Jan van der"]),
        ("6871 AC", ["Berg, Anna van den"]),
        ("6871ab", ["Berg, Jan van der"]),
        ("6871", ["Berg, Anna van den", "Berg, Jan van der"]),
        ("06-1234", ["Berg, Jan van der"]),
        ("+31 6 12345678", ["Berg, Jan van der"]),
        ("0101234567", ["Öztürk, Ömer"]),
        ("example.nl", ["Aalders, Piet"]),
        ("koken", ["Berg, Jan van der"]),
        ("fietsen", ["Öztürk, Ömer"]),
        ("xyz", []),
        ("q", []),
        ('"%_\\', []),
    ],
)
def test_search_finds_by_name_street_postcode_phone_email_and_tags(
    network: Database, typed: str, expected: list[str]
) -> None:
    assert names(network, typed) == expected
    assert count(network, PeopleQuery(text=typed)) == len(expected)


def test_role_filter(network: Database) -> None:
    assert names(network, role="vrijwilliger") == ["Aalders, Piet", "Bergman, Kees"]
    assert names(network, "berg", role="vrijwilliger") == ["Bergman, Kees"]


def test_pages_follow_on_without_gaps_or_doubles(network: Database) -> None:
    seen: list[str] = []
    after = None
    while True:
        page = fetch_page(network, PeopleQuery(), after_rank=after, limit=4)
        if not page:
            break
        seen += [r.list_name for r in page]
        after = page[-1].rank
    assert seen == names(network)

    page = fetch_page(network, PeopleQuery(text="berg"), limit=2)
    rest = fetch_page(network, PeopleQuery(text="berg"), after_rank=page[-1].rank, limit=2)
    assert [r.list_name for r in page + rest] == names(network, "berg")


def test_rows_are_ready_to_show(network: Database) -> None:
    (row,) = fetch_page(network, PeopleQuery(text="van der berg"))
    assert row.address == "Kerkweg 12"
    assert row.postcode == "6871 AB"
    assert row.telefoon == "06 12345678"
    assert row.roles == ("bewoner",)


def test_count_stops_at_the_cap(network: Database) -> None:
    assert count(network, PeopleQuery(text="berg"), cap=2) == 3  # cap + 1 means "more than"
    assert count(network, PeopleQuery()) == len(PEOPLE)


def test_tokens() -> None:
    assert search_tokens("  Jan  van der BERG ") == ["jan", "van", "der", "berg"]
    assert search_tokens("06-123 45") == ["0612345"]
    assert search_tokens("Kerkweg 6871 ab") == ["6871 ab", "kerkweg"]
    assert search_tokens("6871 a") == ["6871 a"]
    assert search_tokens("") == []

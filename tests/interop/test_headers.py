"""Header mapping: the many ways coordinators name their columns."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.interop.headers import (
    EXPORT_COLUMNS,
    NOT_USED,
    HeaderMapping,
    map_headers,
    normalise_header,
    target_of,
)


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Voornaam", "voornaam"),
        ("  VOORNAAM ", "voornaam"),
        ("Roepnaam", "voornaam"),
        ("First name", "voornaam"),
        ("first_name", "voornaam"),
        ("Tussenvoegsel", "tussenvoegsel"),
        ("Tussenv.", "tussenvoegsel"),
        ("infix", "tussenvoegsel"),
        ("Achternaam", "achternaam"),
        ("Last Name", "achternaam"),
        ("Surname", "achternaam"),
        ("Naam", "naam"),
        ("name", "naam"),
        ("Straat", "straat"),
        ("Street", "straat"),
        ("Adres", "adres"),
        ("Huisnummer", "huisnummer"),
        ("Huisnr.", "huisnummer"),
        ("Nr", "huisnummer"),
        ("House number", "huisnummer"),
        ("Toevoeging", "toevoeging"),
        ("Postcode", "postcode"),
        ("ZIP", "postcode"),
        ("Zip-code", "postcode"),
        ("Woonplaats", "woonplaats"),
        ("Plaats", "woonplaats"),
        ("City", "woonplaats"),
        ("Telefoon", "telefoon"),
        ("Tel.", "telefoon"),
        ("Télefoon", "telefoon"),
        ("Telefoonnummer", "telefoon"),
        ("Mobiel", "telefoon"),
        ("Phone", "telefoon"),
        ("E-mail", "email"),
        ("email", "email"),
        ("E-mailadres", "email"),
        ("e-mail adres", "email"),
        ("Opmerkingen", "notes"),
        ("Notities", "notes"),
        ("Notes", "notes"),
        ("Geboortejaar", "birth_year"),
        ("Vaardigheden", "skills"),
        ("Skills", "skills"),
        ("Interesses", "interests"),
        ("Interests", "interests"),
        ("Rollen", "roles"),
        ("Roles", "roles"),
    ],
)
def test_known_headers_map_to_their_field(header: str, target: str) -> None:
    assert target_of(header) == target


@pytest.mark.parametrize("header", ["Lidnummer", "", "IBAN", "Telefoon 2", "x" * 500])
def test_unknown_headers_are_not_used(header: str) -> None:
    assert target_of(header) is None


def test_every_export_header_reads_back_as_its_own_field() -> None:
    mapping = map_headers([header for _target, header in EXPORT_COLUMNS])
    assert mapping.targets == tuple(target for target, _header in EXPORT_COLUMNS)


def test_naam_beside_achternaam_is_not_used() -> None:
    mapping = map_headers(["Naam", "Voornaam", "Achternaam"])
    assert mapping.targets == (None, "voornaam", "achternaam")


def test_naam_beside_voornaam_is_the_achternaam() -> None:
    mapping = map_headers(["Voornaam", "Naam", "Tel"])
    assert mapping.targets == ("voornaam", "achternaam", "telefoon")
    assert mapping.column_label("achternaam") == "Naam"


def test_whole_name_column_answers_for_every_name_part() -> None:
    mapping = map_headers(["Volledige naam", "Postcode"])
    assert mapping.targets == ("naam", "postcode")
    assert mapping.column_label("voornaam") == "Volledige naam"
    assert mapping.column_label("achternaam") == "Volledige naam"
    assert mapping.column_label("telefoon") == "Telefoon"  # not in the file: the field's label


def test_the_better_name_wins_when_two_columns_name_one_field() -> None:
    mapping = map_headers(["Voorletters", "Achternaam", "Roepnaam"])
    assert mapping.targets == (None, "achternaam", "voornaam")


def test_straat_beats_adres() -> None:
    mapping = map_headers(["Naam", "Adres", "Straat"])
    assert mapping.targets == ("naam", None, "straat")


def test_uses_names_each_column_or_says_not_used() -> None:
    mapping = map_headers(["Naam", "Lidnr"])
    assert mapping.uses() == (
        ("Naam", "Naam (voornaam, tussenvoegsel en achternaam)"),
        ("Lidnr", NOT_USED),
    )
    assert mapping.unused_headers() == ("Lidnr",)


def test_a_header_needs_a_name_column() -> None:
    assert not map_headers(["Voornaam", "Telefoon"]).has_name
    assert map_headers(["Achternaam"]).has_name
    assert map_headers(["Naam"]).has_name


@given(st.lists(st.text(max_size=60), max_size=30))
def test_random_header_rows_never_crash_and_feed_each_field_once(cells: list[str]) -> None:
    mapping = map_headers(cells)
    assert isinstance(mapping, HeaderMapping)
    assert len(mapping.targets) == len(cells)
    used = [target for target in mapping.targets if target is not None]
    assert len(used) == len(set(used))
    for header, use in mapping.uses():
        assert isinstance(header, str)
        assert isinstance(use, str)
    for field in ("voornaam", "achternaam", "postcode", "roles", "unknown"):
        assert isinstance(mapping.column_label(field), str)


@given(st.text(max_size=300))
def test_normalised_headers_hold_only_letters_and_digits(text: str) -> None:
    assert all(ch.isalnum() for ch in normalise_header(text))


_NOISE = st.text(alphabet=" .-_:*()'/\t", max_size=3)


@given(
    alias=st.sampled_from(["Voornaam", "Achternaam", "Postcode", "E-mail", "Huisnummer"]),
    before=_NOISE,
    after=_NOISE,
    upper=st.booleans(),
)
def test_case_spaces_and_punctuation_around_a_header_are_ignored(
    alias: str, before: str, after: str, upper: bool
) -> None:
    noisy = before + (alias.upper() if upper else alias.lower()) + after
    assert target_of(noisy) == target_of(alias)


def test_accents_in_headers_are_ignored() -> None:
    accented = "".join({"e": "é", "a": "á", "o": "ö"}.get(ch, ch) for ch in "Woonplaats")
    assert accented != "Woonplaats"
    assert target_of(accented) == "woonplaats"
    assert all(ch in string.ascii_lowercase for ch in normalise_header(accented))

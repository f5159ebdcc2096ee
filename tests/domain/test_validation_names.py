"""Person names: validation, the tussenvoegsel, list and sort order the Dutch way."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.validation import (
    KNOWN_TUSSENVOEGSELS,
    SORT_SEPARATOR,
    PersonName,
    split_full_name,
)

ANY_TEXT = st.text(st.characters(exclude_categories=()))
NAMEISH_TEXT = st.text(
    st.sampled_from("aAbBdDeEnNrRsStTvVéÇĳ '’-.,0@<>\t\n\x00") | st.characters(), max_size=40
)
HUGE = 100_000

T = TypeVar("T")


def attempt(call: Callable[[], T]) -> T | ValidationError:
    """The call's result, or the ValidationError it raised (any other exception escapes)."""
    try:
        return call()
    except ValidationError as error:
        return error


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("Jan", "", "Jansen"), ("Jan", "", "Jansen")),
        (("  Jan-Willem ", None, " de   Boer "), ("Jan-Willem", "de", "Boer")),
        (("J.P.", "", "Balkenende"), ("J.P.", "", "Balkenende")),
        (("Hedy", "", "d'Ancona"), ("Hedy", "d'", "Ancona")),
        (("Moussa", "", "N'Diaye"), ("Moussa", "", "N'Diaye")),
        (("Ömer", "", "Şahin"), ("Ömer", "", "Şahin")),
        (("Ĳbrand", "", "Ĳzerman"), ("Ĳbrand", "", "Ĳzerman")),
        (("Fatima", "", "el Amrani"), ("Fatima", "el", "Amrani")),
        (("Jan", "Van Der", "Berg"), ("Jan", "van der", "Berg")),
        (("Jan", "", "van der Berg"), ("Jan", "van der", "Berg")),
        (("Jan", "", "Van der Berg"), ("Jan", "van der", "Berg")),
        (("Gerrit", "", "in 't Veld"), ("Gerrit", "in 't", "Veld")),
        (("Gerrit", "", "in ’t Veld"), ("Gerrit", "in 't", "Veld")),
        (("Anne", "", "de Jong-van Dam"), ("Anne", "de", "Jong-van Dam")),
        (("", "", "De Vries"), ("", "de", "Vries")),
        (("", "", "Vries"), ("", "", "Vries")),
        # A tussenvoegsel given on its own means the achternaam is taken as written.
        (("Jan", "de", "van Dam"), ("Jan", "de", "van Dam")),
        # A lone word that happens to be a tussenvoegsel is an achternaam.
        (("Lisa", "", "Van"), ("Lisa", "", "Van")),
    ],
)
def test_parse_accepts_and_normalises(
    parts: tuple[str | None, str | None, str | None], expected: tuple[str, str, str]
) -> None:
    name = PersonName.parse(*parts)
    assert (name.voornaam, name.tussenvoegsel, name.achternaam) == expected


@pytest.mark.parametrize(
    ("parts", "field", "fragment"),
    [
        (("Jan", "", ""), "achternaam", "Vul de achternaam in."),
        (("Jan", "", None), "achternaam", "Vul de achternaam in."),
        (("Jan2", "", "Jansen"), "voornaam", "Voornaam mag geen cijfers bevatten."),
        (("Jan", "", "Jansen3"), "achternaam", "Achternaam mag geen cijfers bevatten."),
        (("<script>", "", "Jansen"), "voornaam", "Voornaam mag het teken „<” niet bevatten."),
        (("Jan", "{x}", "Jansen"), "tussenvoegsel", "Tussenvoegsel mag het teken „{”"),
        (("Jan", "", "jan@example.nl"), "achternaam", "„@”"),
        (("Jan", "", "Jansen, Piet"), "achternaam", "„,”"),
        (("Jan", "", "-"), "achternaam", "Achternaam moet minstens één letter bevatten."),
        (("...", "", "Jansen"), "voornaam", "Voornaam moet minstens één letter bevatten."),
        (("x" * 101, "", "Jansen"), "voornaam", "Voornaam mag hoogstens 100 tekens lang zijn."),
        (("Jan", "", "x" * 101), "achternaam", "Achternaam mag hoogstens 100 tekens lang zijn."),
        (("Jan", "", "Jan\x00sen"), "achternaam", "verborgen teken"),
        (("Jan\u200e", "", "Jansen"), "voornaam", "onzichtbaar of onbekend teken"),
    ],
)
def test_parse_refuses_with_field_and_dutch_message(
    parts: tuple[str | None, str | None, str | None], field: str, fragment: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        PersonName.parse(*parts)
    assert caught.value.field == field
    assert fragment in caught.value.message


def test_refusal_for_a_symbol_says_what_is_allowed() -> None:
    with pytest.raises(ValidationError) as caught:
        PersonName.parse("Jan", "", "Jan$en")
    assert caught.value.message == (
        "Achternaam mag het teken „$” niet bevatten. Gebruik alleen letters, spaties, "
        "koppeltekens (-), apostroffen (') en punten."
    )


@pytest.mark.parametrize(
    ("parts", "full_name", "list_name", "sort_key"),
    [
        (
            ("Jan", "van der", "Berg"),
            "Jan van der Berg",
            "Berg, Jan van der",
            "berg\x1fjan\x1fvan der",
        ),
        (("", "van der", "Berg"), "Van der Berg", "Berg, van der", "berg\x1f\x1fvan der"),
        (("Jan", "", "Berg"), "Jan Berg", "Berg, Jan", "berg\x1fjan\x1f"),
        (("", "", "Berg"), "Berg", "Berg", "berg\x1f\x1f"),
        (("Hedy", "d'", "Ancona"), "Hedy d'Ancona", "Ancona, Hedy d'", "ancona\x1fhedy\x1fd"),
        (("", "'t", "Hart"), "'t Hart", "Hart, 't", "hart\x1f\x1ft"),
        (("Ömer", "", "Çelik"), "Ömer Çelik", "Çelik, Ömer", "celik\x1fomer\x1f"),
        (("Moussa", "", "N'Diaye"), "Moussa N'Diaye", "N'Diaye, Moussa", "ndiaye\x1fmoussa\x1f"),
    ],
)
def test_display_forms_and_sort_key(
    parts: tuple[str, str, str], full_name: str, list_name: str, sort_key: str
) -> None:
    name = PersonName.parse(*parts)
    assert name.full_name == full_name
    assert name.list_name == list_name
    assert name.sort_key == sort_key


def test_list_sorts_on_achternaam_without_tussenvoegsel() -> None:
    names = [
        split_full_name(text)
        for text in ["Kees Croes", "Jan van der Berg", "Piet Aalders", "Anna Bergen", "Ad Berg"]
    ]
    ordered = [name.full_name for name in sorted(names, key=lambda n: n.sort_key)]
    assert ordered == [
        "Piet Aalders",
        "Ad Berg",
        "Jan van der Berg",
        "Anna Bergen",
        "Kees Croes",
    ]


def test_sort_ignores_case_and_accents() -> None:
    names = [
        PersonName.parse("", "", text) for text in ["Zwart", "Çelik", "de Boer", "Özdemir", "appel"]
    ]
    ordered = [name.achternaam for name in sorted(names, key=lambda n: n.sort_key)]
    assert ordered == ["appel", "Boer", "Çelik", "Özdemir", "Zwart"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan van der Berg", ("Jan", "van der", "Berg")),
        ("Berg, Jan van der", ("Jan", "van der", "Berg")),
        ("van der Berg, Jan", ("Jan", "van der", "Berg")),
        ("Berg, van der", ("", "van der", "Berg")),
        ("Berg,Jan", ("Jan", "", "Berg")),
        ("Fatima el Amrani", ("Fatima", "el", "Amrani")),
        ("Jan Willem de Jong-van Dam", ("Jan Willem", "de", "Jong-van Dam")),
        ("Hedy d'Ancona", ("Hedy", "d'", "Ancona")),
        ("Gerrit in 't Veld", ("Gerrit", "in 't", "Veld")),
        ("J.P. Balkenende", ("J.P.", "", "Balkenende")),
        ("Jansen", ("", "", "Jansen")),
        ("van der Berg", ("", "van der", "Berg")),
        ("De Vries", ("", "de", "Vries")),
        ("Jan Van Der Berg", ("Jan", "van der", "Berg")),
        # "Al" and "Le" open a name as voornaam; only in lower case are they a tussenvoegsel.
        ("Al Jansen", ("Al", "", "Jansen")),
        ("al Jansen", ("", "al", "Jansen")),
        ("  Ömer   Çelik  ", ("Ömer", "", "Çelik")),
    ],
)
def test_split_full_name(text: str, expected: tuple[str, str, str]) -> None:
    name = split_full_name(text)
    assert (name.voornaam, name.tussenvoegsel, name.achternaam) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Vul de naam in."),
        ("   ", "Vul de naam in."),
        (None, "Vul de naam in."),
        ("Jan 2 Jansen", "mag geen cijfers bevatten"),
        (", Jan", "Vul de achternaam in."),
        ("Berg, Jan, Piet", "„,”"),
    ],
)
def test_split_full_name_refuses_on_its_own_field(text: str | None, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        split_full_name(text, field="contactpersoon")
    assert caught.value.field == "contactpersoon"
    assert fragment in caught.value.message


def test_huge_names_are_refused_quickly() -> None:
    huge = "a" * HUGE
    started = time.perf_counter()
    for parts in [(huge, "", "Jansen"), ("Jan", huge, "Jansen"), ("Jan", "", huge)]:
        with pytest.raises(ValidationError) as caught:
            PersonName.parse(*parts)
        assert "hoogstens 100 tekens" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        split_full_name(huge)
    assert caught.value.field == "naam"
    assert "hoogstens" in caught.value.message
    assert time.perf_counter() - started < 0.5


@settings(max_examples=200)
@given(ANY_TEXT | NAMEISH_TEXT, ANY_TEXT | NAMEISH_TEXT, ANY_TEXT | NAMEISH_TEXT)
def test_parse_returns_a_name_or_validation_error_and_is_idempotent(
    voornaam: str, tussenvoegsel: str, achternaam: str
) -> None:
    name = attempt(lambda: PersonName.parse(voornaam, tussenvoegsel, achternaam))
    if isinstance(name, ValidationError):
        assert name.field in {"voornaam", "tussenvoegsel", "achternaam"}
        assert name.message.endswith(".")
        return
    assert name.achternaam
    assert all(len(part) <= 100 for part in (name.voornaam, name.tussenvoegsel, name.achternaam))
    assert PersonName.parse(name.voornaam, name.tussenvoegsel, name.achternaam) == name
    assert name.sort_key.count(SORT_SEPARATOR) == 2


@settings(max_examples=200)
@given(ANY_TEXT | NAMEISH_TEXT)
def test_split_full_name_returns_a_name_or_validation_error(text: str) -> None:
    name = attempt(lambda: split_full_name(text))
    if isinstance(name, ValidationError):
        assert name.field == "naam"
        assert name.message.endswith(".")
        return
    assert PersonName.parse(name.voornaam, name.tussenvoegsel, name.achternaam) == name


LETTERS = "abcdefghijklmnoprstuvwzéëïöüçş"
WORD = st.text(st.sampled_from(LETTERS), min_size=2, max_size=12).map(str.capitalize)
GIVEN_WORD = WORD.filter(lambda word: word.lower() not in KNOWN_TUSSENVOEGSELS)
GIVEN_NAMES = st.lists(GIVEN_WORD, min_size=1, max_size=3).map(" ".join)
TUSSENVOEGSEL = st.sampled_from(sorted(KNOWN_TUSSENVOEGSELS)) | st.just("")


@given(GIVEN_NAMES, TUSSENVOEGSEL, WORD)
def test_full_name_and_list_name_split_back_into_the_same_parts(
    voornaam: str, tussenvoegsel: str, achternaam: str
) -> None:
    name = PersonName.parse(voornaam, tussenvoegsel, achternaam)
    assert split_full_name(name.full_name) == name
    assert split_full_name(name.list_name) == name


@given(st.lists(st.tuples(GIVEN_NAMES, TUSSENVOEGSEL, WORD), min_size=2, max_size=12))
def test_sorting_follows_the_achternaam_whatever_the_tussenvoegsel(
    parts: list[tuple[str, str, str]],
) -> None:
    names = sorted((PersonName.parse(*p) for p in parts), key=lambda n: n.sort_key)
    surnames = [name.sort_key.split(SORT_SEPARATOR)[0] for name in names]
    assert surnames == sorted(surnames)
    first_names = [
        name.sort_key.split(SORT_SEPARATOR)[1]
        for name in names
        if name.sort_key.startswith(surnames[0] + SORT_SEPARATOR)
    ]
    assert first_names == sorted(first_names)

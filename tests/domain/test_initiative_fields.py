"""The initiative form's validation: every wrong field at once, Dutch messages naming it."""

from __future__ import annotations

from datetime import date

import pytest

from buurtdesk.domain.errors import ValidationError, ValidationErrors
from buurtdesk.domain.initiative_fields import (
    InitiativeInput,
    format_money,
    input_money,
    need_kind,
    parse_money,
    validate_initiative,
)
from buurtdesk.domain.initiatives import NeedKind


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("€ 1.250,50", 125050),
        ("1250", 125000),
        ("1.250", 125000),
        ("1.250,-", 125000),
        ("12,5", 1250),
        ("1250.50", 125050),
        ("€1.000.000", 100000000),
        ("  ", 0),
        ("", 0),
        ("250 euro", 25000),
    ],
)
def test_amounts_are_read_the_dutch_way(text: str, cents: int) -> None:
    assert parse_money(text, field="spent", label="Uitgegeven bedrag") == cents


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("-50", "kan niet negatief zijn"),
        ("−50", "kan niet negatief zijn"),
        ("vijftig", "begrijp ik niet"),
        ("1,2,3", "begrijp ik niet"),
        ("€", "vul het bedrag in"),
        ("1" * 10_000, "geen bedrag"),
        ("99999999999", "meer dan 10.000.000 euro"),
    ],
)
def test_wrong_amounts_are_refused_naming_the_field(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text, field="budget_asked", label="Gevraagd bedrag")
    assert caught.value.field == "budget_asked"
    assert caught.value.message.startswith("Gevraagd bedrag")
    assert words in caught.value.message


def test_amounts_are_shown_the_dutch_way() -> None:
    assert format_money(125050) == "€ 1.250,50"
    assert format_money(0) == "€ 0,00"
    assert input_money(100000000) == "1.000.000,00"
    assert input_money(0) == ""


def test_a_good_form_is_cleaned_and_parsed() -> None:
    valid = validate_initiative(
        InitiativeInput(
            title="  Moestuin   Lindeplein ",
            next_step_due="12 dec 2026",
            budget_asked="€ 1.250,50",
            spent="1.250",
            theme_ids=(3, 1, 3),
        )
    )
    assert valid.title == "Moestuin Lindeplein"
    assert valid.next_step_due == date(2026, 12, 12)
    assert valid.budget_asked_cents == 125050
    assert valid.spent_cents == 125000
    assert valid.theme_ids == (3, 1)


def test_every_wrong_field_is_reported_at_once() -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_initiative(
            InitiativeInput(
                title="",
                next_step_due="31-02-2027",
                budget_asked="-5",
                budget_granted="veel",
                spent="1" * 10_000,
                fund="x" * 10_000,
                next_step="y" * 10_000,
            )
        )
    errors = caught.value.by_field()
    assert set(errors) == {
        "title",
        "next_step_due",
        "budget_asked",
        "budget_granted",
        "spent",
        "fund",
        "next_step",
    }
    assert errors["title"] == "Vul de titel in."
    assert errors["next_step_due"] == "31 februari 2027 bestaat niet."
    assert "Fonds mag hoogstens 100 tekens" in errors["fund"]
    assert "nu 10.000 tekens" in errors["fund"]
    assert "Volgende stap mag hoogstens 300 tekens" in errors["next_step"]


def test_a_title_of_ten_thousand_characters_is_refused_clearly() -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_initiative(InitiativeInput(title="a" * 10_000))
    assert caught.value.by_field() == {
        "title": "Titel mag hoogstens 200 tekens lang zijn. "
        "Maak de tekst korter (nu 10.000 tekens)."
    }
    assert validate_initiative(InitiativeInput(title="a" * 200)).title == "a" * 200


def test_long_texts_fit_up_to_their_limit() -> None:
    valid = validate_initiative(InitiativeInput(title="T", description="regel\n" * 1000))
    assert valid.description.count("\n") == 999
    with pytest.raises(ValidationErrors) as caught:
        validate_initiative(InitiativeInput(title="T", lessons="x" * 10_001))
    assert "Lessen mag hoogstens 10000 tekens" in caught.value.by_field()["lessons"]


def test_a_date_in_words_or_a_silly_year() -> None:
    assert validate_initiative(
        InitiativeInput(title="T", next_step_due="za 12 december 2026")
    ).next_step_due == date(2026, 12, 12)
    with pytest.raises(ValidationErrors) as caught:
        validate_initiative(InitiativeInput(title="T", next_step_due="12-12-1026"))
    assert "1026" in caught.value.by_field()["next_step_due"]
    with pytest.raises(ValidationErrors) as caught:
        validate_initiative(InitiativeInput(title="T", next_step_due="x" * 10_000))
    assert "Dit is geen datum" in caught.value.by_field()["next_step_due"]


def test_need_kinds_by_value_or_label() -> None:
    assert need_kind("Geld") is NeedKind.MONEY
    assert need_kind("vrijwilligers") is NeedKind.VOLUNTEERS
    with pytest.raises(ValidationError, match="Kies wat er nodig is"):
        need_kind("taart")

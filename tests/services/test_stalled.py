"""Stalled initiatives: open stages only, no contact for N weeks or an overdue next step,
with the reason in Dutch (today: mon 7 dec 2026; 6 weeks is 42 days)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import ValidationError
from buurtdesk.services import initiatives, settings, stages
from buurtdesk.services.contacts import ContactMomentInput, record_contact_moment
from buurtdesk.services.initiatives import stalled
from tests.services.initiative_helpers import person, with_history

TODAY = date(2026, 12, 7)


def _contact(db: Database, initiative_id: int, day: date) -> None:
    jan = person(db, "Jan", "Jansen")
    record_contact_moment(
        db,
        ContactMomentInput(
            occurred_on=day, summary="Gesprek", person_ids=(jan,), initiative_id=initiative_id
        ),
        today=TODAY,
    )


def _world(db: Database) -> None:
    # In Plan since 1 okt: 67 days, never a contact → 9 weeks.
    with_history(db, "Zonder contact", [("Plan", datetime(2026, 10, 1, 10))])
    # Last contact 5 okt: 63 days → 9 weeks.
    old = with_history(db, "Oud contact", [("Plan", datetime(2026, 9, 1, 10))])
    _contact(db, old, date(2026, 10, 5))
    # Next step due fri 4 dec: 3 days late; in its stage only since 20 nov.
    with_history(db, "Te laat", [("Verkenning", datetime(2026, 11, 20, 10))], due=date(2026, 12, 4))
    # Closed: never stalled, however old.
    with_history(db, "Gestopt", [("Gestopt", datetime(2026, 1, 1, 10))], due=date(2026, 2, 1))
    # Due today is not late; contact 41 days ago is not yet 6 weeks.
    fine = with_history(db, "Loopt", [("Idee", datetime(2026, 9, 1, 10))], due=TODAY)
    _contact(db, fine, date(2026, 10, 27))
    # Contact exactly 42 days ago: 6 weeks.
    six = with_history(db, "Zes weken", [("Idee", datetime(2026, 9, 1, 10))])
    _contact(db, six, date(2026, 10, 26))


def test_stalled_with_the_reason(db: Database) -> None:
    _world(db)
    reasons = {c.title: c.stalled_reason for c in stalled(db, today=TODAY)}
    assert reasons == {
        "Zonder contact": "nog geen contact in 9 weken",
        "Oud contact": "geen contact sinds 9 weken",
        "Te laat": "volgende stap te laat sinds 3 dagen",
        "Zes weken": "geen contact sinds 6 weken",
    }


def test_both_reasons_at_once(db: Database) -> None:
    with_history(db, "Vergeten", [("Plan", datetime(2026, 10, 1, 10))], due=date(2026, 12, 6))
    [card] = stalled(db, today=TODAY)
    assert card.stalled_reason == "nog geen contact in 9 weken; volgende stap te laat sinds 1 dag"


def test_the_number_of_weeks_is_a_setting(db: Database) -> None:
    _world(db)
    assert settings.get_stalled_weeks(db) == 6
    settings.set_stalled_weeks(db, "10")
    assert settings.get_stalled_weeks(db) == 10
    assert settings.get_setting(db, "stalled_weeks") == "10"
    assert {c.title for c in stalled(db, today=TODAY)} == {"Te laat"}
    assert {c.title for c in stalled(db, today=TODAY, weeks=9)} == {
        "Zonder contact",
        "Oud contact",
        "Te laat",
    }


@pytest.mark.parametrize("wrong", ["", "0", "nul", "105", "-3"])
def test_a_wrong_number_of_weeks_is_refused(db: Database, wrong: str) -> None:
    with pytest.raises(ValidationError) as caught:
        settings.set_stalled_weeks(db, wrong)
    assert caught.value.field == "stalled_weeks"
    assert "Vul een aantal weken in, van 1 tot 104." in caught.value.message
    assert settings.get_stalled_weeks(db) == 6


def test_moving_it_on_the_board_is_not_contact(db: Database) -> None:
    """Found in a trial: a move reset "nog geen contact in 16 weken" to nothing."""
    idea = with_history(db, "Zonder contact", [("Idee", datetime(2026, 10, 1, 10))])
    verkenning = next(s.stage_id for s in stages.list_stages(db) if s.name == "Verkenning")
    initiatives.move_initiative(db, idea, verkenning, confirm_open_checklist=True, today=TODAY)
    reasons = {c.title: c.stalled_reason for c in stalled(db, today=TODAY)}
    assert reasons == {"Zonder contact": "nog geen contact in 9 weken"}

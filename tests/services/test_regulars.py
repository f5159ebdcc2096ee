"""Regulars of a recurring activity, and the ones not seen for three weeks (to call them)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import ValidationError
from buurtdesk.services import regulars, signups
from tests.services.signups_world import add_person, make_regular, plan


def test_add_list_and_remove_regulars(any_db: Database) -> None:
    koffie = plan(any_db, weeks=2)
    annie = add_person(any_db, "Annie", "Berg", telefoon="0612121212")
    regulars.add_regular(any_db, koffie.activity_id, annie)
    with pytest.raises(ValidationError, match="Annie Berg is al vaste deelnemer"):
        regulars.add_regular(any_db, koffie.activity_id, annie)
    rows = regulars.list_regulars(any_db, koffie.activity_id)
    assert [(r.name, r.phone, r.last_seen) for r in rows] == [("Annie Berg", "06 12121212", None)]
    regulars.remove_regular(any_db, koffie.activity_id, annie)
    assert regulars.list_regulars(any_db, koffie.activity_id) == []


def test_regulars_not_seen_for_three_weeks(any_db: Database) -> None:
    today = date.today()
    # Weekly dates from eight weeks ago up to last week.
    koffie = plan(any_db, first_day=today - timedelta(weeks=8), weeks=8)
    dates = koffie.occurrence_ids
    long_ago = datetime(2020, 1, 1)
    names = {"trouw": "Truus", "weg": "Wim", "nooit": "Nora", "nieuw": "Nico"}
    ids = {
        key: add_person(any_db, name, "Test", telefoon="0612345678") for key, name in names.items()
    }
    for key in ("trouw", "weg", "nooit"):
        make_regular(any_db, koffie.activity_id, ids[key], added=long_ago)
    make_regular(any_db, koffie.activity_id, ids["nieuw"], added=datetime.combine(today, time()))
    signups.check_in(any_db, dates[-1], person_id=ids["trouw"])  # last week
    signups.check_in(any_db, dates[2], person_id=ids["weg"])  # five weeks ago
    missing = regulars.regulars_not_seen(any_db, koffie.activity_id, today)
    assert [(r.name, r.last_seen) for r in missing] == [
        ("Nora Test", None),
        ("Wim Test", today - timedelta(weeks=6)),
    ]
    assert missing[0].phone == "06 12345678"
    # With a longer window, Wim was seen recently enough.
    longer = regulars.regulars_not_seen(any_db, koffie.activity_id, today, weeks=6)
    assert [r.name for r in longer] == ["Nora Test"]


def test_regulars_keep_their_place_and_a_regular_who_cannot_come_frees_it(
    any_db: Database,
) -> None:
    """Capacity 3 with two regulars: one more sign-up fits, the next waits. When a regular
    says they will not come this time, the first on the waiting list moves up."""
    koffie = plan(any_db, capacity=3)
    annie = add_person(any_db, "Annie", "Berg")
    bert = add_person(any_db, "Bert", "Smit")
    for person in (annie, bert):
        regulars.add_regular(any_db, koffie.activity_id, person)
    counts = signups.occurrence_counts(any_db, koffie.first)
    assert (counts.expected, counts.free) == (2, 1)

    cor = add_person(any_db, "Cor", "Vos", telefoon="0611111111")
    dina = add_person(any_db, "Dina", "Kok", telefoon="0622222222")
    assert signups.register_person(any_db, koffie.first, cor).status == "aangemeld"
    assert signups.register_person(any_db, koffie.first, dina).status == "wachtlijst"
    # A regular who signs up as well takes their own kept place, not a second one.
    assert signups.register_person(any_db, koffie.first, annie).status == "aangemeld"
    assert signups.occurrence_counts(any_db, koffie.first).free == 0

    result = signups.cancel_regular(any_db, koffie.first, bert)
    assert "Bel Dina Kok (06 22222222)" in result.message
    counts = signups.occurrence_counts(any_db, koffie.first)
    assert (counts.expected, counts.waiting, counts.free) == (3, 0, 0)
    bert_row = next(
        r
        for r in signups.door_list(any_db, koffie.first, include_cancelled=True)
        if r.person_id == bert
    )
    assert bert_row.status == "afgemeld"
    with pytest.raises(ValidationError, match="heeft zich aangemeld"):
        signups.cancel_regular(any_db, koffie.first, annie)

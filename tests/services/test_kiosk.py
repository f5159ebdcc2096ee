"""The aanmeldbalie: search shows "Jan V." only, check-in and walk-ins commit at once."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from buurtdesk.db.engine import Database
from buurtdesk.domain.access import volunteer_at
from buurtdesk.domain.agenda import SignUpStatus
from buurtdesk.domain.errors import NotFound, ValidationError
from buurtdesk.services import kiosk, pins, signups
from buurtdesk.services.signups import WalkInInput
from tests.services.signups_world import add_person, cancel_date, make_regular, plan


@pytest.fixture
def door(any_db: Database) -> tuple[Database, int, dict[str, int]]:
    """A koffieochtend today with sign-ups and a regular, and the volunteer's database."""
    koffie = plan(any_db, first_day=date.today(), capacity=6)
    people = {
        "jan": add_person(any_db, "Jan", "Vries", tussenvoegsel="de", telefoon="0612345678"),
        "janneke": add_person(any_db, "Janneke", "Öztürk", email="j@voorbeeld.nl"),
        "emine": add_person(any_db, "Émine", "Jansen"),
        "piet": add_person(any_db, "Piet", "Post"),  # in the network, not at this activity
    }
    signups.register_person(any_db, koffie.first, people["jan"])
    signups.register_person(any_db, koffie.first, people["janneke"], party_size=2)
    make_regular(any_db, koffie.activity_id, people["emine"], added=datetime(2020, 1, 1))
    signups.register_walk_in(
        any_db, koffie.first, WalkInInput("Kees van Dam", phone="0647654321", address="Dorp 1")
    )
    return any_db.as_actor(volunteer_at(koffie.activity_id)), koffie.first, people


def test_search_starts_with_first_or_last_name_and_shows_no_details(
    door: tuple[Database, int, dict[str, int]],
) -> None:
    volunteer, occurrence, _ = door
    labels = [row.label for row in kiosk.kiosk_search(volunteer, occurrence, "jan")]
    assert labels == ["Émine J.", "Jan V.", "Janneke Ö."]
    assert [r.label for r in kiosk.kiosk_search(volunteer, occurrence, "OZT")] == ["Janneke Ö."]
    assert [r.label for r in kiosk.kiosk_search(volunteer, occurrence, "emi")] == ["Émine J."]
    assert [r.label for r in kiosk.kiosk_search(volunteer, occurrence, "de v")] == ["Jan V."]
    assert [r.label for r in kiosk.kiosk_search(volunteer, occurrence, "dam")] == ["Kees D."]
    assert kiosk.kiosk_search(volunteer, occurrence, "anne") == []  # not "contains"
    assert kiosk.kiosk_search(volunteer, occurrence, "piet") == []  # not at this activity
    assert kiosk.kiosk_search(volunteer, occurrence, "") == []
    shown = repr(kiosk.kiosk_search(volunteer, occurrence, "k"))
    for detail in ("0647654321", "Dorp", "Dam", "voorbeeld.nl", "Vries"):
        assert detail not in shown
    regular = kiosk.kiosk_search(volunteer, occurrence, "jans")[0]
    assert (regular.signup_id, regular.status) == (None, "vaste deelnemer")


def test_check_in_welcomes_and_counts(door: tuple[Database, int, dict[str, int]]) -> None:
    volunteer, occurrence, people = door
    janneke = kiosk.kiosk_search(volunteer, occurrence, "janneke")[0]
    result = kiosk.kiosk_check_in(volunteer, occurrence, signup_id=janneke.signup_id)
    assert result.message == "Welkom, Janneke!"
    again = kiosk.kiosk_check_in(volunteer, occurrence, signup_id=janneke.signup_id)
    assert again.message == "Janneke was al binnengemeld. Welkom!"
    regular = kiosk.kiosk_check_in(volunteer, occurrence, person_id=people["emine"])
    assert regular.message == "Welkom, Émine!"
    assert kiosk.kiosk_search(volunteer, occurrence, "emine")[0].present
    counts = kiosk.kiosk_counts(volunteer, occurrence)
    assert (counts.expected, counts.present, counts.walk_ins) == (5, 3, 0)
    with pytest.raises(NotFound, match="niet op de lijst"):
        kiosk.kiosk_check_in(volunteer, occurrence, person_id=people["piet"])


def test_walk_in_and_sign_up_for_later(door: tuple[Database, int, dict[str, int]]) -> None:
    volunteer, occurrence, _ = door
    walk_in = kiosk.kiosk_walk_in(
        volunteer, occurrence, WalkInInput("Sanne Bos", phone="0611223344", party_size="2")
    )
    assert walk_in.message == "Welkom, Sanne! U bent aangemeld en binnengemeld."
    assert walk_in.signup_id is not None
    counts = kiosk.kiosk_counts(volunteer, occurrence)
    assert (counts.present, counts.walk_ins, counts.free) == (2, 2, 0)
    later = kiosk.kiosk_sign_up(volunteer, occurrence, WalkInInput("Ton Tak", phone="0629887766"))
    assert later.message.startswith("Ton, het is vol. U staat op de wachtlijst (plaats 1).")
    rows = kiosk.kiosk_search(volunteer, occurrence, "ton")
    assert [(r.label, r.status) for r in rows] == [("Ton T.", SignUpStatus.WAITING.value)]


def test_kiosk_info_and_opening_needs_a_pin(any_db: Database) -> None:
    today = date.today()
    koffie = plan(any_db, first_day=today - timedelta(days=7), weeks=3)
    cancel_date(any_db, koffie.occurrence_ids[1])  # today's date is cancelled
    with pytest.raises(ValidationError, match="Stel eerst een pincode in"):
        kiosk.open_kiosk(any_db, koffie.activity_id)
    pins.set_pin(any_db, "2580")
    info = kiosk.open_kiosk(any_db, koffie.activity_id, today=today)
    assert (info.title, info.occurrence_id) == ("Koffieochtend", koffie.occurrence_ids[2])
    assert info.when_text.endswith("10.00–12.00 uur")
    volunteer = any_db.as_actor(volunteer_at(koffie.activity_id))
    assert kiosk.kiosk_info(volunteer, koffie.activity_id, today) == info

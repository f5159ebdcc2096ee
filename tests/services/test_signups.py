"""Signing up for a date: people and walk-ins, capacity, the waiting list and who to call."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import SignUp, SignUpStatus
from buurtdesk.domain.errors import ValidationError, ValidationErrors
from buurtdesk.domain.privacy import Consent
from buurtdesk.services import signups
from buurtdesk.services.signups import WalkInInput
from tests.services.signups_world import add_person, cancel_date, plan


def signup_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SignUp)) or 0)


def test_a_person_is_signed_up_and_a_second_time_refused(any_db: Database) -> None:
    koffie = plan(any_db, first_day=date(2030, 10, 8))
    jan = add_person(any_db, "Jan", "Vries", tussenvoegsel="de", telefoon="0612345678")
    result = signups.register_person(any_db, koffie.first, jan)
    assert result.status is SignUpStatus.CONFIRMED
    assert result.message == "Jan de Vries is aangemeld."
    with pytest.raises(ValidationError) as refused:
        signups.register_person(any_db, koffie.first, jan)
    assert refused.value.field == "person"
    assert refused.value.message == (
        "Jan de Vries is al aangemeld voor deze activiteit op di 8 okt 2030."
    )
    assert signup_count(any_db) == 1


def test_after_cancelling_the_same_person_can_sign_up_again(any_db: Database) -> None:
    koffie = plan(any_db)
    jan = add_person(any_db, "Jan", "Jansen")
    first = signups.register_person(any_db, koffie.first, jan)
    signups.cancel_signup(any_db, first.signup_id)
    again = signups.register_person(any_db, koffie.first, jan)
    assert again.status is SignUpStatus.CONFIRMED


def test_over_capacity_goes_to_the_waiting_list_in_order(any_db: Database) -> None:
    film = plan(any_db, "Filmavond", capacity=3)
    ids = [add_person(any_db, f"Persoon{chr(65 + i)}", "Test") for i in range(5)]
    results = [signups.register_person(any_db, film.first, pid) for pid in ids]
    assert [r.status for r in results[:3]] == [SignUpStatus.CONFIRMED] * 3
    assert [(r.status, r.position) for r in results[3:]] == [
        (SignUpStatus.WAITING, 1),
        (SignUpStatus.WAITING, 2),
    ]
    assert results[4].message == "PersoonE Test staat op de wachtlijst (plaats 2)."
    counts = signups.occurrence_counts(any_db, film.first)
    assert (counts.expected, counts.waiting, counts.capacity, counts.free) == (3, 2, 3, 0)


def test_party_size_counts_against_capacity(any_db: Database) -> None:
    film = plan(any_db, capacity=4)
    family = add_person(any_db, "Fatima", "Amrani", tussenvoegsel="el")
    assert signups.register_person(any_db, film.first, family, party_size=3).status == (
        SignUpStatus.CONFIRMED
    )
    pair = signups.register_walk_in(
        any_db, film.first, WalkInInput("Kees Bakker", phone="0612345679", party_size="2")
    )
    assert pair.status is SignUpStatus.WAITING


def test_cancelling_promotes_the_waiting_list_and_says_who_to_call(any_db: Database) -> None:
    film = plan(any_db, capacity=1)
    jan = add_person(any_db, "Jan", "Jansen")
    fatima = add_person(any_db, "Fatima", "Amrani", tussenvoegsel="El", telefoon="06 12345678")
    first = signups.register_person(any_db, film.first, jan)
    waiting = signups.register_person(any_db, film.first, fatima)
    assert waiting.status is SignUpStatus.WAITING
    cancelled = signups.cancel_signup(any_db, first.signup_id)
    assert [p.name for p in cancelled.promoted] == ["Fatima el Amrani"]
    assert cancelled.promoted[0].phone == "06 12345678"
    assert cancelled.message.startswith("Afgemeld. Bel Fatima el Amrani (06 12345678)")
    rows = {row.name: row for row in signups.door_list(any_db, film.first)}
    assert rows["Fatima el Amrani"].status == SignUpStatus.CONFIRMED


def test_a_large_party_that_does_not_fit_keeps_its_place_in_the_queue(any_db: Database) -> None:
    """Fairness: the first in line is not passed over; the coordinator is told why."""
    film = plan(any_db, capacity=3)
    a, b, c, d = (add_person(any_db, n, "Test") for n in ("Anna", "Bram", "Cor", "Dirk"))
    first = signups.register_person(any_db, film.first, a)
    signups.register_person(any_db, film.first, b, party_size=2)
    family = signups.register_person(any_db, film.first, c, party_size=3)
    single = signups.register_person(any_db, film.first, d)
    assert (family.position, single.position) == (1, 2)
    cancelled = signups.cancel_signup(any_db, first.signup_id)
    assert cancelled.promoted == ()
    assert "Er is nog 1 plaats vrij, maar de eerste op de wachtlijst (Cor Test, 3 personen)" in (
        cancelled.message
    )
    # A newcomer while people wait joins the queue, even when a place is free.
    late = signups.register_walk_in(
        any_db, film.first, WalkInInput("Els Laat", email="els@voorbeeld.nl")
    )
    assert (late.status, late.position) == (SignUpStatus.WAITING, 3)


def test_cancelling_twice_is_harmless(any_db: Database) -> None:
    koffie = plan(any_db)
    result = signups.register_walk_in(any_db, koffie.first, WalkInInput("Els", phone="0611111111"))
    signups.cancel_signup(any_db, result.signup_id)
    assert signups.cancel_signup(any_db, result.signup_id).message == (
        "Deze aanmelding was al afgemeld."
    )


def test_a_cancelled_or_past_date_refuses_sign_ups(any_db: Database) -> None:
    koffie = plan(any_db, weeks=2)
    cancel_date(any_db, koffie.first)
    jan = add_person(any_db, "Jan", "Jansen")
    with pytest.raises(ValidationError, match="is afgelast"):
        signups.register_person(any_db, koffie.first, jan)
    past = plan(any_db, "Buurtlunch", first_day=date.today() - timedelta(days=3))
    with pytest.raises(ValidationError, match="al voorbij"):
        signups.register_person(any_db, past.first, jan)
    # Afterwards the coordinator can still record who came.
    came = signups.check_in(any_db, past.first, person_id=jan)
    assert came.message == "Jan Jansen is binnen."
    assert signups.occurrence_counts(any_db, past.first).present == 1
    assert signup_count(any_db) == 0


def test_consent_ticks_are_kept_with_their_date(any_db: Database) -> None:
    koffie = plan(any_db, first_day=date(2030, 10, 8))
    jan = add_person(any_db, "Jan", "Jansen")
    result = signups.register_person(
        any_db, koffie.first, jan, consent_contact=True, consent_photos=True
    )
    with any_db.read() as session:
        signup = session.get(SignUp, result.signup_id)
        assert signup is not None
        assert signup.consent_contact
        assert signup.consent_photos
        assert signup.created_at
        consents = session.execute(
            select(Consent.purpose, Consent.given, Consent.recorded_at, Consent.source).where(
                Consent.person_id == jan
            )
        ).all()
    assert sorted(c.purpose for c in consents) == ["beeldmateriaal", "contact"]
    assert all(c.given and c.recorded_at for c in consents)
    assert consents[0].source == "aanmelding Koffieochtend di 8 okt 2030"


def test_a_walk_in_needs_a_name_and_a_way_to_reach_them(any_db: Database) -> None:
    koffie = plan(any_db)
    with pytest.raises(ValidationErrors) as missing:
        signups.register_walk_in(any_db, koffie.first, WalkInInput(name="", party_size="twee"))
    assert set(missing.value.by_field()) == {"name", "phone", "party_size"}
    with pytest.raises(ValidationErrors) as long_name:
        signups.register_walk_in(
            any_db, koffie.first, WalkInInput(name="x" * 10_000, phone="0612345678")
        )
    assert long_name.value.by_field() == {
        "name": "Naam mag hoogstens 200 tekens lang zijn. Maak de tekst korter (nu 10.000 tekens)."
    }
    with pytest.raises(ValidationErrors) as bad:
        signups.register_walk_in(
            any_db, koffie.first, WalkInInput("Els", phone="12", email="geen-adres")
        )
    assert set(bad.value.by_field()) == {"phone", "email"}
    assert signup_count(any_db) == 0


def test_the_same_walk_in_twice_is_refused(any_db: Database) -> None:
    koffie = plan(any_db)
    signups.register_walk_in(any_db, koffie.first, WalkInInput("Els Smit", phone="0611111111"))
    with pytest.raises(ValidationError, match="Els Smit is al aangemeld"):
        signups.register_walk_in(
            any_db, koffie.first, WalkInInput("els  smit", phone="06-11111111")
        )


def test_a_walk_in_at_the_door_is_in_even_when_full(any_db: Database) -> None:
    koffie = plan(any_db, capacity=1)
    signups.register_walk_in(any_db, koffie.first, WalkInInput("Els", phone="0611111111"))
    door = signups.register_walk_in(
        any_db,
        koffie.first,
        WalkInInput("Piet Post", phone="0622222222", address="Kerkweg 1", party_size=2),
        check_in=True,
    )
    assert door.status is SignUpStatus.CONFIRMED
    assert "meer mensen dan de 1 plaatsen" in door.message
    counts = signups.occurrence_counts(any_db, koffie.first)
    assert (counts.present, counts.walk_ins, counts.expected, counts.free) == (2, 2, 3, 0)
    row = next(r for r in signups.door_list(any_db, koffie.first) if r.name == "Piet Post")
    assert row.is_walk_in
    assert row.present
    assert row.phone == "06 22222222"

"""Contact moments and the Vervolgacties list: order, overdue flag, validation in Dutch."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import NotFound, ValidationErrors
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.privacy import AuditEntry
from buurtdesk.services import contacts, organisations, people
from buurtdesk.services.contacts import ContactMomentInput

TODAY = date(2026, 12, 7)


def _person(db: Database, voornaam: str, achternaam: str) -> int:
    return people.create_person(db, PersonInput(voornaam=voornaam, achternaam=achternaam)).person_id


def _record(db: Database, **fields: Any) -> int:
    values: dict[str, Any] = {"occurred_on": TODAY - timedelta(days=1)}
    values.update(fields)
    return contacts.record_contact_moment(
        db, ContactMomentInput(**values), today=TODAY
    ).contact_moment_id


def test_record_and_read_back_with_names(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    fatma = _person(db, "Fatma", "Yılmaz")
    org = organisations.create_organisation(db, OrganisationInput(name="Woonstad")).organisation_id
    moment = _record(
        db,
        channel="huisbezoek",
        summary="Koffie gedronken.\nWil meedoen met de moestuin.",
        person_ids=(fatma, jan, jan),
        organisation_ids=(org,),
        follow_up="Gieter regelen",
        follow_up_due=TODAY + timedelta(days=3),
    )
    detail = contacts.get_contact_moment(db, moment)
    assert detail.data.summary == "Koffie gedronken.\nWil meedoen met de moestuin."
    assert [p.name for p in detail.people] == ["Jan Jansen", "Fatma Yılmaz"]
    assert [o.name for o in detail.organisations] == ["Woonstad"]
    assert detail.data.channel == "huisbezoek"
    assert not detail.follow_up_done

    rows = contacts.contact_moments_of_person(db, fatma)
    assert len(rows) == 1
    assert rows[0].about == "Jan Jansen, Fatma Yılmaz; Woonstad"
    assert rows[0].channel_label == "Huisbezoek"
    assert rows[0].summary_preview == "Koffie gedronken. Wil meedoen met de moestuin."
    assert [r.contact_moment_id for r in contacts.contact_moments_of_organisation(db, org)] == [
        moment
    ]


def test_history_is_newest_first_and_paged(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    ids = [_record(db, person_ids=(jan,), occurred_on=TODAY - timedelta(days=d)) for d in (5, 1, 3)]
    rows = contacts.contact_moments_of_person(db, jan, limit=2)
    assert [r.contact_moment_id for r in rows] == [ids[1], ids[2]]
    assert [r.contact_moment_id for r in contacts.contact_moments_of_person(db, jan, offset=2)] == [
        ids[0]
    ]


def test_open_follow_ups_overdue_first_undated_last(any_db: Database) -> None:
    jan = _person(any_db, "Jan", "Jansen")
    piet = _person(any_db, "Piet", "Pieters")
    later = _record(
        any_db, person_ids=(jan,), follow_up="Terugbellen", follow_up_due=TODAY + timedelta(days=10)
    )
    undated = _record(any_db, person_ids=(piet,), follow_up="Ooit eens langs")
    overdue = _record(
        any_db,
        person_ids=(jan, piet),
        follow_up="Flyer brengen",
        follow_up_due=TODAY - timedelta(days=2),
    )
    due_today = _record(any_db, person_ids=(piet,), follow_up="Mailen", follow_up_due=TODAY)
    _record(any_db, person_ids=(jan,), summary="Geen vervolg nodig")
    done = _record(
        any_db, person_ids=(jan,), follow_up="Klaar", follow_up_due=TODAY - timedelta(days=9)
    )
    contacts.set_follow_up_done(any_db, done)

    rows = contacts.open_follow_ups(any_db, today=TODAY)
    assert [r.contact_moment_id for r in rows] == [overdue, due_today, later, undated]
    assert [r.overdue for r in rows] == [True, False, False, False]
    assert rows[0].about == "Jan Jansen, Piet Pieters"
    assert rows[0].follow_up == "Flyer brengen"
    assert [
        r.contact_moment_id
        for r in contacts.open_follow_ups(any_db, today=TODAY, limit=2, offset=2)
    ] == [
        later,
        undated,
    ]
    assert contacts.count_open_follow_ups(any_db, today=TODAY) == contacts.FollowUpCount(4, 1)

    contacts.set_follow_up_done(any_db, overdue)
    assert contacts.get_contact_moment(any_db, overdue).follow_up_done_at is not None
    assert overdue not in [
        r.contact_moment_id for r in contacts.open_follow_ups(any_db, today=TODAY)
    ]
    contacts.set_follow_up_done(any_db, overdue, False)
    assert contacts.open_follow_ups(any_db, today=TODAY)[0].contact_moment_id == overdue
    assert contacts.get_contact_moment(any_db, overdue).follow_up_done_at is None


def test_validation_messages_in_dutch(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    with pytest.raises(ValidationErrors) as caught:
        contacts.record_contact_moment(
            db,
            ContactMomentInput(
                occurred_on=None,
                channel="postduif",
                summary="x" * 10_001,
                follow_up_due=TODAY,
            ),
            today=TODAY,
        )
    errors = caught.value.by_field()
    assert errors["occurred_on"] == "Vul de datum van het contactmoment in."
    assert errors["channel"].startswith("Kies hoe het contact was")
    assert "hoogstens 10000 tekens" in errors["summary"]
    assert "geen vervolgactie" in errors["follow_up"]
    assert errors["person_ids"].startswith("Kies minstens één persoon of organisatie")

    with pytest.raises(ValidationErrors) as caught:
        contacts.record_contact_moment(
            db, ContactMomentInput(occurred_on=date(2206, 1, 1), person_ids=(jan,)), today=TODAY
        )
    assert caught.value.by_field() == {
        "occurred_on": "Datum ligt te ver in de toekomst. Controleer het jaartal."
    }
    with pytest.raises(ValidationErrors) as caught:
        contacts.record_contact_moment(
            db,
            ContactMomentInput(
                occurred_on=date(1026, 1, 1),
                person_ids=(jan,),
                follow_up="Bellen",
                follow_up_due=date(2040, 1, 1),
            ),
            today=TODAY,
        )
    assert set(caught.value.by_field()) == {"occurred_on", "follow_up_due"}
    assert contacts.contact_moments_of_person(db, jan) == []


def test_update_replaces_links_and_clearing_the_follow_up_closes_it(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    piet = _person(db, "Piet", "Pieters")
    moment = _record(db, person_ids=(jan,), follow_up="Bellen", follow_up_due=TODAY)
    contacts.update_contact_moment(
        db,
        moment,
        ContactMomentInput(occurred_on=TODAY, person_ids=(piet,), summary="Gebeld"),
        today=TODAY,
    )
    assert contacts.contact_moments_of_person(db, jan) == []
    assert [r.summary_preview for r in contacts.contact_moments_of_person(db, piet)] == ["Gebeld"]
    assert contacts.open_follow_ups(db, today=TODAY) == []
    with pytest.raises(ValidationErrors, match="geen vervolgactie"):
        contacts.set_follow_up_done(db, moment)


def test_missing_links_and_delete(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    with pytest.raises(NotFound, match="personen"):
        _record(db, person_ids=(jan, 999))
    with pytest.raises(NotFound, match="organisaties"):
        _record(db, organisation_ids=(999,))
    with pytest.raises(NotFound, match="initiatief"):
        _record(db, person_ids=(jan,), initiative_id=999)
    moment = _record(db, person_ids=(jan,))
    contacts.delete_contact_moment(db, moment)
    with pytest.raises(NotFound):
        contacts.get_contact_moment(db, moment)
    with pytest.raises(NotFound):
        contacts.set_follow_up_done(db, moment)
    with db.read() as session:
        actions = session.execute(
            select(AuditEntry.action).where(AuditEntry.entity == "contact_moment")
        ).scalars()
        assert list(actions) == ["toegevoegd", "verwijderd"]


def test_long_summary_preview_is_cut(db: Database) -> None:
    jan = _person(db, "Jan", "Jansen")
    _record(db, person_ids=(jan,), summary="woord " * 200)
    preview = contacts.contact_moments_of_person(db, jan)[0].summary_preview
    assert len(preview) <= contacts.PREVIEW_LENGTH
    assert preview.endswith("…")

"""Merging two records of one person: every link kept, doubles combined, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, func, select

from buurtdesk.db.engine import Database
from buurtdesk.domain.agenda import (
    Activity,
    ActivityOrganiser,
    ActivityRegular,
    Attendance,
    Occurrence,
    SignUp,
    SignUpStatus,
    VolunteerShift,
)
from buurtdesk.domain.errors import NotFound, ValidationErrors
from buurtdesk.domain.initiatives import Initiative, InitiativePerson, Stage
from buurtdesk.domain.models import metadata
from buurtdesk.domain.network import (
    ContactMoment,
    ContactMomentPerson,
    MeetingAttendance,
    Membership,
    NetworkMeeting,
    Organisation,
    Person,
    PersonRelationship,
    RelationshipKind,
)
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.domain.privacy import AuditEntry, Consent
from buurtdesk.services import merge, people, people_search, relationships
from buurtdesk.services.merge import UnhandledReference, count_links, merge_people, preview_merge

T0 = datetime(2026, 12, 7, 19, 30)


def _person(db: Database, **fields: object) -> int:
    return people.create_person(db, PersonInput(**fields)).person_id  # type: ignore[arg-type]


@dataclass
class World:
    keep: int
    remove: int
    friend: int
    mentee: int
    occurrence: int
    both_occurrence: int
    org: int
    meeting: int


def _build(db: Database) -> World:
    """``remove`` has one of everything; ``keep`` shares some of it (the doubles)."""
    keep = _person(
        db,
        voornaam="",
        achternaam="Janssen",
        straat="Kerkweg",
        huisnummer="12",
        email="jan@voorbeeld.nl",
        notes="Komt op dinsdag.",
        skills=("Koken",),
    )
    remove = _person(
        db,
        voornaam="Jan",
        achternaam="Jansen",
        straat="Kerkweg",
        huisnummer="12",
        postcode="1234 AB",
        telefoon="06-12345678",
        email="j.jansen@voorbeeld.nl",
        birth_year="1956",
        is_volunteer=True,
        notes="Heeft een bakfiets.",
        skills=("Koken", "Fietsen repareren"),
        interests=("Tuinieren",),
    )
    friend = _person(db, voornaam="Piet", achternaam="Pieters")
    mentee = _person(db, voornaam="Sem", achternaam="Bakker")
    relationships.ensure_default_kinds(db)
    with db.write() as s:
        kinds = dict(s.execute(select(RelationshipKind.name, RelationshipKind.id)).all())
        org = Organisation(name="Buurthuis", sort_key="buurthuis")
        other_org = Organisation(name="Woonstad", sort_key="woonstad")
        stage = Stage(name="Idee")
        s.add_all([org, other_org, stage])
        s.flush()
        initiative = Initiative(title="Moestuin", stage_id=stage.id)
        other_initiative = Initiative(title="Buurtfeest", stage_id=stage.id)
        activity = Activity(title="Koffie", starts_at=T0, ends_at=T0.replace(hour=21), uid="a1")
        other_activity = Activity(title="Les", starts_at=T0, ends_at=T0.replace(hour=21), uid="a2")
        meeting = NetworkMeeting(title="Netwerk", held_on=date(2026, 11, 1))
        other_meeting = NetworkMeeting(title="Netwerk 2", held_on=date(2026, 12, 1))
        s.add_all([initiative, other_initiative, activity, other_activity, meeting, other_meeting])
        s.flush()
        occurrences = [
            Occurrence(
                activity_id=activity.id,
                original_start=T0.replace(day=d),
                starts_at=T0.replace(day=d),
                ends_at=T0.replace(day=d, hour=21),
            )
            for d in (7, 14, 21)
        ]
        s.add_all(occurrences)
        moments = [ContactMoment(occurred_on=date(2026, 12, d)) for d in (1, 2, 3, 4)]
        s.add_all(moments)
        s.flush()
        both, only_removed, shifts = occurrences
        s.add_all(
            [
                # Memberships: one double (same organisation and function), one to move.
                Membership(person_id=keep, organisation_id=org.id, function="Vrijwilliger"),
                Membership(
                    person_id=remove,
                    organisation_id=org.id,
                    function="vrijwilliger",
                    since=date(2020, 1, 1),
                ),
                Membership(person_id=remove, organisation_id=other_org.id, function="Huurder"),
                # Relationships: between the two (becomes a self-tie), a double, a new one.
                PersonRelationship(
                    from_person_id=keep, to_person_id=remove, kind_id=kinds["familie"]
                ),
                PersonRelationship(
                    from_person_id=keep, to_person_id=friend, kind_id=kinds["buren"]
                ),
                PersonRelationship(
                    from_person_id=friend, to_person_id=remove, kind_id=kinds["buren"]
                ),
                PersonRelationship(
                    from_person_id=remove, to_person_id=mentee, kind_id=kinds["mentor van"]
                ),
                # Contact moments: one with both, three with the removed one only.
                ContactMomentPerson(contact_moment_id=moments[0].id, person_id=keep),
                ContactMomentPerson(contact_moment_id=moments[0].id, person_id=remove),
                *(
                    ContactMomentPerson(contact_moment_id=m.id, person_id=remove)
                    for m in moments[1:]
                ),
                # Network meetings: both at one (the removed one came for the organisation).
                MeetingAttendance(meeting_id=meeting.id, person_id=keep),
                MeetingAttendance(meeting_id=meeting.id, person_id=remove, organisation_id=org.id),
                MeetingAttendance(meeting_id=other_meeting.id, person_id=remove),
                # Sign-ups: both for one date (kept on the waiting list, removed confirmed).
                SignUp(
                    occurrence_id=both.id,
                    person_id=keep,
                    status=SignUpStatus.WAITING.value,
                    position=1,
                ),
                SignUp(
                    occurrence_id=both.id,
                    person_id=remove,
                    status=SignUpStatus.CONFIRMED.value,
                    checked_in_at=T0,
                ),
                SignUp(occurrence_id=only_removed.id, person_id=remove),
                SignUp(
                    occurrence_id=only_removed.id,
                    person_id=remove,
                    status=SignUpStatus.CANCELLED.value,
                ),
                # Attendance: both checked in at one date.
                Attendance(
                    occurrence_id=both.id, person_id=keep, checked_in_at=T0.replace(minute=45)
                ),
                Attendance(occurrence_id=both.id, person_id=remove, checked_in_at=T0),
                Attendance(occurrence_id=only_removed.id, person_id=remove, checked_in_at=T0),
                VolunteerShift(occurrence_id=shifts.id, person_id=remove, task="bar"),
                VolunteerShift(occurrence_id=shifts.id, person_id=keep, task="koffie"),
                InitiativePerson(initiative_id=initiative.id, person_id=keep),
                InitiativePerson(
                    initiative_id=initiative.id, person_id=remove, role="penningmeester"
                ),
                InitiativePerson(initiative_id=other_initiative.id, person_id=remove),
                Consent(person_id=remove, purpose="beeldmateriaal", given=True),
                ActivityOrganiser(activity_id=activity.id, person_id=keep),
                ActivityOrganiser(activity_id=activity.id, person_id=remove),
                ActivityOrganiser(activity_id=other_activity.id, person_id=remove),
                ActivityRegular(activity_id=activity.id, person_id=keep),
                ActivityRegular(activity_id=activity.id, person_id=remove),
                ActivityRegular(activity_id=other_activity.id, person_id=remove),
            ]
        )
    return World(keep, remove, friend, mentee, only_removed.id, both.id, org.id, meeting.id)


def test_every_table_pointing_at_a_person_is_handled() -> None:
    """Fails when a new table references person.id and merge.py does not move its rows."""
    assert merge.unhandled_references() == set()
    # Discovery really reads the schema (a typo in it would make the check above vacuous).
    assert ("volunteer_shift", "person_id") in merge.person_references()
    assert ("person_relationship", "to_person_id") in merge.person_references()


def test_a_merge_refuses_to_run_with_an_unknown_reference(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = MetaData()
    for table in metadata.tables.values():
        table.to_metadata(later)
    Table(
        "person_note",
        later,
        Column("id", Integer, primary_key=True),
        Column("person_id", ForeignKey("person.id")),
    )
    monkeypatch.setattr(merge, "metadata", later)
    assert merge.unhandled_references() == {("person_note", "person_id")}

    keep = _person(db, achternaam="Jansen")
    remove = _person(db, achternaam="Janssen")
    with pytest.raises(UnhandledReference, match=r"person_note\.person_id"):
        merge_people(db, keep, remove)
    with db.read() as session:
        assert session.execute(select(func.count()).select_from(Person)).scalar_one() == 2


def test_merge_keeps_every_link(any_db: Database) -> None:
    w = _build(any_db)
    assert all(count_links(any_db, w.remove).values()), "the fixture lacks a kind of link"

    result = merge_people(any_db, w.keep, w.remove)

    assert count_links(any_db, w.remove) == dict.fromkeys(count_links(any_db, w.remove), 0)
    assert count_links(any_db, w.keep) == {
        "person_tag": 3,  # Koken (both), Fietsen repareren, Tuinieren
        "membership": 2,
        "person_relationship": 2,  # buren with Piet (one, not two), mentor van Sem
        "contact_moment_person": 4,
        "meeting_attendance": 2,
        "signup": 3,  # one for the shared date, one confirmed and one cancelled for the other
        "attendance": 2,
        "volunteer_shift": 2,
        "initiative_person": 2,
        "consent": 1,
        "activity_organiser": 2,
        "activity_regular": 2,  # both were regulars of the koffie: one row, not two
    }
    moved = {m.table: (m.moved, m.combined) for m in result.moved}
    assert moved["activity_regular"] == (1, 1)
    assert moved["contact_moment_person"] == (3, 1)
    assert moved["membership"] == (1, 1)
    assert moved["person_relationship"] == (1, 2)
    assert result.summary.startswith(
        "2 vaardigheden en interesses, 1 lidmaatschap, 1 relatie, 3 contactmomenten"
    )
    assert "dubbele koppelingen samengevoegd" in result.summary

    with any_db.read() as s:
        membership = s.execute(
            select(Membership).where(
                Membership.person_id == w.keep, Membership.function == "Vrijwilliger"
            )
        ).scalar_one()
        assert membership.since == date(2020, 1, 1), (
            "the combined membership keeps the earliest date"
        )
        signup = s.execute(
            select(SignUp).where(
                SignUp.person_id == w.keep, SignUp.occurrence_id == w.both_occurrence
            )
        ).scalar_one()
        assert signup.status == SignUpStatus.CONFIRMED.value, (
            "a confirmed place beats the waiting list"
        )
        assert signup.checked_in_at == T0
        attendance = s.execute(
            select(Attendance).where(
                Attendance.person_id == w.keep, Attendance.occurrence_id == w.both_occurrence
            )
        ).scalar_one()
        assert attendance.checked_in_at == T0, "the earliest check-in stays"
        came_for = s.execute(
            select(MeetingAttendance.organisation_id).where(
                MeetingAttendance.person_id == w.keep, MeetingAttendance.meeting_id == w.meeting
            )
        ).scalar_one()
        assert came_for == w.org, "the combined attendance keeps the organisation"
        assert s.get(Person, w.remove) is None

    ties = {(r.label, r.other_name) for r in relationships.relationships_of_person(any_db, w.keep)}
    assert ties == {("buren", "Pieters, Piet"), ("mentor van", "Bakker, Sem")}


def test_fields_are_filled_and_the_list_and_search_follow(any_db: Database) -> None:
    w = _build(any_db)
    result = merge_people(any_db, w.keep, w.remove)

    detail = people.get_person(any_db, w.keep)
    assert detail.data.achternaam == "Janssen", "the kept person's own values stay"
    assert detail.data.email == "jan@voorbeeld.nl"
    assert detail.data.voornaam == "Jan"
    assert detail.data.telefoon == "+31612345678"
    assert detail.data.postcode == "1234 AB"
    assert detail.data.birth_year == "1956"
    assert detail.data.is_volunteer
    assert detail.data.notes == "Komt op dinsdag.\n\nHeeft een bakfiets."
    assert set(detail.data.skills) == {"Koken", "Fietsen repareren"}
    assert result.list_name == "Janssen, Jan"
    assert {
        "voornaam",
        "telefoonnummer",
        "geboortejaar",
        "postcode",
        "rol vrijwilliger",
        "opmerkingen",
    } <= set(result.filled_fields)

    # The list order and the search index follow the new name and the new phone number.
    names = [r.list_name for r in people_search.fetch_page(any_db, people_search.PeopleQuery())]
    assert names == ["Bakker, Sem", "Janssen, Jan", "Pieters, Piet"]
    found = people_search.fetch_page(any_db, people_search.PeopleQuery("0612345678"))
    assert [r.person_id for r in found] == [w.keep]
    assert [
        r.person_id
        for r in people_search.fetch_page(any_db, people_search.PeopleQuery("tuinieren"))
    ] == [w.keep]


def test_merge_is_audited(db: Database) -> None:
    keep = _person(db, achternaam="Jansen")
    remove = _person(db, achternaam="Janssen")
    merge_people(db, keep, remove, user_id=None)
    with db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail).where(
                AuditEntry.action.like("%samengevoegd%")
            )
        ).all()
    assert [(a, e) for a, e, _ in rows] == [
        ("samengevoegd", keep),
        ("verwijderd (samengevoegd)", remove),
    ]
    assert "Jansen" not in rows[0][2], "the audit log never holds personal data"


def test_preview_changes_nothing(db: Database) -> None:
    w = _build(db)
    before = (count_links(db, w.keep), count_links(db, w.remove))
    preview = preview_merge(db, w.keep, w.remove)
    assert preview.moved_count > 0
    assert (count_links(db, w.keep), count_links(db, w.remove)) == before
    assert people.get_person(db, w.remove).data.achternaam == "Jansen"


def test_summary_with_nothing_to_move(db: Database) -> None:
    keep = _person(db, achternaam="Jansen")
    remove = _person(db, achternaam="Janssen")
    assert merge_people(db, keep, remove).summary == "Geen koppelingen verplaatst"


def test_bad_requests(db: Database) -> None:
    keep = _person(db, achternaam="Jansen")
    with pytest.raises(ValidationErrors) as caught:
        merge_people(db, keep, keep)
    assert caught.value.by_field() == {
        "remove_id": "Kies twee verschillende personen om samen te voegen."
    }
    with pytest.raises(NotFound, match="bestaat niet meer"):
        merge_people(db, keep, 999)
    assert people.get_person(db, keep).data.achternaam == "Jansen"

"""The map, the organisations, the ties between people and the coordinator's past year."""

from __future__ import annotations

from datetime import date, timedelta

from buurtdesk.db.engine import Database
from buurtdesk.demo.data.words import RELATIONSHIP_KINDS
from buurtdesk.demo.geography import build_town, street_count
from buurtdesk.domain.network import OrganisationKind
from buurtdesk.domain.organisation_fields import organisation_sort_key
from buurtdesk.domain.privacy import ConsentPurpose, Role
from buurtdesk.domain.validation.postcode import FORBIDDEN_LETTERS
from tests.demo.conftest import TODAY, rows, scalar


def test_the_town_has_wijken_buurten_and_streets_with_postcodes(demo: Database) -> None:
    assert 3 <= scalar(demo, "SELECT count(*) FROM wijk") <= 5
    assert scalar(demo, "SELECT count(*) FROM buurt") == 12
    streets = scalar(demo, "SELECT count(*) FROM street")
    assert 60 <= streets <= 150
    names = {r[0] for r in rows(demo, "SELECT name FROM street")}
    assert {"Kerkstraat", "Lindelaan"} & names or any(n.startswith("Kerk") for n in names)
    per_street = rows(
        demo, "SELECT street_id, count(*) FROM street_postcode GROUP BY street_id ORDER BY 1"
    )
    assert len(per_street) == streets, "every street has postcodes"
    assert sum(n for _, n in per_street) >= 2 * streets, "a street has a few postcodes"
    codes = [r[0] for r in rows(demo, "SELECT postcode FROM street_postcode")]
    assert len(codes) == len(set(codes)), "a postcode belongs to one street"
    assert not {c[0] for c in codes} & {"0"}
    assert not {c[5:] for c in codes} & FORBIDDEN_LETTERS


def test_a_large_town_grows_more_and_longer_streets() -> None:
    import random

    small = build_town(random.Random(1), 2000)
    large = build_town(random.Random(1), 1_000_000)
    assert len(small.streets) < street_count(1_000_000) * 0.95 <= len(large.streets)
    assert sum(s.addresses for s in large.streets) >= 1_000_000 / 2
    codes = [code for code, _ in large.postcode_rows()]
    assert len(codes) == len(set(codes))
    assert max(int(c[:4]) for c in codes) < 10_000


def test_organisations_of_every_kind(demo: Database) -> None:
    kinds = {r[0] for r in rows(demo, "SELECT kind FROM organisation")}
    assert kinds == {k.value for k in OrganisationKind}
    for name, sort_key in rows(demo, "SELECT name, sort_key FROM organisation"):
        assert sort_key == organisation_sort_key(name)
    names = {r[0] for r in rows(demo, "SELECT name FROM organisation")}
    assert {"Woonstichting De Linde", "Gemeente Lindenhoven", "Moskee Al Fath"} <= names
    assert (
        scalar(demo, "SELECT count(*) FROM organisation WHERE website NOT LIKE 'https://www.%'")
        == 0
    )


def test_relationships_use_every_kind_and_never_tie_a_person_to_themself(demo: Database) -> None:
    used = {
        r[0]
        for r in rows(
            demo,
            "SELECT DISTINCT k.name FROM person_relationship r "
            "JOIN relationship_kind k ON k.id = r.kind_id",
        )
    }
    assert {"buren", "familie", "partners", "vrienden", "taalmaatje van"} <= used
    assert {r[0] for r in rows(demo, "SELECT name FROM relationship_kind")} == {
        n for n, _, _ in RELATIONSHIP_KINDS
    }
    assert rows(demo, "SELECT inverse_name FROM relationship_kind WHERE name = 'mentor van'") == [
        ("mentee van",)
    ]
    assert (
        scalar(demo, "SELECT count(*) FROM person_relationship WHERE from_person_id = to_person_id")
        == 0
    )


def test_consents_and_the_coordinator_account(demo: Database) -> None:
    purposes = {r[0] for r in rows(demo, "SELECT DISTINCT purpose FROM consent")}
    assert purposes == {p.value for p in ConsentPurpose}
    assert rows(demo, "SELECT username, role, pin_hash, active FROM app_user") == [
        ("coordinator", Role.COORDINATOR.value, "", 1)
    ]


def test_contact_moments_of_the_past_year_with_follow_ups_around_today(demo: Database) -> None:
    moments = rows(
        demo,
        "SELECT occurred_on, follow_up, follow_up_due, follow_up_done, follow_up_done_at, summary "
        "FROM contact_moment",
    )
    assert len(moments) >= 100
    first = TODAY - timedelta(days=366)
    for occurred, follow_up, due, done, done_at, summary in moments:
        assert first <= date.fromisoformat(occurred) <= TODAY
        assert summary
        assert "{" not in summary
        assert (due is None) == (follow_up == "")
        assert (done_at is not None) == bool(done)
        if done_at:
            assert done_at[:10] <= TODAY.isoformat()
    overdue = [m for m in moments if m[2] and m[2] < TODAY.isoformat() and not m[3]]
    done = [m for m in moments if m[3]]
    coming = [m for m in moments if m[2] and m[2] >= TODAY.isoformat() and not m[3]]
    assert overdue
    assert done
    assert coming
    assert scalar(demo, "SELECT count(*) FROM contact_moment_person") >= len(moments)
    assert scalar(demo, "SELECT count(*) FROM contact_moment_organisation") > 0


def test_network_meetings_have_attendance_only_once_held(demo: Database) -> None:
    meetings = rows(
        demo,
        "SELECT m.held_on, count(a.person_id), count(a.organisation_id) FROM network_meeting m "
        "LEFT JOIN meeting_attendance a ON a.meeting_id = m.id GROUP BY m.id",
    )
    assert len(meetings) >= 12
    for held_on, present, with_organisation in meetings:
        if held_on < TODAY.isoformat():
            assert 12 <= present <= 35
            assert with_organisation > 0
        else:
            assert present == 0

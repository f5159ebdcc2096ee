"""Initiatives in every stage, with a history that ends where each one stands."""

from __future__ import annotations

import itertools

from buurtdesk.db.engine import Database
from buurtdesk.domain.initiatives import DEFAULT_STAGES
from tests.demo.conftest import TODAY, rows, scalar


def test_stages_are_the_default_board(demo: Database) -> None:
    stages = rows(demo, "SELECT name, position, is_closed FROM stage ORDER BY position")
    assert [s[0] for s in stages] == list(DEFAULT_STAGES)
    assert [s[1] for s in stages] == list(range(len(DEFAULT_STAGES)))
    assert {s[0] for s in stages if s[2]} == {"Geborgd", "Gestopt"}


def test_about_25_initiatives_in_every_stage(demo: Database) -> None:
    per_stage = dict(
        rows(
            demo,
            "SELECT s.name, count(*) FROM initiative i JOIN stage s ON s.id = i.stage_id "
            "GROUP BY s.name",
        )
    )
    assert set(per_stage) == set(DEFAULT_STAGES)
    assert sum(per_stage.values()) == 25
    titles = [r[0] for r in rows(demo, "SELECT title FROM initiative")]
    assert all("{" not in t for t in titles)


def test_the_history_of_each_initiative_ends_in_its_stage(demo: Database) -> None:
    for initiative_id, stage_id, stage_since, created_at in rows(
        demo, "SELECT id, stage_id, stage_since, created_at FROM initiative"
    ):
        history = rows(
            demo,
            "SELECT from_stage_id, to_stage_id, changed_at FROM stage_change "
            "WHERE initiative_id = :i ORDER BY changed_at",
            i=initiative_id,
        )
        assert history[0][0] is None
        assert history[0][2] == created_at
        for earlier, later in itertools.pairwise(history):
            assert later[0] == earlier[1]
        assert history[-1][1] == stage_id
        assert history[-1][2] == stage_since
        assert stage_since[:10] <= TODAY.isoformat()


def test_open_initiatives_have_a_next_step_and_some_are_stalled(demo: Database) -> None:
    initiatives = rows(
        demo,
        "SELECT s.is_closed, i.next_step, i.next_step_due, i.budget_asked_cents, "
        "i.budget_granted_cents, i.spent_cents FROM initiative i JOIN stage s ON s.id = i.stage_id",
    )
    for closed, step, due, asked, granted, spent in initiatives:
        assert bool(step) != bool(closed)
        assert (due is None) == bool(closed)
        assert spent <= granted <= asked
    assert any(due and due < TODAY.isoformat() for _, _, due, *_ in initiatives)


def test_initiatives_have_people_partners_needs_and_themes(demo: Database) -> None:
    for table in ("initiative_person", "initiative_organisation", "initiative_theme"):
        assert scalar(demo, f"SELECT count(DISTINCT initiative_id) FROM {table}") == 25, table
    assert scalar(demo, "SELECT count(*) FROM initiative_need") >= 25
    roles = {r[0] for r in rows(demo, "SELECT role FROM initiative_person")}
    assert "initiatiefnemer" in roles
    linked = rows(
        demo,
        "SELECT a.title FROM activity a JOIN initiative i ON i.id = a.initiative_id "
        "WHERE a.rrule <> ''",
    )
    assert {r[0] for r in linked} == {"Repair Café", "Taalcafé", "Kookclub"}


def test_checklists_with_answers_and_the_history_of_needs(demo: Database) -> None:
    per_stage = dict(
        rows(
            demo,
            "SELECT s.name, count(*) FROM checklist_item c JOIN stage s ON s.id = c.stage_id "
            "GROUP BY s.name",
        )
    )
    assert set(per_stage) >= {"Idee", "Verkenning", "Plan", "Uitvoering"}
    assert scalar(demo, "SELECT count(*) FROM checklist_answer WHERE done") > 25
    assert scalar(demo, "SELECT count(DISTINCT need_id) FROM need_status_change") == scalar(
        demo, "SELECT count(*) FROM initiative_need"
    )
    last = rows(
        demo,
        "SELECT n.status, h.to_status FROM initiative_need n JOIN need_status_change h "
        "ON h.need_id = n.id WHERE h.id = (SELECT max(id) FROM need_status_change x "
        "WHERE x.need_id = n.id)",
    )
    assert all(status == newest for status, newest in last)

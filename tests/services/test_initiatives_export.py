"""The export rows of the initiatives and their stage history, against a hand-counted fixture."""

from __future__ import annotations

from datetime import date, datetime

from buurtdesk.db.engine import Database
from buurtdesk.domain.areas import Buurt, Wijk
from buurtdesk.domain.initiatives import (
    Initiative,
    InitiativeNeed,
    InitiativeOrganisation,
    InitiativePerson,
    InitiativeTheme,
    Stage,
    StageChange,
)
from buurtdesk.domain.network import Organisation, Person
from buurtdesk.domain.themes import Theme
from buurtdesk.services.initiatives_export import InitiativeExportRow, StageHistoryRow, rows

TODAY = date(2026, 12, 7)


def build(db: Database) -> None:
    """Two initiatives: the moestuin went Idee (1 mar) -> Verkenning (11 mar, 10 days) ->
    Plan (10 apr, 30 days) and sits in Plan since; the repair café was stopped."""
    with db.write() as session:
        stages = [Stage(name=n, position=i) for i, n in enumerate(("Idee", "Verkenning", "Plan"))]
        stages.append(Stage(name="Gestopt", position=5, is_closed=True))
        wijk = Wijk(name="Zuid")
        session.add_all([*stages, wijk])
        session.flush()
        buurt = Buurt(wijk_id=wijk.id, name="Centrum")
        theme = Theme(name="duurzaamheid")
        fatima = Person(
            voornaam="Fatima", achternaam="El Amrani", sort_key="el amrani", search_rank=10
        )
        jan = Person(
            voornaam="Jan", tussenvoegsel="de", achternaam="Vries", sort_key="vries", search_rank=20
        )
        woonstad = Organisation(name="Woonstad", sort_key="woonstad", kind="woningcorporatie")
        session.add_all([buurt, theme, fatima, jan, woonstad])
        session.flush()
        idee, verkenning, plan, gestopt = (s.id for s in stages)
        tuin = Initiative(
            title="Moestuin Lindeplein",
            buurt_id=buurt.id,
            stage_id=plan,
            stage_since=datetime(2026, 4, 10, 14, 0),
            created_at=datetime(2026, 3, 1, 10, 0),
            next_step="Subsidie aanvragen",
            next_step_due=date(2026, 12, 20),
            budget_asked_cents=125_050,
            budget_granted_cents=100_000,
            fund="Wijkbudget",
            spent_cents=2_500,
            receipts_received=True,
        )
        cafe = Initiative(
            title="=Repaircafé",
            stage_id=gestopt,
            stage_since=datetime(2026, 6, 1, 9, 0),
            created_at=datetime(2026, 5, 1, 9, 0),
            outcome="Geen ruimte gevonden",
        )
        session.add_all([tuin, cafe])
        session.flush()
        session.add_all(
            [
                InitiativePerson(initiative_id=tuin.id, person_id=jan.id),
                InitiativePerson(initiative_id=tuin.id, person_id=fatima.id),
                InitiativePerson(initiative_id=cafe.id, person_id=jan.id, role="vrijwilliger"),
                InitiativeOrganisation(initiative_id=tuin.id, organisation_id=woonstad.id),
                InitiativeTheme(initiative_id=tuin.id, theme_id=theme.id),
                InitiativeNeed(initiative_id=tuin.id, kind="plek", description="schuurtje"),
                InitiativeNeed(initiative_id=tuin.id, kind="geld", status="geregeld"),
                InitiativeNeed(initiative_id=tuin.id, kind="vrijwilligers"),
                StageChange(
                    initiative_id=tuin.id, to_stage_id=idee, changed_at=datetime(2026, 3, 1, 10)
                ),
                StageChange(
                    initiative_id=tuin.id,
                    from_stage_id=idee,
                    to_stage_id=verkenning,
                    changed_at=datetime(2026, 3, 11, 9),
                    note="Eerste gesprek",
                ),
                StageChange(
                    initiative_id=tuin.id,
                    from_stage_id=verkenning,
                    to_stage_id=plan,
                    changed_at=datetime(2026, 4, 10, 14),
                ),
                # No opening move recorded: the days count from the creation (1 May).
                StageChange(
                    initiative_id=cafe.id,
                    from_stage_id=idee,
                    to_stage_id=gestopt,
                    changed_at=datetime(2026, 6, 1, 9),
                    note="Geen ruimte",
                ),
            ]
        )


def test_one_row_per_initiative_in_board_order(any_db: Database) -> None:
    build(any_db)
    export = rows(any_db, today=TODAY)
    assert [r.title for r in export.initiatives] == ["Moestuin Lindeplein", "=Repaircafé"]
    tuin, cafe = export.initiatives
    assert tuin == InitiativeExportRow(
        initiative_id=tuin.initiative_id,
        title="Moestuin Lindeplein",
        stage="Plan",
        since=date(2026, 4, 10),
        days_in_stage=241,
        initiators="Fatima El Amrani, Jan de Vries",
        partners="Woonstad",
        themes="duurzaamheid",
        buurt="Centrum",
        next_step="Subsidie aanvragen",
        next_step_due=date(2026, 12, 20),
        budget_asked_cents=125_050,
        budget_granted_cents=100_000,
        fund="Wijkbudget",
        spent_cents=2_500,
        receipts_received=True,
        open_needs="plek: schuurtje; vrijwilligers",
        outcome="",
        lessons="",
    )
    assert (cafe.stage, cafe.initiators, cafe.buurt, cafe.outcome) == (
        "Gestopt",
        "",
        "",
        "Geen ruimte gevonden",
    )


def test_history_counts_the_days_in_the_stage_left(any_db: Database) -> None:
    build(any_db)
    history = rows(any_db, today=TODAY).history
    assert [
        (h.initiative, h.from_stage, h.to_stage, h.changed_on, h.days_in_previous, h.note)
        for h in history
    ] == [
        ("Moestuin Lindeplein", "", "Idee", date(2026, 3, 1), None, ""),
        ("Moestuin Lindeplein", "Idee", "Verkenning", date(2026, 3, 11), 10, "Eerste gesprek"),
        ("Moestuin Lindeplein", "Verkenning", "Plan", date(2026, 4, 10), 30, ""),
        ("=Repaircafé", "Idee", "Gestopt", date(2026, 6, 1), 31, "Geen ruimte"),
    ]
    assert all(isinstance(h, StageHistoryRow) for h in history)


def test_an_empty_database_exports_nothing(db: Database) -> None:
    export = rows(db, today=TODAY)
    assert export.initiatives == ()
    assert export.history == ()

"""An initiative's life: saved with its people, moved with history, needs, checklist, log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from buurtdesk.db.engine import Database
from buurtdesk.domain.access import Actor
from buurtdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from buurtdesk.domain.initiatives import StageChange
from buurtdesk.domain.organisation_fields import OrganisationInput
from buurtdesk.domain.privacy import Role, User
from buurtdesk.services import initiatives as ini
from buurtdesk.services import organisations, stages
from buurtdesk.services.contacts import ContactMomentInput, record_contact_moment
from buurtdesk.services.initiative_choices import list_initiatives
from buurtdesk.services.initiatives import InitiativeInput, OpenChecklist
from tests.services.initiative_helpers import initiative, person, stage_ids

TODAY = date(2026, 12, 7)


def test_create_and_read_back_in_the_first_open_stage(db: Database) -> None:
    jan = person(db, "Jan", "Vries", "de")
    fatma = person(db, "Fatma", "Yılmaz")
    org = organisations.create_organisation(db, OrganisationInput(name="Woonstad")).organisation_id
    saved = ini.create_initiative(
        db,
        InitiativeInput(
            title="Moestuin Lindeplein",
            initiator_person_ids=(fatma, jan),
            partner_organisation_ids=(org,),
            next_step="Grond vragen",
            next_step_due="15-12-2026",
            budget_asked="€ 1.250,50",
            fund="Wijkbudget",
        ),
    )
    detail = ini.get_initiative(db, saved.id, today=TODAY)
    assert detail.stage == "Idee"
    assert detail.initiators == ("Jan de Vries", "Fatma Yılmaz")  # by achternaam
    assert detail.partners == ("Woonstad",)
    assert detail.data.budget_asked == "1.250,50"
    assert detail.data.next_step_due == "15-12-2026"
    assert set(detail.data.initiator_person_ids) == {jan, fatma}
    assert [c.title for c in list_initiatives(db)] == ["Moestuin Lindeplein"]
    history = ini.timeline(db, saved.id, today=date.today())
    assert [(r.stage, r.days, r.left_at) for r in history] == [("Idee", 0, None)]


def test_wrong_fields_are_all_reported_and_nothing_is_saved(db: Database) -> None:
    with pytest.raises(ValidationErrors) as caught:
        ini.create_initiative(db, InitiativeInput(title="", spent="-3", next_step_due="morgen"))
    assert set(caught.value.by_field()) == {"title", "spent", "next_step_due"}
    assert list_initiatives(db) == []


def test_update_keeps_other_people_involved(db: Database) -> None:
    jan, ans = person(db, "Jan", "Jansen"), person(db, "Ans", "Bos")
    item = initiative(db, "Buurtfeest", initiator_person_ids=(jan,))
    ini.update_initiative(
        db, item, InitiativeInput(title="Buurtfeest 2027", initiator_person_ids=(ans,))
    )
    detail = ini.get_initiative(db, item, today=TODAY)
    assert detail.data.title == "Buurtfeest 2027"
    assert detail.initiators == ("Ans Bos",)
    ini.delete_initiative(db, item)
    with pytest.raises(NotFound, match="bestaat niet meer"):
        ini.get_initiative(db, item)


def test_a_move_is_written_to_the_history_by_whom_with_a_note(db: Database) -> None:
    ids = stage_ids(db)
    with db.write() as session:
        user = User(username="els", display_name="Els", role=Role.COORDINATOR.value, pin_hash="")
        session.add(user)
        session.flush()
        user_id = user.id
    as_els = db.as_actor(Actor(Role.COORDINATOR, user_id=user_id))
    item = initiative(db, "Moestuin")
    result = ini.move_initiative(as_els, item, ids["Verkenning"], note="Eerste gesprek gehad")
    assert result.message == "Verplaatst naar Verkenning, na 0 dagen in Idee."
    with db.read() as session:
        last = session.scalars(
            select(StageChange).where(StageChange.initiative_id == item).order_by(StageChange.id)
        ).all()[-1]
        assert (last.from_stage_id, last.to_stage_id) == (ids["Idee"], ids["Verkenning"])
        assert (last.note, last.changed_by_id) == ("Eerste gesprek gehad", user_id)
        moved_at = last.changed_at
    detail = ini.get_initiative(db, item)
    assert detail.stage == "Verkenning"
    assert detail.stage_since == moved_at
    same = ini.move_initiative(db, item, ids["Verkenning"])
    assert same.message == "Het initiatief staat al in Verkenning."
    assert not same.changes
    assert len(ini.timeline(db, item, today=date.today())) == 2


def test_moving_on_with_open_checklist_points_asks_first(db: Database) -> None:
    ids = stage_ids(db)
    item = initiative(db, "Moestuin", stage_id=ids["Plan"])
    begroting = stages.add_checklist_item(db, ids["Plan"], "Begroting gemaakt").item_id
    stages.add_checklist_item(db, ids["Plan"], "Aanvraag minstens vier weken vooraf ingediend")
    ini.answer_checklist(db, item, begroting, True)
    with pytest.raises(OpenChecklist) as caught:
        ini.move_initiative(db, item, ids["Uitvoering"])
    assert caught.value.open_items == ("Aanvraag minstens vier weken vooraf ingediend",)
    assert "is 1 punt nog niet afgevinkt" in str(caught.value)
    assert ini.get_initiative(db, item).stage == "Plan"

    ini.move_initiative(db, item, ids["Verkenning"])  # moving back never asks
    ini.move_initiative(db, item, ids["Plan"])
    ini.move_initiative(db, item, ids["Uitvoering"], confirm_open_checklist=True)
    assert ini.get_initiative(db, item).stage == "Uitvoering"


def test_the_newest_checklist_answer_counts(db: Database) -> None:
    ids = stage_ids(db)
    item = initiative(db, "Moestuin", stage_id=ids["Plan"])
    point = stages.add_checklist_item(db, ids["Plan"], "Begroting gemaakt").item_id
    ini.answer_checklist(db, item, point, True, "klaar")
    ini.answer_checklist(db, item, point, False, "toch niet")
    state = ini.get_initiative(db, item).checklist
    assert [(c.text, c.done, c.note) for c in state] == [("Begroting gemaakt", False, "toch niet")]
    with pytest.raises(OpenChecklist):
        ini.move_initiative(db, item, ids["Uitvoering"])


def test_needs_keep_the_history_of_their_status(db: Database) -> None:
    item = initiative(db, "Moestuin")
    need = ini.add_need(db, item, "Vrijwilligers", "Vijf mensen voor het spitten").need_id
    money = ini.add_need(db, item, "geld", "Zaad en gereedschap").need_id
    ini.set_need_status(db, need, "bezig")
    ini.set_need_status(db, need, "Geregeld")
    assert not ini.set_need_status(db, need, "geregeld"), "the same status changes nothing"
    rows = ini.needs_of(db, item)
    assert [(r.kind_label, r.status_label) for r in rows] == [
        ("Vrijwilligers", "Geregeld"),
        ("Geld", "Open"),
    ]
    assert [(h.from_status, h.to_status) for h in rows[0].history] == [
        (None, "open"),
        ("open", "bezig"),
        ("bezig", "geregeld"),
    ]
    assert [n.kind_label for n in ini.get_initiative(db, item).open_needs] == ["Geld"]
    ini.delete_need(db, money)
    assert len(ini.needs_of(db, item)) == 1
    with pytest.raises(ValidationError, match="Kies een stand"):
        ini.set_need_status(db, need, "half")


def test_the_support_log_lists_contact_moments_about_it(db: Database) -> None:
    item = initiative(db, "Moestuin")
    other = initiative(db, "Buurtfeest")
    jan = person(db, "Jan", "Vries", "de")
    for days, about, summary in (
        (10, item, "Eerste gesprek"),
        (3, item, "Grond bekeken"),
        (1, other, "x"),
    ):
        record_contact_moment(
            db,
            ContactMomentInput(
                occurred_on=TODAY - timedelta(days=days),
                summary=summary,
                person_ids=(jan,),
                initiative_id=about,
            ),
            today=TODAY,
        )
    log = ini.support_log(db, item)
    assert [(r.summary_preview, r.people) for r in log] == [
        ("Grond bekeken", ("Jan de Vries",)),
        ("Eerste gesprek", ("Jan de Vries",)),
    ]

"""The board's stages: rename, add, reorder, close and remove, under the coordinator's rules."""

from __future__ import annotations

from datetime import date

import pytest

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import ValidationError
from buurtdesk.services import stages
from buurtdesk.services.initiatives import timeline
from buurtdesk.services.stages import StageNotEmpty
from tests.services.initiative_helpers import initiative, stage_ids


def _names(db: Database) -> list[str]:
    return [row.name for row in stages.list_stages(db)]


def test_a_new_database_gets_the_default_board(db: Database) -> None:
    assert stages.list_stages(db) == []
    stages.ensure_default_stages(db)
    rows = stages.list_stages(db)
    assert [r.name for r in rows] == [
        "Idee",
        "Verkenning",
        "Plan",
        "Uitvoering",
        "Geborgd",
        "Gestopt",
    ]
    assert [r.position for r in rows] == list(range(6))
    assert {r.name for r in rows if r.is_closed} == {"Geborgd", "Gestopt"}
    assert not stages.ensure_default_stages(db), "a second call changes nothing"


def test_rename_add_and_reorder(db: Database) -> None:
    ids = stage_ids(db)
    stages.rename_stage(db, ids["Plan"], "  Plan   maken ")
    new = stages.create_stage(db, "Aanvraag", after_stage_id=ids["Plan"]).stage_id
    assert _names(db) == [
        "Idee",
        "Verkenning",
        "Plan maken",
        "Aanvraag",
        "Uitvoering",
        "Geborgd",
        "Gestopt",
    ]
    stages.move_stage(db, new, 0)
    assert _names(db)[:2] == ["Aanvraag", "Idee"]
    stages.move_stage(db, new, 99)
    assert _names(db)[-1] == "Aanvraag"
    assert [r.position for r in stages.list_stages(db)] == list(range(7))


def test_names_are_unique_whatever_the_capitals(db: Database) -> None:
    ids = stage_ids(db)
    with pytest.raises(ValidationError) as caught:
        stages.create_stage(db, "plan")
    assert caught.value.field == "name"
    assert caught.value.message == "Er is al een fase Plan. Kies een andere naam."
    with pytest.raises(ValidationError, match="Er is al een fase Idee"):
        stages.rename_stage(db, ids["Plan"], "IDEE")
    stages.rename_stage(db, ids["Plan"], "PLAN")  # its own name in other capitals is fine
    with pytest.raises(ValidationError, match="Vul de naam van de fase in"):
        stages.create_stage(db, "   ")
    with pytest.raises(ValidationError, match="hoogstens 60 tekens"):
        stages.create_stage(db, "x" * 10_000)


def test_a_stage_with_initiatives_is_only_removed_when_they_move(db: Database) -> None:
    ids = stage_ids(db)
    first = initiative(db, "Moestuin", stage_id=ids["Plan"])
    initiative(db, "Buurtfeest", stage_id=ids["Plan"])
    initiative(db, "Speeltuin", stage_id=ids["Plan"])
    with pytest.raises(StageNotEmpty) as caught:
        stages.delete_stage(db, ids["Plan"])
    assert caught.value.count == 3
    assert str(caught.value).startswith("In de fase Plan staan nog 3 initiatieven.")
    assert "Plan" in _names(db)

    stages.delete_stage(db, ids["Plan"], move_to_stage_id=ids["Verkenning"])
    assert "Plan" not in _names(db)
    counts = {r.name: r.count for r in stages.list_stages(db)}
    assert counts["Verkenning"] == 3
    history = timeline(db, first, today=date.today())
    assert [row.stage for row in history] == ["Plan", "Verkenning"]
    assert history[-1].note == "Fase Plan opgeheven; verplaatst naar Verkenning."


def test_one_initiative_is_named_in_the_singular(db: Database) -> None:
    ids = stage_ids(db)
    initiative(db, "Moestuin", stage_id=ids["Idee"])
    with pytest.raises(StageNotEmpty, match="In de fase Idee staat nog 1 initiatief"):
        stages.delete_stage(db, ids["Idee"])


def test_an_unused_stage_goes_and_a_used_one_comes_back_by_name(db: Database) -> None:
    ids = stage_ids(db)
    extra = stages.create_stage(db, "Wachten").stage_id
    stages.delete_stage(db, extra)
    assert "Wachten" not in _names(db)
    stages.create_stage(db, "Wachten")  # really gone: the name is free again

    moved = initiative(db, "Moestuin", stage_id=ids["Idee"])
    stages.delete_stage(db, ids["Idee"], move_to_stage_id=ids["Plan"])
    back = stages.create_stage(db, "idee", after_stage_id=None).stage_id
    assert back == ids["Idee"], "the archived stage is revived, its history intact"
    assert timeline(db, moved, today=date.today())[0].stage == "idee"


def test_at_least_one_open_stage_stays(db: Database) -> None:
    ids = stage_ids(db)
    for name in ("Idee", "Verkenning", "Plan"):
        stages.delete_stage(db, ids[name])
    with pytest.raises(ValidationError, match="minstens één open fase"):
        stages.delete_stage(db, ids["Uitvoering"])
    with pytest.raises(ValidationError, match="minstens één open fase"):
        stages.set_stage_closed(db, ids["Uitvoering"], True)
    stages.delete_stage(db, ids["Gestopt"])  # a closed one may go
    stages.set_stage_closed(db, ids["Geborgd"], False)
    stages.set_stage_closed(db, ids["Uitvoering"], True)
    assert {r.name: r.is_closed for r in stages.list_stages(db)} == {
        "Uitvoering": True,
        "Geborgd": False,
    }


def test_the_checklist_of_a_stage(db: Database) -> None:
    ids = stage_ids(db)
    first = stages.add_checklist_item(db, ids["Plan"], "Begroting gemaakt").item_id
    second = stages.add_checklist_item(
        db, ids["Plan"], "Aanvraag minstens vier weken vooraf ingediend"
    ).item_id
    third = stages.add_checklist_item(db, ids["Plan"], "Drie initiatiefnemers").item_id
    stages.move_checklist_item(db, third, 0)
    stages.update_checklist_item(db, first, "Begroting klaar")
    texts = [i.text for i in stages.checklist_items(db, ids["Plan"])]
    assert texts == [
        "Drie initiatiefnemers",
        "Begroting klaar",
        "Aanvraag minstens vier weken vooraf ingediend",
    ]
    stages.delete_checklist_item(db, second)
    items = stages.checklist_items(db, ids["Plan"])
    assert [(i.text, i.position) for i in items] == [
        ("Drie initiatiefnemers", 0),
        ("Begroting klaar", 1),
    ]
    with pytest.raises(ValidationError, match="Vul de tekst van het punt in"):
        stages.add_checklist_item(db, ids["Plan"], "")
    with pytest.raises(ValidationError, match="hoogstens 300 tekens"):
        stages.add_checklist_item(db, ids["Plan"], "x" * 10_000)
    assert stages.checklist_items(db, ids["Idee"]) == []

"""Tags for the people filter, with how many people carry each."""

from __future__ import annotations

from buurtdesk.db.engine import Database
from buurtdesk.domain.network import TagKind
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services import people, tags


def test_tags_with_counts_by_kind_and_name(any_db: Database) -> None:
    people.create_person(
        any_db, PersonInput(achternaam="Jansen", skills=("Koken", "Fietsen"), interests=("Tuin",))
    )
    people.create_person(any_db, PersonInput(achternaam="Smit", skills=("koken",)))
    rows = tags.list_tags(any_db)
    assert [(t.kind_label, t.name, t.person_count) for t in rows] == [
        ("Vaardigheid", "Fietsen", 1),
        ("Vaardigheid", "Koken", 2),
        ("Interesse", "Tuin", 1),
    ]
    interests = tags.list_tags(any_db, kind=TagKind.INTEREST)
    assert [(t.name, t.person_count) for t in interests] == [("Tuin", 1)]
    assert {t.person_count for t in tags.list_tags(any_db, with_counts=False)} == {0}


def test_unused_tag_counts_zero(db: Database) -> None:
    saved = people.create_person(db, PersonInput(achternaam="Jansen", skills=("Koken",)))
    people.update_person(db, saved.person_id, PersonInput(achternaam="Jansen"))
    assert [(t.name, t.person_count) for t in tags.list_tags(db)] == [("Koken", 0)]

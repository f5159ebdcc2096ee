"""The batch inserter of a people import: matched rows noted, new people added in bulk.

New people get the columns ``people.person_columns`` gives (what the form stores), a place
in the list order between their neighbours, their street and buurt, their tags and an
audit entry; all inside the import's transaction.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from buurtdesk.db.person_order import RANK_GAP
from buurtdesk.domain.areas import Street, StreetPostcode
from buurtdesk.domain.network import Person, PersonTag, TagKind
from buurtdesk.domain.person_fields import ValidPerson
from buurtdesk.domain.validation.text import fold
from buurtdesk.services import audit
from buurtdesk.services.people import add_valid_person, form_tags, person_columns, tag_id
from buurtdesk.services.people_import_matching import (
    IN_CHUNK,
    Known,
    NewPerson,
    find_match,
    known_people,
)
from buurtdesk.services.people_import_types import AddedRow, ImportMatch

AUDIT_ACTION: Final = "geïmporteerd"
# The ranks of a new person's neighbours in list order (it sorts after its namesakes).
_NEIGHBOUR_RANKS: Final = select(
    select(Person.search_rank)
    .where(Person.sort_key <= bindparam("key"))
    .order_by(Person.sort_key.desc(), Person.id.desc())
    .limit(1)
    .scalar_subquery(),
    select(Person.search_rank)
    .where(Person.sort_key > bindparam("key"))
    .order_by(Person.sort_key, Person.id)
    .limit(1)
    .scalar_subquery(),
)


class BulkAdder:
    """Adds validated people a batch at a time, with the values ``add_valid_person`` stores.

    One person at a time costs some ten statements; a batch needs one query to match,
    one small one per new name to place it in the list order, and one insert for the
    people, one for their tags. When the list order has no room left for a batch, it
    falls back to ``add_valid_person``, one person at a time. ``test_people_import``
    checks that both ways store the same values.
    """

    def __init__(self, session: Session, *, user_id: int | None, batch_size: int) -> None:
        self._session = session
        self._user_id = user_id
        self._batch_size = batch_size
        self._batch: list[tuple[int, ValidPerson]] = []
        self._matches: list[tuple[int, Known | NewPerson]] = []
        self._tag_ids: dict[tuple[TagKind, str], int] = {}
        self.added: list[AddedRow] = []
        self.any_tags = False

    def take(self, row: int, valid: ValidPerson) -> None:
        self._batch.append((row, valid))
        if len(self._batch) >= self._batch_size:
            self.flush()

    def matches(self) -> list[ImportMatch]:
        result = []
        for row, target in self._matches:
            if isinstance(target, NewPerson):
                target = Known(target.person_id, target.valid.name.list_name, target.contact)
            result.append(ImportMatch(row, target.person_id, target.list_name))
        return result

    def flush(self) -> None:
        batch, self._batch = self._batch, []
        if not batch:
            return
        known = known_people(self._session, {valid.name.sort_key for _row, valid in batch})
        new: list[NewPerson] = []
        new_by_key: dict[str, list[NewPerson]] = {}
        for row, valid in batch:
            target = find_match(valid, known, new_by_key)
            if target is not None:
                self._matches.append((row, target))
                continue
            person = NewPerson(row, valid)
            new.append(person)
            new_by_key.setdefault(valid.name.sort_key, []).append(person)
        if new:
            self._insert(new)

    def _insert(self, new: list[NewPerson]) -> None:
        ranks = self._ranks(new)
        if ranks is None:
            for person in new:
                person.person_id = add_valid_person(self._session, person.valid).id
                self._after_insert(person, tags_done=True)
            return
        locations = self._locations(new)
        values = [
            {
                **person_columns(person.valid),
                "search_rank": rank,
                "street_id": street_id,
                "buurt_id": buurt_id,
            }
            for person, rank, (street_id, buurt_id) in zip(new, ranks, locations, strict=True)
        ]
        ids = self._session.execute(
            insert(Person).returning(Person.id, sort_by_parameter_order=True), values
        ).scalars()
        for person, person_id in zip(new, ids, strict=True):
            person.person_id = person_id
        links = []
        for person in new:
            tag_ids = {self._tag(kind, name) for kind, name in form_tags(person.valid)}
            links += [{"person_id": person.person_id, "tag_id": t} for t in sorted(tag_ids)]
            self._after_insert(person, tags_done=False)
        if links:
            self._session.execute(insert(PersonTag), links)

    def _after_insert(self, person: NewPerson, *, tags_done: bool) -> None:
        audit.record(
            self._session,
            action=AUDIT_ACTION,
            entity="person",
            entity_id=person.person_id,
            user_id=self._user_id,
        )
        self.added.append(AddedRow(person.row, person.person_id))
        self.any_tags = self.any_tags or bool(person.valid.skills or person.valid.interests)

    def _tag(self, kind: TagKind, name: str) -> int:
        key = (kind, fold(name))
        if key not in self._tag_ids:
            self._tag_ids[key] = tag_id(self._session, kind, name)
        return self._tag_ids[key]

    def _ranks(self, new: list[NewPerson]) -> list[int] | None:
        """List-order ranks for the batch, spread evenly over the gaps they fall in.

        None when a gap between two known people is too narrow for its newcomers.
        """
        order = sorted(range(len(new)), key=lambda i: (new[i].valid.name.sort_key, i))
        neighbours: dict[str, tuple[int | None, int | None]] = {}
        connection = self._session.connection()
        groups: list[tuple[int | None, int | None, list[int]]] = []
        for index in order:
            key = new[index].valid.name.sort_key
            if key not in neighbours:
                below, above = connection.execute(_NEIGHBOUR_RANKS, {"key": key}).one()
                neighbours[key] = (below, above)
            low, high = neighbours[key]
            if groups and groups[-1][0] == low and groups[-1][1] == high:
                groups[-1][2].append(index)
            else:
                groups.append((low, high, [index]))
        ranks = [0] * len(new)
        for low, high, members in groups:
            count = len(members)
            if low is not None and high is not None:
                step = (high - low) // (count + 1)
                if step < 1:
                    return None
                spots = [low + step * (k + 1) for k in range(count)]
            elif low is not None:
                spots = [low + RANK_GAP * (k + 1) for k in range(count)]
            elif high is not None:
                spots = [high - RANK_GAP * (count - k) for k in range(count)]
            else:
                spots = [RANK_GAP * k for k in range(count)]
            for index, spot in zip(members, spots, strict=True):
                ranks[index] = spot
        return ranks

    def _locations(self, new: list[NewPerson]) -> list[tuple[int | None, int | None]]:
        """Street and buurt per person, found as ``locate_address`` finds them."""
        by_postcode: dict[str, tuple[int, int]] = {}
        postcodes = sorted({p.valid.postcode for p in new if p.valid.postcode})
        for start in range(0, len(postcodes), IN_CHUNK):
            rows = self._session.execute(
                select(StreetPostcode.postcode, Street.id, Street.buurt_id)
                .join(Street, Street.id == StreetPostcode.street_id)
                .where(StreetPostcode.postcode.in_(postcodes[start : start + IN_CHUNK]))
                .order_by(Street.id)
            ).all()
            for postcode, street_id, buurt_id in rows:
                by_postcode.setdefault(postcode, (street_id, buurt_id))
        names = sorted(
            {p.valid.straat for p in new if p.valid.straat and p.valid.postcode not in by_postcode}
        )
        streets: dict[str, list[tuple[str, int, int]]] = {}
        for start in range(0, len(names), IN_CHUNK):
            street_rows = self._session.execute(
                select(Street.name, Street.woonplaats, Street.id, Street.buurt_id)
                .where(Street.name.in_(names[start : start + IN_CHUNK]))
                .order_by(Street.id)
            ).all()
            for name, woonplaats, street_id, buurt_id in street_rows:
                streets.setdefault(name, []).append((woonplaats, street_id, buurt_id))
        result: list[tuple[int | None, int | None]] = []
        for person in new:
            valid = person.valid
            found: tuple[int, int] | None = by_postcode.get(valid.postcode)
            if found is None and valid.straat:
                found = next(
                    (
                        (street_id, buurt_id)
                        for woonplaats, street_id, buurt_id in streets.get(valid.straat, ())
                        if not valid.woonplaats or woonplaats == valid.woonplaats
                    ),
                    None,
                )
            result.append(found if found is not None else (None, None))
        return result

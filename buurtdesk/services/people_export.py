"""People for an export file, streamed a page at a time in list order.

Rows are read as plain column values with keyset paging on (sort_key, id), the order of
the people list, so an export of 100,000 people never holds more than one page and never
builds ORM objects. ``interop.people_files.write_people_file`` turns them into a file:

    people = iter_people_for_export(db)
    count = write_people_file(path, people)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Final

from sqlalchemy import func, select, tuple_

from buurtdesk.db.engine import Database
from buurtdesk.domain.network import Person, PersonTag, Tag, TagKind
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services.access import coordinator_only

PAGE_SIZE: Final = 1000

_COLUMNS: Final = (
    Person.id,
    Person.sort_key,
    Person.voornaam,
    Person.tussenvoegsel,
    Person.achternaam,
    Person.straat,
    Person.huisnummer,
    Person.postcode,
    Person.woonplaats,
    Person.telefoon,
    Person.email,
    Person.notes,
    Person.birth_year,
    Person.is_resident,
    Person.is_volunteer,
    Person.is_initiator,
    Person.is_professional,
)


@coordinator_only
def count_people(db: Database) -> int:
    """How many people an export will write (for a progress bar)."""
    with db.read() as session:
        return int(session.execute(select(func.count(Person.id))).scalar_one())


@coordinator_only
def iter_people_for_export(db: Database, *, page_size: int = PAGE_SIZE) -> Iterator[PersonInput]:
    """Every person as the values an export writes, sorted as the people list is.

    Runs in one read transaction, held while the iterator is consumed; close the
    iterator (or exhaust it) to end it.
    """
    with db.read() as session:
        after: tuple[str, int] | None = None
        while True:
            query = select(*_COLUMNS).order_by(Person.sort_key, Person.id).limit(page_size)
            if after is not None:
                query = query.where(tuple_(Person.sort_key, Person.id) > tuple_(*after))
            page = session.execute(query).all()
            if not page:
                return
            ids = [row.id for row in page]
            skills: dict[int, list[str]] = defaultdict(list)
            interests: dict[int, list[str]] = defaultdict(list)
            tag_rows = session.execute(
                select(PersonTag.person_id, Tag.kind, Tag.name)
                .join(Tag, Tag.id == PersonTag.tag_id)
                .where(PersonTag.person_id.in_(ids))
                .order_by(PersonTag.person_id, Tag.name)
            ).all()
            for person_id, kind, name in tag_rows:
                if kind == TagKind.SKILL:
                    skills[person_id].append(name)
                elif kind == TagKind.INTEREST:
                    interests[person_id].append(name)
            for row in page:
                yield PersonInput(
                    voornaam=row.voornaam,
                    tussenvoegsel=row.tussenvoegsel,
                    achternaam=row.achternaam,
                    straat=row.straat,
                    huisnummer=row.huisnummer,
                    postcode=row.postcode,
                    woonplaats=row.woonplaats,
                    telefoon=row.telefoon,
                    email=row.email,
                    notes=row.notes,
                    birth_year="" if row.birth_year is None else str(row.birth_year),
                    is_resident=row.is_resident,
                    is_volunteer=row.is_volunteer,
                    is_initiator=row.is_initiator,
                    is_professional=row.is_professional,
                    skills=tuple(skills[row.id]),
                    interests=tuple(interests[row.id]),
                )
            last = page[-1]
            after = (last.sort_key, last.id)

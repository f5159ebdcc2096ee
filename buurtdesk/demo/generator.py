"""Fill a database with the demo neighbourhood, in one transaction.

Same ``people``, ``seed`` and ``today``: the same database, row for row. People,
organisations and the map do not depend on ``today`` at all; the calendar, contact
moments and initiatives are placed around it, so the demo always has something on.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import Connection

from buurtdesk.db.engine import Database
from buurtdesk.db.migrations import search_index
from buurtdesk.demo.agenda import AgendaBuilder
from buurtdesk.demo.attendance import ParticipationBuilder
from buurtdesk.demo.checklists import build_checklists
from buurtdesk.demo.contacts import build_contacts
from buurtdesk.demo.geography import Town, build_town
from buurtdesk.demo.initiatives import build_initiatives
from buurtdesk.demo.network import consents, memberships, mentoring, relationships
from buurtdesk.demo.organisations import build_organisations
from buurtdesk.demo.people import PERSON_COLUMNS, SEARCH_RANK, People, PeopleGenerator, check_sample
from buurtdesk.demo.references import write_references
from buurtdesk.demo.summary import DemoSummary
from buurtdesk.demo.writer import BulkWriter, deferred_indexes, refuse_if_in_use, wipe

DEFAULT_PEOPLE = 2000
DEFAULT_SEED = 1
MIN_PEOPLE = 100
MAX_PEOPLE = 5_000_000
BULK_TABLES = ("person", "person_tag", "membership", "person_relationship", "consent")
BULK_CACHE_KIB = 1_000_000  # SQLite page cache while loading: fewer trips to the disk

Progress = Callable[[int, str], None]  # (percent done, what is happening now)


class _Meter:
    """Turns work done into whole percentages; reports each new step of ten."""

    # Microseconds per person for each phase, measured at a million people, so the
    # percentages move at an even pace.
    WEIGHTS: ClassVar[dict[str, float]] = {"make": 27.0, "write": 46.0, "rest": 3.0, "index": 61.0}

    def __init__(self, people: int, report: Progress | None) -> None:
        self.report = report
        self.done = 0.0
        self.total = sum(self.WEIGHTS.values()) * people
        self.last = 0

    def add(self, phase: str, people: float, what: str) -> None:
        self.done += self.WEIGHTS[phase] * people
        percent = min(99, int(100 * self.done / self.total))
        if self.report is not None and percent // 10 > self.last // 10:
            self.report(percent - percent % 10, what)
        self.last = max(self.last, percent)

    def announce(self, what: str) -> None:
        """Say that a long step without progress of its own starts now."""
        if self.report is not None:
            self.report(self.last, what)

    def finish(self) -> None:
        if self.report is not None:
            self.report(100, "klaar")


def generate(
    db: Database,
    *,
    people: int = DEFAULT_PEOPLE,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> DemoSummary:
    """Write the demo into ``db`` and say what was written.

    Raises ``DatabaseNotEmpty`` when the database already holds a network, unless
    ``force``: then everything in it is deleted first, in the same transaction.
    """
    if not MIN_PEOPLE <= people <= MAX_PEOPLE:
        raise ValueError(f"people must be between {MIN_PEOPLE} and {MAX_PEOPLE}")
    started = time.perf_counter()
    today = today or date.today()
    meter = _Meter(people, progress)
    with db.write() as session:
        connection = session.connection()
        if force:
            search_index.suspend_triggers(connection)
            wipe(connection)
        else:
            refuse_if_in_use(connection)
            search_index.suspend_triggers(connection)
        with _bulk_cache(connection):
            counts = _fill(connection, people, seed, today, meter)
            meter.announce("zoekindex opbouwen")
            search_index.restore_triggers(connection)
            meter.add("index", people, "zoekindex klaar")
    meter.finish()
    return DemoSummary(
        people=people, seed=seed, today=today, counts=counts, seconds=time.perf_counter() - started
    )


class _bulk_cache:  # noqa: N801 - used as a context manager
    """A large page cache on SQLite for the load, the usual one afterwards."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.previous: Any = None

    def __enter__(self) -> None:
        if self.connection.dialect.name == "sqlite":
            self.previous = self.connection.exec_driver_sql("PRAGMA cache_size").scalar()
            self.connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            self.connection.exec_driver_sql(f"PRAGMA cache_size={int(self.previous)}")


def _rng(seed: int, part: str) -> random.Random:
    """One stream per part, so adding an activity never changes who lives where."""
    return random.Random(f"buurtdesk-demo:{seed}:{part}")


def _fill(
    connection: Connection, total: int, seed: int, today: date, meter: _Meter
) -> dict[str, int]:
    town = build_town(_rng(seed, "town"), total)
    orgs = build_organisations(_rng(seed, "organisations"), town, total)
    generator = PeopleGenerator(_rng(seed, "people"), town, orgs, total)
    made = 0

    def on_people(count: int) -> None:
        nonlocal made
        meter.add("make", count - made, "mensen bedenken")
        made = count

    crowd = generator.run(on_people)
    on_people(total)
    check_sample(crowd)
    mentoring(_rng(seed, "mentors"), crowd)

    rows_per_person = 3.2  # person, tags, consents, ties: what "write" stands for
    writer = BulkWriter(
        connection,
        lambda _table, n: meter.add("write", n / rows_per_person, "opslaan"),
    )
    refs = write_references(writer)
    _write_town(writer, town)
    writer.insert("organisation", orgs.rows)
    with deferred_indexes(connection, BULK_TABLES):
        writer.insert("person", _person_rows(crowd))
        writer.insert(
            "person_tag", ({"person_id": p, "tag_id": refs.tags[t]} for p, t in crowd.tags)
        )
        writer.insert("membership", memberships(_rng(seed, "memberships"), crowd, orgs))
        writer.insert("person_relationship", relationships(crowd, refs.relationship_kinds))
        writer.insert("consent", consents(_rng(seed, "consents"), crowd, refs.coordinator))

    plan = build_initiatives(_rng(seed, "initiatives"), today, town, crowd, orgs, refs)
    checklists = build_checklists(_rng(seed, "checklists"), today, plan, refs)
    agenda = AgendaBuilder(_rng(seed, "agenda"), today, town, crowd, orgs, refs, plan).build()
    participation = ParticipationBuilder(
        _rng(seed, "participation"), today, crowd, agenda, refs.coordinator
    ).build()
    contacts = build_contacts(
        _rng(seed, "contacts"),
        today,
        town,
        crowd,
        orgs,
        plan,
        agenda.location_ids,
        refs.coordinator,
    )
    for name, rows in (
        ("initiative", plan.rows),
        ("initiative_theme", plan.themes),
        ("initiative_person", plan.persons),
        ("initiative_organisation", plan.organisations),
        ("initiative_need", plan.needs),
        ("stage_change", plan.changes),
        ("checklist_item", checklists.items),
        ("checklist_answer", checklists.answers),
        ("need_status_change", checklists.need_changes),
        ("location", agenda.locations),
        ("room", agenda.rooms),
        ("activity", agenda.activities),
        ("activity_theme", agenda.themes),
        ("activity_organiser", agenda.organisers),
        ("occurrence", agenda.occurrences),
        ("signup", participation.signups),
        ("attendance", participation.attendance),
        ("volunteer_shift", participation.shifts),
        ("activity_regular", participation.regulars),
        ("contact_moment", contacts.moments),
        ("contact_moment_person", contacts.moment_people),
        ("contact_moment_organisation", contacts.moment_organisations),
        ("network_meeting", contacts.meetings),
        ("meeting_attendance", contacts.attendance),
    ):
        writer.insert(name, rows)
    meter.add("rest", total, "agenda en initiatieven")
    writer.resync_sequences()
    return writer.counts


def _write_town(writer: BulkWriter, town: Town) -> None:
    writer.insert("wijk", ({"id": w.id, "name": w.name, "code": w.code} for w in town.wijken))
    writer.insert(
        "buurt",
        ({"id": b.id, "wijk_id": b.wijk_id, "name": b.name, "code": b.code} for b in town.buurten),
    )
    writer.insert(
        "street",
        (
            {"id": s.id, "buurt_id": s.buurt_id, "name": s.name, "woonplaats": town.name}
            for s in town.streets
        ),
    )
    writer.insert(
        "street_postcode",
        ({"postcode": code, "street_id": street} for code, street in town.postcode_rows()),
    )


def _person_rows(crowd: People) -> Iterator[dict[str, object]]:
    ranks = crowd.ranks
    for index, row in enumerate(crowd.rows):
        values = dict(zip(PERSON_COLUMNS, row, strict=True))
        values[PERSON_COLUMNS[SEARCH_RANK]] = ranks[index]
        yield values

"""Import a list of people in one transaction: add the new, match the known, list the wrong.

Decisions, as the coordinator meets them:

- All or nothing: the whole file is one transaction. An error or an interruption midway
  (Ctrl-C, a damaged row the reader cannot get past, a cancel from the window) leaves
  the database exactly as it was.
- A row with a problem is skipped and listed with its row number and column; the other
  rows are imported. A value is never changed or dropped to make it fit. The coordinator
  fixes the file and imports it again: rows imported the first time then match the people
  they added and are not added twice.
- A row matches a known person (or an earlier row of the same file) when the folded
  names are equal and also the postcode with house number, or the telephone number, or
  the e-mail address. When neither of the two has a postcode, telephone number or
  e-mail address, equal names with the same street and house number (both may be
  empty) match too: re-importing a list of bare names adds nobody twice.

The file itself is read by ``buurtdesk.interop`` (``open_people_file``); this module takes
what that returns, through the small ``PeopleSource`` protocol, because services and
interop are independent layers.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence, Set
from contextlib import closing
from dataclasses import dataclass
from typing import Final, NamedTuple, Protocol

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.db.person_order import RANK_GAP
from buurtdesk.domain.areas import Street, StreetPostcode
from buurtdesk.domain.errors import ValidationError, ValidationErrors
from buurtdesk.domain.network import Person, PersonTag, TagKind
from buurtdesk.domain.person_fields import PersonInput, ValidPerson, validate_person
from buurtdesk.domain.validation.names import PersonName
from buurtdesk.domain.validation.text import fold
from buurtdesk.services import audit
from buurtdesk.services.changes import NOTHING, Changes, Entity
from buurtdesk.services.people import add_valid_person, tag_id

PREVIEW_ROWS: Final = 20
PROGRESS_EVERY: Final = 200
BATCH_SIZE = 500  # rows validated and matched before one insert
AUDIT_ACTION: Final = "geïmporteerd"


class SourceRow(Protocol):
    """One data row as the file reader gives it (``interop.people_rows.ParsedRow``)."""

    @property
    def row(self) -> int: ...

    @property
    def person(self) -> PersonInput: ...

    @property
    def errors(self) -> Sequence[ValidationError]: ...

    @property
    def covers(self) -> Set[str]: ...


class PeopleSource(Protocol):
    """An opened people file (``interop.people_files.open_people_file``)."""

    @property
    def encoding(self) -> str: ...

    @property
    def separator(self) -> str | None: ...

    @property
    def header_row(self) -> int: ...

    @property
    def columns(self) -> Sequence[tuple[str, str]]: ...

    def column_label(self, field_name: str) -> str: ...

    def rows(self) -> Generator[SourceRow, None, None]: ...


class ImportMatch(NamedTuple):
    """A row that is a person buurtdesk already knows: not added again."""

    row: int
    person_id: int
    list_name: str


class ImportProblem(NamedTuple):
    """What is wrong in a row; ``column`` is the file's header of the column concerned."""

    row: int
    column: str
    message: str


class AddedRow(NamedTuple):
    row: int
    person_id: int


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, with ``dry_run``, would do: nothing was saved then)."""

    added: int
    matched: tuple[ImportMatch, ...]
    problems: tuple[ImportProblem, ...]
    dry_run: bool
    added_rows: tuple[AddedRow, ...] = ()
    changes: Changes = NOTHING

    @property
    def problem_rows(self) -> tuple[int, ...]:
        """The row numbers with at least one problem, in file order."""
        return tuple(dict.fromkeys(problem.row for problem in self.problems))

    def added_from_row(self, person_id: int) -> int | None:
        """The row of this file that added ``person_id``, if it was added by this import."""
        for added in self.added_rows:
            if added.person_id == person_id:
                return added.row
        return None


@dataclass(frozen=True)
class PreviewRow:
    row: int
    person: PersonInput
    problems: tuple[ImportProblem, ...]


@dataclass(frozen=True)
class ImportPreview:
    """What the import window shows before the coordinator confirms."""

    encoding: str
    separator: str | None
    header_row: int
    columns: tuple[tuple[str, str], ...]
    rows: tuple[PreviewRow, ...]
    report: ImportReport


class _DryRunDone(Exception):
    """Not an error: carries a dry run's report out of the transaction it rolls back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


Progress = Callable[[int], None]


def import_people(
    db: Database,
    source: PeopleSource,
    *,
    dry_run: bool = False,
    user_id: int | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import every row of ``source`` in one transaction and report what happened.

    With ``dry_run`` everything runs inside the transaction, which is then rolled back.
    ``progress`` is called now and then with the number of rows read; raising from it
    cancels the import, and nothing is saved.
    """
    try:
        with db.write() as session:
            report = _import(session, source, dry_run=dry_run, user_id=user_id, progress=progress)
            if dry_run:
                raise _DryRunDone(report)
            return report
    except _DryRunDone as done:
        return done.report


def preview_import(
    db: Database, source: PeopleSource, *, progress: Progress | None = None
) -> ImportPreview:
    """A dry run with the first rows as read, for the window to show; writes nothing.

    The window opens the file with ``interop.people_files.open_people_file(path)``.
    """
    first: list[PreviewRow] = []
    try:
        with db.write() as session:
            raise _DryRunDone(
                _import(
                    session, source, dry_run=True, user_id=None, progress=progress, preview=first
                )
            )
    except _DryRunDone as done:
        report = done.report
    return ImportPreview(
        encoding=source.encoding,
        separator=source.separator,
        header_row=source.header_row,
        columns=tuple(source.columns),
        rows=tuple(first),
        report=report,
    )


def _import(
    session: Session,
    source: PeopleSource,
    *,
    dry_run: bool,
    user_id: int | None,
    progress: Progress | None,
    preview: list[PreviewRow] | None = None,
) -> ImportReport:
    problems: list[ImportProblem] = []
    adder = _BulkAdder(session, user_id=user_id, batch_size=BATCH_SIZE)
    with closing(source.rows()) as rows:
        for count, row in enumerate(rows, start=1):
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count)
            row_problems, valid = _check(source, row)
            if preview is not None and len(preview) < PREVIEW_ROWS:
                preview.append(PreviewRow(row.row, row.person, tuple(row_problems)))
            if valid is None:
                problems.extend(row_problems)
            else:
                adder.take(row.row, valid)
    adder.flush()
    changes = NOTHING
    if adder.added and not dry_run:
        changes = Changes({Entity.PERSON: frozenset()})  # many rows: lists reload
        if adder.any_tags:
            changes = changes | Changes({Entity.TAG: frozenset()})
    return ImportReport(
        added=len(adder.added),
        matched=tuple(adder.matches()),
        problems=tuple(problems),
        dry_run=dry_run,
        added_rows=tuple(adder.added),
        changes=changes,
    )


def _check(source: PeopleSource, row: SourceRow) -> tuple[list[ImportProblem], ValidPerson | None]:
    """The row's problems, with the validated person when there are none."""
    problems = [
        ImportProblem(row.row, source.column_label(error.field), error.message)
        for error in row.errors
    ]
    try:
        valid = validate_person(row.person)
    except ValidationErrors as errors:
        problems.extend(
            ImportProblem(row.row, source.column_label(error.field), error.message)
            for error in errors.errors
            if error.field not in row.covers
        )
        return problems, None
    return problems, (None if problems else valid)


def _same_person(
    valid: ValidPerson, straat: str, huisnummer: str, postcode: str, telefoon: str, email: str
) -> bool:
    if (
        valid.postcode
        and valid.huisnummer
        and valid.postcode == postcode
        and _house_key(valid.huisnummer) == _house_key(huisnummer)
    ):
        return True
    if valid.telefoon and valid.telefoon == telefoon:
        return True
    if valid.email and valid.email.casefold() == email.casefold():
        return True
    # Nothing strong on either side: the rest of the address decides (and two bare
    # names are one person), so re-importing such a list never doubles it.
    if any((valid.postcode, valid.telefoon, valid.email, postcode, telefoon, email)):
        return False
    return fold(valid.straat) == fold(straat) and _house_key(valid.huisnummer) == _house_key(
        huisnummer
    )


def _house_key(huisnummer: str) -> str:
    """The house number folded to letters and digits: "12 A", "12a" and "12-A" are one."""
    return "".join(ch for ch in fold(huisnummer) if ch.isalnum())


class _Known(NamedTuple):
    person_id: int
    list_name: str
    contact: tuple[str, str, str, str, str]  # straat, huisnummer, postcode, telefoon, email


@dataclass
class _New:
    row: int
    valid: ValidPerson
    person_id: int = 0  # known once inserted

    @property
    def contact(self) -> tuple[str, str, str, str, str]:
        v = self.valid
        return (v.straat, v.huisnummer, v.postcode, v.telefoon, v.email)


_KNOWN_QUERY: Final = (
    select(
        Person.id,
        Person.sort_key,
        Person.voornaam,
        Person.tussenvoegsel,
        Person.achternaam,
        Person.straat,
        Person.huisnummer,
        Person.postcode,
        Person.telefoon,
        Person.email,
    )
    .where(Person.sort_key.in_(bindparam("keys", expanding=True)))
    .order_by(Person.id)
)
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
_IN_CHUNK: Final = 500


class _BulkAdder:
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
        self._matches: list[tuple[int, _Known | _New]] = []
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
            if isinstance(target, _New):
                target = _Known(target.person_id, target.valid.name.list_name, target.contact)
            result.append(ImportMatch(row, target.person_id, target.list_name))
        return result

    def flush(self) -> None:
        batch, self._batch = self._batch, []
        if not batch:
            return
        known = self._known({valid.name.sort_key for _row, valid in batch})
        new: list[_New] = []
        new_by_key: dict[str, list[_New]] = {}
        for row, valid in batch:
            key = valid.name.sort_key
            target: _Known | _New | None = next(
                (k for k in known.get(key, ()) if _same_person(valid, *k.contact)), None
            )
            if target is None:
                target = next(
                    (n for n in new_by_key.get(key, ()) if _same_person(valid, *n.contact)), None
                )
            if target is not None:
                self._matches.append((row, target))
                continue
            person = _New(row, valid)
            new.append(person)
            new_by_key.setdefault(key, []).append(person)
        if new:
            self._insert(new)

    def _known(self, keys: set[str]) -> dict[str, list[_Known]]:
        found: dict[str, list[_Known]] = {}
        ordered = sorted(keys)
        for start in range(0, len(ordered), _IN_CHUNK):
            rows = self._session.execute(
                _KNOWN_QUERY, {"keys": ordered[start : start + _IN_CHUNK]}
            ).all()
            for person_id, key, first, infix, last, street, number, postcode, phone, email in rows:
                name = PersonName(first, infix, last).list_name
                contact = (street, number, postcode, phone, email)
                found.setdefault(key, []).append(_Known(person_id, name, contact))
        return found

    def _insert(self, new: list[_New]) -> None:
        ranks = self._ranks(new)
        if ranks is None:
            for person in new:
                person.person_id = add_valid_person(self._session, person.valid).id
                self._after_insert(person, tags_done=True)
            return
        locations = self._locations(new)
        values = [
            _person_values(person.valid, rank, location)
            for person, rank, location in zip(new, ranks, locations, strict=True)
        ]
        ids = self._session.execute(
            insert(Person).returning(Person.id, sort_by_parameter_order=True), values
        ).scalars()
        for person, person_id in zip(new, ids, strict=True):
            person.person_id = person_id
        links = []
        for person in new:
            tag_ids = {self._tag(TagKind.SKILL, name) for name in person.valid.skills}
            tag_ids |= {self._tag(TagKind.INTEREST, name) for name in person.valid.interests}
            links += [{"person_id": person.person_id, "tag_id": t} for t in sorted(tag_ids)]
            self._after_insert(person, tags_done=False)
        if links:
            self._session.execute(insert(PersonTag), links)

    def _after_insert(self, person: _New, *, tags_done: bool) -> None:
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

    def _ranks(self, new: list[_New]) -> list[int] | None:
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

    def _locations(self, new: list[_New]) -> list[tuple[int | None, int | None]]:
        """Street and buurt per person, found as ``locate_address`` finds them."""
        by_postcode: dict[str, tuple[int, int]] = {}
        postcodes = sorted({p.valid.postcode for p in new if p.valid.postcode})
        for start in range(0, len(postcodes), _IN_CHUNK):
            rows = self._session.execute(
                select(StreetPostcode.postcode, Street.id, Street.buurt_id)
                .join(Street, Street.id == StreetPostcode.street_id)
                .where(StreetPostcode.postcode.in_(postcodes[start : start + _IN_CHUNK]))
                .order_by(Street.id)
            ).all()
            for postcode, street_id, buurt_id in rows:
                by_postcode.setdefault(postcode, (street_id, buurt_id))
        names = sorted(
            {p.valid.straat for p in new if p.valid.straat and p.valid.postcode not in by_postcode}
        )
        streets: dict[str, list[tuple[str, int, int]]] = {}
        for start in range(0, len(names), _IN_CHUNK):
            street_rows = self._session.execute(
                select(Street.name, Street.woonplaats, Street.id, Street.buurt_id)
                .where(Street.name.in_(names[start : start + _IN_CHUNK]))
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


def _person_values(
    valid: ValidPerson, rank: int, location: tuple[int | None, int | None]
) -> dict[str, object]:
    """The columns ``add_valid_person`` sets (see ``people._apply``), as one insert row."""
    return {
        "voornaam": valid.name.voornaam,
        "tussenvoegsel": valid.name.tussenvoegsel,
        "achternaam": valid.name.achternaam,
        "sort_key": valid.name.sort_key,
        "search_text": valid.search_text(),
        "search_rank": rank,
        "straat": valid.straat,
        "huisnummer": valid.huisnummer,
        "postcode": valid.postcode,
        "woonplaats": valid.woonplaats,
        "telefoon": valid.telefoon,
        "email": valid.email,
        "notes": valid.notes,
        "birth_year": valid.birth_year,
        "is_resident": valid.is_resident,
        "is_volunteer": valid.is_volunteer,
        "is_initiator": valid.is_initiator,
        "is_professional": valid.is_professional,
        "street_id": location[0],
        "buurt_id": location[1],
    }

"""What a people import takes in and hands back: the file as rows, the report, the preview.

The file is read by ``buurtdesk.interop`` (``open_people_file``); the import takes what that
returns through the small ``PeopleSource`` protocol, because services and interop are
independent layers.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence, Set
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from buurtdesk.domain.errors import ValidationError
from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.services.changes import NOTHING, Changes


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
    """A row that added a new person."""

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
    """One of the first rows as read, with its problems, for the import window."""

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

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

The file itself is read by ``buurtdesk.interop`` (``open_people_file``); the import takes
what that returns, through the small ``PeopleSource`` protocol, because services and
interop are independent layers.

This module runs the import transaction and checks each row. The parts:
``people_import_types`` (the source protocol, the report and the preview),
``people_import_matching`` (which person a row is), ``people_import_batch`` (the inserter).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from typing import Final

from sqlalchemy.orm import Session

from buurtdesk.db.engine import Database
from buurtdesk.domain.errors import ValidationErrors
from buurtdesk.domain.person_fields import ValidPerson, validate_person
from buurtdesk.services.access import coordinator_only
from buurtdesk.services.changes import NOTHING, Changes, Entity
from buurtdesk.services.people_import_batch import AUDIT_ACTION, BulkAdder
from buurtdesk.services.people_import_matching import NewPerson
from buurtdesk.services.people_import_types import (
    AddedRow,
    ImportMatch,
    ImportPreview,
    ImportProblem,
    ImportReport,
    PeopleSource,
    PreviewRow,
    SourceRow,
)

__all__ = [
    "AUDIT_ACTION",
    "BATCH_SIZE",
    "PREVIEW_ROWS",
    "PROGRESS_EVERY",
    "AddedRow",
    "ImportMatch",
    "ImportPreview",
    "ImportProblem",
    "ImportReport",
    "PeopleSource",
    "PreviewRow",
    "Progress",
    "SourceRow",
    "import_people",
    "preview_import",
]

PREVIEW_ROWS: Final = 20
PROGRESS_EVERY: Final = 200
BATCH_SIZE = 500  # rows validated and matched before one insert

# The batch inserter's names from before it had a module of its own (tests use them).
_BulkAdder = BulkAdder
_New = NewPerson


class _DryRunDone(Exception):
    """Not an error: carries a dry run's report out of the transaction it rolls back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


Progress = Callable[[int], None]


@coordinator_only
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


@coordinator_only
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
    adder = BulkAdder(session, user_id=user_id, batch_size=BATCH_SIZE)
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

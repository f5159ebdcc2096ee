"""The problems of an import as a CSV file the coordinator opens in Excel to fix the list.

Written the way Excel in the Dutch locale reads CSV: semicolons, UTF-8 with a byte-order
mark; a cell that would start a formula gets an apostrophe, as in the people export.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from buurtdesk.domain.errors import BuurtdeskError
from buurtdesk.interop.people_rows import neutralise
from buurtdesk.services.people_import import ImportProblem


class ProblemsFileError(BuurtdeskError):
    """The problems file cannot be written; the message says why."""


def write_problems(path: Path, problems: Iterable[ImportProblem]) -> int:
    """Write one line per problem (row, column, message); return how many."""
    translate = QCoreApplication.translate
    count = 0
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";")
            writer.writerow(
                [
                    translate("ProblemsFile", "Row"),
                    translate("ProblemsFile", "Column"),
                    translate("ProblemsFile", "Problem"),
                ]
            )
            for problem in problems:
                writer.writerow(
                    [str(problem.row), neutralise(problem.column), neutralise(problem.message)]
                )
                count += 1
    except OSError as error:
        raise ProblemsFileError(
            translate(
                "ProblemsFile",
                "{path} could not be written ({reason}). Is the file open in another program?",
            ).format(path=path, reason=error.strerror or error)
        ) from None
    return count

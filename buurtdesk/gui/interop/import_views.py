"""What the import window shows: the preview of a file, and the report when it is done.

Everything here is plain values from the services (``ImportPreview``, ``ImportReport``);
nothing reads the file or the database.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.person_fields import PersonInput
from buurtdesk.gui import formatting, icons
from buurtdesk.gui.interop.tables import RowsModel, fit_columns, rows_table
from buurtdesk.gui.widgets import label
from buurtdesk.interop.headers import NOT_USED
from buurtdesk.interop.people_csv import SEPARATOR_NAMES
from buurtdesk.services.people_import import ImportMatch, ImportPreview, ImportReport

translate = QCoreApplication.translate


def _count(value: int, one: str, many: str) -> str:
    return (one if value == 1 else many).format(count=formatting.number(value))


def _sentence(report: ImportReport, people: tuple[str, str, str], rows: tuple[str, str]) -> str:
    """Added (``people``: none, one, many), known, and problem rows (``rows``: one, many)."""
    nobody, one, many = people
    parts = [nobody if report.added == 0 else _count(report.added, one, many)]
    if report.matched:
        parts.append(
            translate("ImportSummary", "{count} already known").format(
                count=formatting.number(len(report.matched))
            )
        )
    problem_rows = len(report.problem_rows)
    if problem_rows:
        parts.append(_count(problem_rows, *rows))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def outcome_sentence(report: ImportReport) -> str:
    """ "12 mensen toegevoegd, 3 al bekend, 2 rijen niet ingelezen." (what an import did)."""
    people = (
        translate("ImportSummary", "nobody added"),
        translate("ImportSummary", "1 person added"),
        translate("ImportSummary", "{count} people added"),
    )
    rows = (
        translate("ImportSummary", "1 row not read"),
        translate("ImportSummary", "{count} rows not read"),
    )
    return _sentence(report, people, rows) + "."


def preview_sentence(report: ImportReport) -> str:
    """ "12 nieuwe mensen, 3 al bekend, 2 rijen met problemen" (what an import would do)."""
    people = (
        translate("ImportSummary", "nobody new"),
        translate("ImportSummary", "1 new person"),
        translate("ImportSummary", "{count} new people"),
    )
    rows = (
        translate("ImportSummary", "1 row with problems"),
        translate("ImportSummary", "{count} rows with problems"),
    )
    return _sentence(report, people, rows)


def detected_text(preview: ImportPreview, file_format: str) -> str:
    """ "CSV · tekenset UTF-8 · scheidingsteken puntkomma (;) · kolomnamen op rij 1"."""
    parts = [file_format]
    if preview.separator is not None:
        parts.append(
            translate("ImportSummary", "encoding {encoding}").format(encoding=preview.encoding)
        )
        separator = SEPARATOR_NAMES.get(preview.separator, repr(preview.separator))
        parts.append(
            translate("ImportSummary", "separator {separator}").format(separator=separator)
        )
    parts.append(
        translate("ImportSummary", "column names on row {row}").format(row=preview.header_row)
    )
    return " · ".join(parts)


def match_text(match: ImportMatch, report: ImportReport) -> str:
    earlier = report.added_from_row(match.person_id)
    if earlier is not None:
        return translate("ImportSummary", "{name}, already on row {row} of this file").format(
            name=match.list_name, row=earlier
        )
    return match.list_name


class ReportTabs(QTabWidget):
    """The problems (row, column, message) and the people already known, one tab each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.problems = RowsModel((self.tr("Row"), self.tr("Column"), self.tr("Problem")), self)
        self.matches = RowsModel((self.tr("Row"), self.tr("Already known as")), self)
        self.problems_table = rows_table(self.problems, self.tr("Problems"))
        self.problems_table.setObjectName("problemsTable")
        self.matches_table = rows_table(self.matches, self.tr("People already known"))
        self.matches_table.setObjectName("matchesTable")
        self._extra = 0

    def add_first(self, widget: QWidget, icon: str, title: str) -> None:
        """A tab before the problems (the preview's first rows)."""
        self.insertTab(self._extra, widget, icons.icon(icon), title)
        self._extra += 1

    def show_report(self, report: ImportReport) -> None:
        self.problems.set_rows(
            [(formatting.number(p.row), p.column, p.message) for p in report.problems],
            ["triangle-alert"] * len(report.problems),
        )
        self.matches.set_rows(
            [(formatting.number(m.row), match_text(m, report)) for m in report.matched],
            ["user-round"] * len(report.matched),
        )
        for table in (self.problems_table, self.matches_table):
            fit_columns(table, 30)
        while self.count() > self._extra:
            self.removeTab(self._extra)
        rows = len(report.problem_rows)
        if rows:
            self.addTab(
                self.problems_table,
                icons.icon("triangle-alert"),
                self.tr("Problems ({count})").format(count=formatting.number(len(report.problems))),
            )
        if report.matched:
            self.addTab(
                self.matches_table,
                icons.icon("user-round"),
                self.tr("Already known ({count})").format(
                    count=formatting.number(len(report.matched))
                ),
            )


# Optional columns of the first rows: shown only when one of those rows has a value there.
_OPTIONAL_FIELDS = (
    "straat",
    "huisnummer",
    "postcode",
    "woonplaats",
    "telefoon",
    "email",
    "birth_year",
    "skills",
    "interests",
    "notes",
)


def _value(person: PersonInput, field: str) -> str:
    value = getattr(person, field)
    return ", ".join(value) if isinstance(value, tuple) else str(value)


class PreviewView(QWidget):
    """The preview of a file before anything is saved: what was detected, the column
    mapping, the first rows with what will happen to each, the problems and matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("", "heading", wrap=True)
        self.title.setObjectName("importTitle")
        self.detected = label("", "muted", wrap=True)
        self.detected.setObjectName("importDetected")
        self.outcome = label("", "subheading", wrap=True)
        self.outcome.setObjectName("importOutcome")
        self.advice = label(
            self.tr(
                "Nothing has been saved yet. Check that the columns and the first rows are "
                "right, then choose Import."
            ),
            "muted",
            wrap=True,
        )
        self.mapping = RowsModel((self.tr("Column in the file"), self.tr("Used as")), self)
        self.mapping_table = rows_table(self.mapping, self.tr("Columns of the file"))
        self.mapping_table.setObjectName("mappingTable")
        self.first_rows = RowsModel((), self)
        self.rows_table = rows_table(self.first_rows, self.tr("First rows"), stretch_last=False)
        self.rows_table.setObjectName("firstRowsTable")
        self.tabs = ReportTabs()
        self.tabs.setObjectName("importTabs")
        self.tabs.add_first(self.rows_table, "file-input", self.tr("First rows"))

        columns = QWidget()
        self.columns_pane = columns
        columns_layout = QVBoxLayout(columns)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        columns_heading = label(self.tr("Columns"), "subheading")
        columns_heading.setBuddy(self.mapping_table)
        columns_layout.addWidget(columns_heading)
        columns_layout.addWidget(self.mapping_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(columns)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.detected)
        layout.addSpacing(6)
        layout.addWidget(self.outcome)
        layout.addWidget(self.advice)
        layout.addSpacing(6)
        layout.addWidget(self.splitter, 1)

    def show_preview(self, preview: ImportPreview, file_name: str, file_format: str) -> None:
        report = preview.report
        self.title.setText(self.tr("Import people from {name}").format(name=file_name))
        self.detected.setText(detected_text(preview, file_format))
        self.outcome.setText(preview_sentence(report))
        not_used = self.tr("not used")
        self.mapping.set_rows(
            [
                (
                    header.strip() or self.tr("(column {number} without a name)").format(number=n),
                    not_used if use == NOT_USED else use,
                )
                for n, (header, use) in enumerate(preview.columns, start=1)
            ]
        )
        fit_columns(self.mapping_table, 30)
        self._show_first_rows(preview)
        self.tabs.show_report(report)
        self.tabs.setCurrentIndex(0)
        table = self.mapping_table
        header = table.horizontalHeader()
        last = max(table.sizeHintForColumn(1), header.sectionSizeHint(1))
        needed = (
            table.columnWidth(0)
            + last
            + 2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width()
            + 4
        )
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As wide as the mapping needs, no wider: the rest of the width goes to the rows.
        self.columns_pane.setFixedWidth(needed)

    def _show_first_rows(self, preview: ImportPreview) -> None:
        report = preview.report
        problems = {p.row: p for p in report.problems}
        matches = {m.row: m for m in report.matched}
        fields = ["voornaam", "tussenvoegsel", "achternaam"] + [
            f for f in _OPTIONAL_FIELDS if any(_value(r.person, f) for r in preview.rows)
        ]
        headers = {
            "voornaam": self.tr("First name"),
            "tussenvoegsel": self.tr("Infix"),
            "achternaam": self.tr("Last name"),
            "straat": self.tr("Street"),
            "huisnummer": self.tr("Number"),
            "postcode": self.tr("Postcode"),
            "woonplaats": self.tr("Town"),
            "telefoon": self.tr("Phone"),
            "email": self.tr("Email"),
            "birth_year": self.tr("Year of birth"),
            "skills": self.tr("Skills"),
            "interests": self.tr("Interests"),
            "notes": self.tr("Notes"),
        }
        rows: list[list[str]] = []
        marks: list[str | None] = []
        for preview_row in preview.rows:
            problem = problems.get(preview_row.row)
            match = matches.get(preview_row.row)
            if problem is not None:
                what = self.tr("Not read: {message}").format(message=problem.message)
                marks.append("triangle-alert")
            elif match is not None:
                what = self.tr("Already known: {name}").format(name=match_text(match, report))
                marks.append("user-round")
            else:
                what = self.tr("New")
                marks.append("user-plus")
            cells = [formatting.number(preview_row.row), what]
            cells += [_value(preview_row.person, field) for field in fields]
            rows.append(cells)
        self.first_rows.set_rows(
            rows,
            marks,
            headers=[self.tr("Row"), self.tr("What happens")] + [headers[f] for f in fields],
        )
        fit_columns(self.rows_table, 28)
        # What happens to a row is the point of the preview: room for most of it.
        room = min(self.rows_table.sizeHintForColumn(1), self.fontMetrics().averageCharWidth() * 46)
        self.rows_table.setColumnWidth(1, max(room, self.rows_table.columnWidth(1)))


class MessageView(QWidget):
    """One message with an icon: a file that cannot be read, a cancelled import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.heading = label("", "subheading", wrap=True)
        self.heading.setObjectName("messageHeading")
        self.text = label("", wrap=True)
        self.text.setObjectName("messageText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words = QVBoxLayout()
        words.setSpacing(8)
        words.addWidget(self.heading)
        words.addWidget(self.text)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)

        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)

    def show_message(self, icon: str, tone: str, heading: str, text: str) -> None:
        self.picture.setPixmap(icons.pixmap(icon, 40, tone, self.devicePixelRatioF()))
        self.heading.setText(heading)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setAccessibleName(f"{heading} {text}".strip())

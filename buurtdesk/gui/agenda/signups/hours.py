"""Hours per volunteer over a period (the month of the chosen date to begin with): how many
shifts each did and how many hours, added up under the list. The dates of the period are
typed (31-03-2027) or picked in a calendar."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from buurtdesk.gui import formatting
from buurtdesk.gui.agenda.date_field import DateField
from buurtdesk.gui.agenda.signups.section import Section, Shown
from buurtdesk.gui.agenda.signups.shift_models import PERSON, SHIFTS, TOTAL, HoursModel
from buurtdesk.gui.agenda.signups.wording import hours_text
from buurtdesk.gui.context import AppContext
from buurtdesk.gui.netwerk.tabs.views import RowsTable
from buurtdesk.gui.widgets import FieldError, button, label
from buurtdesk.services import shifts
from buurtdesk.services.changes import Entity


def month_of(day: date) -> tuple[date, date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


class HoursSection(Section):
    entities = (Entity.SHIFT, Entity.PERSON, Entity.OCCURRENCE, Entity.ACTIVITY)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("hoursSection")
        first, last = month_of(context.now().date())
        self._month: tuple[date, date] | None = None  # the month shown for the chosen date
        self.first = DateField(first)
        self.first.setObjectName("hoursFrom")
        self.first.setAccessibleName(self.tr("Hours from"))
        self.last = DateField(last)
        self.last.setObjectName("hoursUntil")
        self.last.setAccessibleName(self.tr("Hours until"))
        self.month_button = button(self.tr("This month"), "calendar-clock")
        self.month_button.setToolTip(self.tr("Show the hours of this month"))
        # One date under the other: the panel sits beside the agenda, often narrow.
        period = QGridLayout()
        period.setHorizontalSpacing(8)
        period.setVerticalSpacing(6)
        period.addWidget(label(self.tr("From")), 0, 0)
        period.addWidget(self.first, 0, 1)
        period.addWidget(label(self.tr("until")), 1, 0)
        period.addWidget(self.last, 1, 1)
        period.setColumnStretch(2, 1)
        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("Hours per volunteer"), "subheading", wrap=True), 1)
        heading.addWidget(self.month_button)
        self.problem = FieldError()
        self.problem.hide()

        self.model = HoursModel(self)
        self.table = RowsTable(self.model)
        self.table.setAccessibleName(self.tr("Hours per volunteer"))
        self.table.set_column_widths({SHIFTS: 12, TOTAL: 10}, stretch=PERSON)
        self.empty = label("", "muted", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.total = label("", "muted")
        self.total.setObjectName("hoursTotal")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 10, 2, 4)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addLayout(period)
        layout.addWidget(self.problem)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.total)

        self.first.date_chosen.connect(lambda _day: self.refresh())
        self.last.date_chosen.connect(lambda _day: self.refresh())
        self.month_button.clicked.connect(self.this_month)

    def set_shown(self, shown: Shown | None) -> None:
        """Another date: the hours of its month (a period typed stays for the same month)."""
        if shown is not None and shown.day is not None:
            month = month_of(shown.day)
            if month != self._month:
                self._month = month
                self._set_dates(*month)
        super().set_shown(shown)

    def period(self) -> tuple[date | None, date | None]:
        return self.first.day(), self.last.day()

    def _set_dates(self, first: date, last: date) -> None:
        self.first.set_day(first)
        self.last.set_day(last)

    def set_period(self, first: date, last: date) -> None:
        self._set_dates(first, last)
        self.refresh()

    def this_month(self) -> None:
        self.set_period(*month_of(self.context.now().date()))

    def reload(self) -> None:
        first, last = self.period()
        if first is None or last is None:
            wrong = self.first if first is None else self.last
            self.problem.set_text(wrong.problem())
            self.problem.show()
            self.model.set_rows([])
            self.total.setText("")
            return
        if last < first:
            self.problem.set_text(
                self.tr(
                    "The end date is before the start date. Choose an end date after {day}."
                ).format(day=formatting.short_date(first))
            )
            self.problem.show()
            self.model.set_rows([])
            self.total.setText("")
            return
        self.problem.hide()
        rows = shifts.volunteer_hours(self.context.db, first, last)
        self.model.set_rows(rows)
        if rows:
            self.stack.setCurrentIndex(0)
            self.total.setText(
                self.tr("Together {hours} hours by {people} volunteers").format(
                    hours=hours_text(self.model.total()), people=formatting.number(len(rows))
                )
            )
        else:
            self.empty.setText(self.tr("No shifts in this period."))
            self.stack.setCurrentIndex(1)
            self.total.setText("")

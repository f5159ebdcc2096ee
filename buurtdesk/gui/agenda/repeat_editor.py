"""How an activity repeats: not, every N weeks on chosen weekdays, monthly on the nth
weekday, or monthly on the same day number; until a date or a number of times.

The weekday follows the activity's date: switching to weekly ticks the date's day, and a
new date moves the tick along while it was the only one. When the date's own day is not
ticked, a line under the days says on which date the series then really starts.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.recurrence import (
    MAX_COUNT,
    MAX_INTERVAL,
    Repeat,
    RepeatInput,
    first_start,
    to_rrule,
)
from buurtdesk.gui.agenda import dates
from buurtdesk.gui.agenda.date_field import DateField
from buurtdesk.gui.agenda.wheel_guard import guard_wheel
from buurtdesk.gui.widgets import label

NO_END, UNTIL, COUNT = "none", "until", "count"
_NTH = (1, 2, 3, 4, -1)


class RepeatEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatEditor")
        self.kind = QComboBox()
        self.kind.setObjectName("repeatKind")
        self.kind.setAccessibleName(self.tr("Repeat"))
        for kind, text in (
            (Repeat.NONE, self.tr("Does not repeat")),
            (Repeat.WEEKLY, self.tr("Weekly")),
            (Repeat.MONTHLY_WEEKDAY, self.tr("Monthly, on a weekday")),
            (Repeat.MONTHLY_DAY, self.tr("Monthly, on the same date")),
        ):
            self.kind.addItem(text, kind.value)
        self.interval = QSpinBox()
        self.interval.setObjectName("repeatInterval")
        self.interval.setRange(1, MAX_INTERVAL)
        self.interval.setAccessibleName(self.tr("Every how many weeks or months"))
        self.interval_unit = label("")
        self.nth = QComboBox()
        self.nth.setObjectName("repeatNth")
        self.nth.setAccessibleName(self.tr("Which week of the month"))
        for nth, text in zip(
            _NTH,
            (
                self.tr("first"),
                self.tr("second"),
                self.tr("third"),
                self.tr("fourth"),
                self.tr("last"),
            ),
            strict=True,
        ):
            self.nth.addItem(text, nth)
        self.weekday_checks: list[QCheckBox] = []
        days = QHBoxLayout()
        days.setSpacing(6)
        for weekday in range(dates.DAYS):
            check = QCheckBox(dates.weekday_short(weekday))
            check.setObjectName(f"repeatDay{weekday}")
            check.setAccessibleName(dates.weekday_short(weekday))
            days.addWidget(check)
            self.weekday_checks.append(check)
        days.addStretch(1)
        self.days = QWidget()
        self.days.setLayout(days)
        days.setContentsMargins(0, 0, 0, 0)
        self.end = QComboBox()
        self.end.setObjectName("repeatEnd")
        self.end.setAccessibleName(self.tr("Until"))
        self.end.addItem(self.tr("No end"), NO_END)
        self.end.addItem(self.tr("Until the date"), UNTIL)
        self.end.addItem(self.tr("Number of times"), COUNT)
        self._start: date | None = None
        self._kind = Repeat.NONE
        self._end = NO_END
        self.until = DateField(date.today())
        self.until.setObjectName("repeatUntil")
        self.until.setAccessibleName(self.tr("Last date"))
        self.count = QSpinBox()
        self.count.setObjectName("repeatCount")
        self.count.setRange(1, MAX_COUNT)
        self.count.setValue(10)
        self.count.setAccessibleName(self.tr("Number of times"))

        every = QHBoxLayout()
        every.setSpacing(8)
        self.every_label = label(self.tr("every"))
        every.addWidget(self.every_label)
        every.addWidget(self.interval)
        every.addWidget(self.interval_unit)
        every.addWidget(self.nth)
        every.addStretch(1)
        ending = QHBoxLayout()
        ending.setSpacing(8)
        ending.addWidget(self.end)
        ending.addWidget(self.until)
        ending.addWidget(self.count)
        ending.addStretch(1)
        self.ending = QWidget()
        self.ending.setLayout(ending)
        ending.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.kind)
        layout.addLayout(every)
        layout.addWidget(self.days)
        # "wo 2 dec is niet aangevinkt: de eerste keer is ma 7 dec 2026."
        self.weekday_note = label("", "muted", wrap=True)
        self.weekday_note.setObjectName("repeatWeekdayNote")
        layout.addWidget(self.weekday_note)
        layout.addWidget(self.ending)

        for combo in (self.kind, self.nth, self.end):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.interval, self.count):
            spin.valueChanged.connect(self._changed)
        self.interval.valueChanged.connect(self._show_unit)
        for check in self.weekday_checks:
            check.toggled.connect(self._changed)
        self.until.textChanged.connect(self._changed)
        guard_wheel(self.kind, self.interval, self.nth, self.end, self.count)
        self._show_parts()

    def focus_order(self) -> list[QWidget]:
        """Its fields in the order Tab visits them (the hidden ones are skipped by Qt)."""
        fields: list[QWidget] = [self.kind, self.interval, self.nth, *self.weekday_checks]
        return [*fields, self.end, self.until, self.count]

    def _changed(self) -> None:
        kind = Repeat(self.kind.currentData())
        if kind is Repeat.WEEKLY and self._kind is not Repeat.WEEKLY and self._start:
            self._tick({self._start.weekday()})  # switched on: the date's own weekday
        self._kind = kind
        end, self._end = self._end, self.end.currentData()
        until, start = self.until.day(), self._start
        if end != UNTIL == self._end and start and (until is None or until < start):
            self.until.set_day(start)  # "tot en met" chosen: from the activity's date on
        self._show_parts()
        self.changed.emit()

    def _tick(self, weekdays: set[int]) -> None:
        for number, check in enumerate(self.weekday_checks):
            check.blockSignals(True)
            check.setChecked(number in weekdays)
            check.blockSignals(False)

    def _ticked(self) -> set[int]:
        return {n for n, check in enumerate(self.weekday_checks) if check.isChecked()}

    def set_start(self, start: date | None) -> None:
        """The activity's date changed: the tick follows it while it was the only one
        (a date half typed leaves everything as it was)."""
        if start is None:
            return
        before, self._start = self._start, start
        if before is None or before == start:
            self._show_note()
            return
        if self._ticked() == {before.weekday()}:
            self._tick({start.weekday()})
            self.changed.emit()
        self._show_note()

    def _show_note(self) -> None:
        """Say when the date's own weekday is not ticked, and which date comes first then."""
        start = self._start
        text = ""
        if Repeat(self.kind.currentData()) is Repeat.WEEKLY and start is not None:
            ticked = self._ticked()
            if ticked and start.weekday() not in ticked:
                moment = datetime.combine(start, datetime.min.time())
                first = first_start(to_rrule(self.value(start), moment), moment)
                text = self.tr("The date, {day}, is not one of the ticked days.").format(
                    day=dates.long_date(start)
                )
                if first is not None:
                    text += " " + self.tr("The first date will then be {first}.").format(
                        first=dates.long_date(first.date())
                    )
        self.weekday_note.setText(text)
        self.weekday_note.setVisible(bool(text))

    def _show_unit(self) -> None:
        """ "elke 1 week", "elke 2 weken", "elke 1 maand": the unit follows the number."""
        weekly = Repeat(self.kind.currentData()) is Repeat.WEEKLY
        one = self.interval.value() == 1
        if weekly:
            self.interval_unit.setText(self.tr("week") if one else self.tr("weeks"))
        else:
            self.interval_unit.setText(self.tr("month") if one else self.tr("months"))

    def _show_parts(self) -> None:
        kind = Repeat(self.kind.currentData())
        repeating = kind is not Repeat.NONE
        weekly = kind is Repeat.WEEKLY
        for widget in (self.every_label, self.interval, self.interval_unit, self.ending):
            widget.setVisible(repeating)
        self._show_unit()
        self.days.setVisible(weekly)
        self.nth.setVisible(kind is Repeat.MONTHLY_WEEKDAY)
        end = self.end.currentData()
        self.until.setVisible(repeating and end == UNTIL)
        self.count.setVisible(repeating and end == COUNT)
        self._show_note()

    def typing_problem(self) -> str:
        """What the form cannot hold: an end date that cannot be read ("" when fine)."""
        if Repeat(self.kind.currentData()) is Repeat.NONE or self.end.currentData() != UNTIL:
            return ""
        return self.until.problem()

    # ---------------------------------------------------------------- values
    def value(self, start: date | None) -> RepeatInput:
        """The repeat as chosen; a monthly weekday repeat falls on ``start``'s weekday."""
        kind = Repeat(self.kind.currentData())
        if kind is Repeat.NONE:
            return RepeatInput()
        weekdays = tuple(n for n, check in enumerate(self.weekday_checks) if check.isChecked())
        if kind is Repeat.MONTHLY_WEEKDAY:
            weekdays = (start.weekday(),) if start is not None else ()
        elif kind is Repeat.MONTHLY_DAY:
            weekdays = ()
        end = self.end.currentData()
        return RepeatInput(
            kind=kind,
            interval=self.interval.value(),
            weekdays=weekdays,
            nth=int(self.nth.currentData()) if kind is Repeat.MONTHLY_WEEKDAY else 1,
            until=self.until.day() if end == UNTIL else None,
            count=self.count.value() if end == COUNT else None,
        )

    def set_value(self, repeat: RepeatInput, start: date) -> None:
        self._start = start
        self._kind = repeat.kind
        self.blockSignals(True)
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(repeat.kind.value)))
            self.interval.setValue(repeat.interval)
            chosen = set(repeat.weekdays) or {start.weekday()}
            for number, check in enumerate(self.weekday_checks):
                check.setChecked(number in chosen)
            self.nth.setCurrentIndex(max(0, self.nth.findData(repeat.nth)))
            end = UNTIL if repeat.until else COUNT if repeat.count else NO_END
            self._end = end
            self.end.setCurrentIndex(self.end.findData(end))
            self.until.set_day(repeat.until or start)
            self.count.setValue(repeat.count or 10)
        finally:
            self.blockSignals(False)
        self._show_parts()
